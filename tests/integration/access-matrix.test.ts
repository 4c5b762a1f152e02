// The access matrix, reading: role × collection × list/view against the real server and its API rules,
// and hidden fields (emails, token hashes, join-key hashes, passwords) × role × read/filter/sort.
// The expected matrix is the VISIBLE table in tests/support/matrix-world.ts; creating, changing and
// deleting are in access-matrix-writes.test.ts, the custom routes in access-matrix-routes.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { statusOf } from "../support/api";
import {
  buildWorld,
  COLLECTIONS,
  HIDDEN_FIELDS,
  LABELS,
  labelOf,
  ROLES,
  sha256,
  VISIBLE,
  type Collection,
  type Role,
  type World,
} from "../support/matrix-world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

/** Collections only the server (and superusers) read: others are refused outright (403), not shown an empty list. */
const SERVER_ONLY: Collection[] = [
  "belonging_profiles",
  "addresses",
  "buddy_pairs",
  "buddy_members",
  "buddy_encouragements",
  "buddy_observations",
  "buddy_nudges",
  "buddy_wishes",
  "supervisors",
  "supervisor_links",
  "supervisor_shares",
  "supervisor_marks",
];

/**
 * Outboxes the follow-up job fills for any world on the shared server (other test files run the job):
 * the superuser's list of them is narrowed to this world's cohorts.
 */
const JOB_MADE: Partial<Record<Collection, string>> = { buddy_nudges: "cohort" };

/** What a role lists in a collection; the superuser's list is narrowed to the world's records. */
async function listed(role: Role, collection: Collection): Promise<RecordModel[]> {
  const cohortField = JOB_MADE[collection];
  const filter =
    role !== "superuser"
      ? ""
      : LABELS[collection].length
        ? LABELS[collection].map((l) => `id = "${w.ids[l]}"`).join(" || ")
        : cohortField
          ? `${cohortField} = "${w.ids.c1}" || ${cohortField} = "${w.ids.c2}"`
          : "";
  if (role !== "superuser" && SERVER_ONLY.includes(collection)) {
    expect(await statusOf(w.as[role].collection(collection).getFullList({ filter }))).toBe(403);
    return [];
  }
  return w.as[role].collection(collection).getFullList({ filter });
}

describe.each(ROLES)("%s reads", (role) => {
  it.each(COLLECTIONS)("exactly the records it may in %s (list and view)", async (collection) => {
    const records = await listed(role, collection);
    expect(records.map((r) => labelOf(w, r.id)).sort()).toEqual([...VISIBLE[role][collection]].sort());
    for (const label of LABELS[collection]) {
      const status = await statusOf(w.as[role].collection(collection).getOne(w.ids[label]!));
      const refused = SERVER_ONLY.includes(collection) ? 403 : 404;
      expect({ label, status }).toEqual({ label, status: VISIBLE[role][collection].includes(label) ? 200 : refused });
    }
  });

  it.each(Object.keys(HIDDEN_FIELDS) as Collection[])(
    "no hidden field of %s, and only its own email",
    async (collection) => {
      for (const record of await listed(role, collection)) {
        const viewed = await w.as[role].collection(collection).getOne(record.id);
        for (const r of [record, viewed]) {
          const label = labelOf(w, r.id);
          // Superusers administer the server: they see everything.
          if (role !== "superuser")
            for (const field of HIDDEN_FIELDS[collection]!) expect({ label, [field]: r[field] }).toEqual({ label });
          if ("email" in r && r["email"])
            expect({ label, email: r["email"] }).toEqual({
              label,
              email: role === label || role === "superuser" ? w.emails[label] : "",
            });
          // Participants keep no email of their own: it is on their address, which only superusers read.
          if (collection === "participants") expect({ label, email: r["email"] ?? "" }).toEqual({ label, email: "" });
        }
      }
    },
  );
});

/** Every cohort record a role can reach through the record API: lists, views and expands from below. */
async function cohortsReached(role: Role): Promise<RecordModel[]> {
  const pb = w.as[role];
  const found: RecordModel[] = [...(await listed(role, "cohorts"))];
  for (const record of [...found]) found.push(await pb.collection("cohorts").getOne(record.id));
  const expanded = async (
    collection: Collection,
    expand: string,
    pick: (r: RecordModel) => RecordModel | undefined,
  ) => {
    const filter = role === "superuser" ? LABELS[collection].map((l) => `id = "${w.ids[l]}"`).join(" || ") : "";
    for (const r of await pb.collection(collection).getFullList({ expand, filter })) {
      const cohort = pick(r);
      if (cohort) found.push(cohort);
    }
  };
  await expanded("participants", "cohort", (r) => r.expand?.["cohort"]);
  await expanded("commitments", "cohort", (r) => r.expand?.["cohort"]);
  await expanded("checkins", "commitment.cohort", (r) => r.expand?.["commitment"]?.expand?.["cohort"]);
  await expanded("exercise_results", "cohort", (r) => r.expand?.["cohort"]);
  await expanded("followups", "cohort", (r) => r.expand?.["cohort"]);
  return found;
}

describe("a cohort's join code is its trainer's", () => {
  const OWN_COHORTS: Record<Role, string[]> = {
    anonymous: [],
    p1a: [],
    p1b: [],
    p2: [],
    a1a: [],
    t1: ["c1"],
    t2: ["c2"],
    superuser: ["c1", "c2"],
  };

  it.each(ROLES)("%s reads the join code of exactly its own cohorts, wherever it meets a cohort", async (role) => {
    const reached = await cohortsReached(role);
    const withCode = [...new Set(reached.filter((r) => r["joinCode"]).map((r) => labelOf(w, r.id)))].sort();
    expect(withCode).toEqual(OWN_COHORTS[role]);
    // Participants do meet their cohort (so the code's absence is not for want of looking).
    if (role.startsWith("p")) expect(reached.map((r) => labelOf(w, r.id))).toContain(w.cohortOf[role]);
  });

  it.each(["p1a", "t2"] as const)("%s cannot find cohort 1's code by filtering or sorting", async (role) => {
    const code = (await w.admin.collection("cohorts").getOne(w.ids.c1!))["joinCode"] as string;
    const attempts: Array<[Collection, string]> = [
      ["cohorts", `joinCode = "${code}"`],
      ["cohorts", `joinCode ~ "${code.slice(0, 1)}%"`],
      ["participants", `cohort.joinCode = "${code}"`],
      ["commitments", `cohort.joinCode = "${code}"`],
      ["exercise_results", `cohort.joinCode = "${code}"`],
    ];
    for (const [collection, filter] of attempts) {
      const items = await w.as[role]
        .collection(collection)
        .getList(1, 50, { filter })
        .then(
          (r) => r.items,
          () => [],
        );
      expect({ collection, filter, items }).toEqual({ collection, filter, items: [] });
    }
    expect(await statusOf(w.as[role].collection("cohorts").getList(1, 50, { sort: "joinCode" }))).toBe(400);
    // The same filter does find the cohort for the superuser.
    expect(
      (await w.admin.collection("cohorts").getList(1, 5, { filter: `joinCode = "${code}"` })).items.map((r) =>
        labelOf(w, r.id),
      ),
    ).toEqual(["c1"]);
  });
});

/** [role, collection, filter]: each must find nothing (or be refused) although matching records exist. */
const HIDDEN_FILTERS: Array<[Role, Collection, (w: World) => string]> = [
  ["t1", "participants", (w) => `email = "${w.emails.p1a}"`],
  ["t1", "participants", () => `email ~ "@example.com"`],
  ["t1", "participants", () => `joinKeyHash != "" || joinKeyHash = ""`],
  ["t1", "participants", () => `tokenKey != ""`],
  ["t1", "participants", () => `password != ""`],
  ["p1a", "participants", (w) => `email = "${w.emails.p1b}"`],
  ["t1", "commitments", (w) => `participant.email = "${w.emails.p1a}"`],
  ["t1", "checkins", (w) => `commitment.participant.email = "${w.emails.p1a}"`],
  ["t1", "followups", (w) => `participant.email = "${w.emails.p1a}"`],
  ["t1", "followups", (w) => `tokenHash = "${w.tokens.f1a}" || tokenHash != ""`],
  ["t1", "checkins", () => `followup.tokenHash != ""`],
  ["t1", "trainers", (w) => `email = "${w.emails.t2}" || id = "${w.ids.t2}"`],
  ["p1a", "commitments", (w) => `participant.email = "${w.emails.p1b}"`],
  ["p1a", "commitments", (w) => `participant.name = "${w.marks.p1b}"`],
  ["p1a", "commitments", () => `hidden = true`],
  ["p1a", "commitments", () => `visibility = "private" && participant != @request.auth.id`],
  ["p1a", "cohorts", () => `trainer.email ~ "@example.com"`],
  ["p1a", "checkins", (w) => `commitment = "${w.ids.k1bCohort}"`],
  ["p1a", "checkins", () => `followup.tokenHash != ""`],
  ["p1a", "exercise_results", (w) => `participant = "${w.ids.p1b}"`],
  ["p1a", "followups", () => `id != ""`],
  ["t1", "exercise_results", (w) => `cohort = "${w.ids.c1}"`],
  ["t1", "belonging_profiles", (w) => `cohort = "${w.ids.c1}" || cohort = "${w.ids.c2}"`],
  ["t1", "participants", () => `deviceHash != "" || deviceHash = ""`],
  ["t2", "commitments", (w) => `cohort.trainer = "${w.ids.t1}"`],
  ["t2", "participants", (w) => `cohort = "${w.ids.c1}"`],
  ["anonymous", "participants", (w) => `email = "${w.emails.p1a}"`],
  ["anonymous", "cohorts", () => `joinCode != ""`],
  // Addresses: only superusers read them, directly or through a participant's hidden relation.
  ["anonymous", "addresses", (w) => `email = "${w.emails.a1a}"`],
  ["p1a", "addresses", () => `id != ""`],
  ["a1a", "addresses", () => `id != ""`],
  ["t1", "addresses", () => `email ~ "@example.com"`],
  ["t1", "participants", () => `address != ""`],
  ["t1", "participants", (w) => `address = "${w.ids.a1a}"`],
  ["t1", "participants", (w) => `address.email = "${w.emails.p1a}"`],
  ["t1", "participants", () => `address.unsubscribedAt = ""`],
  ["p1a", "participants", () => `address.email ~ "@"`],
  ["t1", "commitments", (w) => `participant.address.email = "${w.emails.p1a}"`],
  ["t1", "followups", (w) => `participant.address = "${w.ids.a1a}"`],
  ["a1a", "participants", () => `id != ""`],
  ["a1a", "commitments", () => `id != ""`],
  // Channel choices (mobile numbers): their participant's alone.
  ["t1", "reach_channels", (w) => `mobile = "${w.marks.r1a}" || participant.cohort = "${w.ids.c1}"`],
  ["p1a", "reach_channels", (w) => `participant = "${w.ids.p1b}" || mobile = "${w.marks.r1b}"`],
  ["a1a", "reach_channels", () => `id != ""`],
  ["anonymous", "reach_channels", () => `mobile != ""`],
  // Wall cards: whose card it is stays the server's, and another cohort's wall is not reachable.
  ["p1a", "wall_cards", (w) => `participant = "${w.ids.p1b}"`],
  ["p1a", "wall_cards", () => `participant.name != ""`],
  ["t1", "wall_cards", (w) => `participant = "${w.ids.p1a}"`],
  ["p2", "wall_cards", (w) => `cohort = "${w.ids.c1}"`],
  ["t2", "wall_cards", (w) => `trainer = "${w.ids.t1}" || cohort = "${w.ids.c1}"`],
  ["a1a", "wall_cards", () => `id != ""`],
];

describe("hidden fields and other people's records cannot be found by filtering", () => {
  it.each(
    HIDDEN_FILTERS.map(([role, collection, filter]) => ({
      role,
      collection,
      filter,
      shown: filter.toString().split("=> ")[1],
    })),
  )("$role filtering $collection by $shown finds nothing", async ({ role, collection, filter }) => {
    let items: unknown[] = [];
    try {
      items = (await w.as[role].collection(collection).getList(1, 50, { filter: filter(w) })).items;
    } catch {
      items = []; // a refused filter is as good as an empty answer
    }
    expect(items).toEqual([]);
  });

  it("the same filters find the records for the superuser (they are not empty by accident)", async () => {
    const found = await w.admin
      .collection("followups")
      .getList(1, 5, { filter: `tokenHash = "${sha256(w.tokens.f1a!)}"` });
    expect(found.items.map((r) => labelOf(w, r.id))).toEqual(["f1a"]);
    const byEmail = await w.admin
      .collection("participants")
      .getList(1, 5, { filter: `address.email = "${w.emails.p1a}"` });
    expect(byEmail.items.map((r) => labelOf(w, r.id))).toEqual(["p1a"]);
    const address = await w.admin.collection("addresses").getList(1, 5, { filter: `email = "${w.emails.a1a}"` });
    expect(address.items.map((r) => labelOf(w, r.id))).toEqual(["a1a"]);
    // and the hidden fields the other roles must not see are really there
    expect(Object.keys(await w.admin.collection("followups").getOne(w.ids.f1a!))).toContain("tokenHash");
    expect(Object.keys(await w.admin.collection("participants").getOne(w.ids.p1a!))).toEqual(
      expect.arrayContaining(["joinKeyHash", "address"]),
    );
    expect((await w.admin.collection("participants").getOne(w.ids.p1a!))["deviceHash"]).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** [role, collection, sort]: sorting by a hidden field or an email leaks its order, so it is refused. */
const HIDDEN_SORTS: Array<[Role, Collection, string]> = [
  ...["email", "-email", "joinKeyHash", "-joinKeyHash", "tokenKey", "password", "created,email"].map(
    (s) => ["t1", "participants", s] as [Role, Collection, string],
  ),
  ["t1", "commitments", "participant.email"],
  ["t1", "commitments", "-participant.email"],
  ["t1", "checkins", "commitment.participant.email"],
  ["t1", "checkins", "followup.tokenHash"],
  ["t1", "followups", "tokenHash"],
  ["t1", "followups", "-participant.email"],
  ["t1", "trainers", "tokenKey"],
  ["p1a", "participants", "joinKeyHash"],
  ["t1", "participants", "address"],
  ["t1", "participants", "-address.email"],
  ["t1", "participants", "address.confirmedAt"],
  ["t1", "commitments", "participant.address"],
  ["p1a", "participants", "address"],
  ["p1a", "wall_cards", "participant"],
  ["t1", "wall_cards", "-participant.name"],
];

describe("hidden fields and emails cannot be sorted on", () => {
  it.each(HIDDEN_SORTS)("%s sorting %s by %s is refused", async (role, collection, sort) => {
    expect(await statusOf(w.as[role].collection(collection).getList(1, 50, { sort }))).toBe(400);
  });

  it("sorting by other fields still works", async () => {
    expect(await statusOf(w.as.t1.collection("participants").getList(1, 50, { sort: "-created,name" }))).toBe(200);
    expect(await statusOf(w.as.t1.collection("followups").getList(1, 50, { sort: "-dueAt,state" }))).toBe(200);
  });
});

/** PocketBase's own collections: nobody but a superuser reads anyone else's entries. */
const SYSTEM = ["_superusers", "_otps", "_mfas", "_authOrigins", "_externalAuths"] as const;

describe.each(ROLES.filter((r) => r !== "superuser"))("%s in PocketBase's system collections", (role) => {
  it.each(SYSTEM)("%s: nothing but its own entries", async (collection) => {
    let items: RecordModel[] = [];
    try {
      items = await w.as[role].collection(collection).getFullList();
    } catch (err) {
      expect([401, 403, 404]).toContain((err as { status: number }).status);
    }
    const me = w.as[role].authStore.record?.id ?? "(none)";
    for (const item of items) expect(item["recordRef"] ?? item.id).toBe(me);
    if (collection === "_superusers") expect(items).toEqual([]);
  });
});
