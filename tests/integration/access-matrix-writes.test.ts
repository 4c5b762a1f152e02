// The access matrix, writing: role × collection × create/update/delete for every collection, then the
// mass-assignment attempts (a participant moving to another cohort or setting consent times, a trainer
// handing records to another trainer, a check-in on someone else's commitment, …). An allowed write
// succeeds; a refused one fails with 400/403/404 AND leaves every record of the world as it was.
// "@label" in a body stands for that record's id (see tests/support/matrix-world.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { clientId, joinAs, statusOf, unique } from "../support/api";
import {
  buildWorld,
  commitmentBody,
  COLLECTIONS,
  LABELS,
  resolve,
  ROLES,
  type Collection,
  type Role,
  type World,
} from "../support/matrix-world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const PASSWORD = { password: "abcdefgh12", passwordConfirm: "abcdefgh12" };

/** The ordinary create of each collection, all in cohort 1, and who may do it. */
const CREATE: Record<Collection, { body: Record<string, unknown>; allowed: Role[] }> = {
  trainers: { body: { email: "new-trainer@example.com", name: "New", ...PASSWORD }, allowed: ["superuser"] },
  cohorts: {
    body: {
      name: "New",
      organization: "Org",
      trainer: "@t1",
      startsOn: "2026-12-01",
      endsOn: "2026-12-02",
      locale: "en",
    },
    allowed: ["t1", "superuser"],
  },
  addresses: { body: { email: "new-address@example.com", ...PASSWORD }, allowed: ["superuser"] },
  participants: { body: { cohort: "@c1", name: "New", locale: "en", ...PASSWORD }, allowed: ["superuser"] },
  // A commitment is its participant's own words: trainers never write one (not even for their participants).
  commitments: { body: commitmentBody("@p1a", "@c1"), allowed: ["p1a", "superuser"] },
  checkins: { body: { commitment: "@k1aCohort", status: "in_progress", source: "app" }, allowed: ["p1a", "superuser"] },
  followups: {
    body: {
      participant: "@p1a",
      cohort: "@c1",
      kind: "round",
      round: 99,
      dueAt: "2099-01-01 01:00:00Z",
      nextAttemptAt: "2099-01-01 01:00:00Z",
      state: "queued",
    },
    allowed: ["superuser"],
  },
  exercise_results: {
    body: {
      participant: "@p1a",
      cohort: "@c1",
      exercise: "mindset-sort",
      module: "service-mindset",
      summary: { correct: 8, total: 10 },
    },
    allowed: ["p1a", "superuser"],
  },
  // The server's alone (it releases a profile once): only a superuser may write one by hand.
  belonging_profiles: {
    body: { cohort: "@c2", answers: 10, identification: 3, security: 3, value: 3, engagement: 3, noise: 0.4 },
    allowed: ["superuser"],
  },
  // A channel choice (and its mobile number) is the participant's own: nobody makes one for them.
  reach_channels: {
    body: { participant: "@p1a", channel: "wecom_app", mobile: "13800138000", consent: true },
    allowed: ["p1a", "superuser"],
  },
  // The hooks keep the wall's cards (pb_hooks/lib/wall-cards.js): nobody writes one through the API.
  wall_cards: {
    body: {
      cohort: "@c1",
      trainer: "@t1",
      participant: "@p1a",
      shown: true,
      module: "eoac",
      action: "A card nobody wrote",
      posted: "2026-10-20 01:00:00Z",
    },
    allowed: ["superuser"],
  },
  // The client's figures: only the cohort's trainer writes them.
  result_measures: {
    body: { cohort: "@c1", name: "New", direction: "higher", baseline: 0, baselineOn: "2026-10-01" },
    allowed: ["t1", "superuser"],
  },
  result_values: { body: { measure: "@rm1", value: 0, measuredOn: "2026-12-31" }, allowed: ["t1", "superuser"] },
  // Buddies are written through their routes only (lib/buddies.js checks pairing and consent there).
  buddy_pairs: { body: { cohort: "@c1" }, allowed: ["superuser"] },
  buddy_members: { body: { pair: "@bp1ab", participant: "@p2", cohort: "@c1" }, allowed: ["superuser"] },
  buddy_encouragements: {
    body: { cohort: "@c1", from: "@p1b", to: "@p1a", words: "written past the route" },
    allowed: ["superuser"],
  },
  buddy_observations: { body: { cohort: "@c1", from: "@p1a", commitment: "@k1bCohort" }, allowed: ["superuser"] },
  buddy_nudges: {
    body: { participant: "@p1a", cohort: "@c1", week: "2099-01-05", state: "queued" },
    allowed: ["superuser"],
  },
  buddy_wishes: { body: { participant: "@p1a", cohort: "@c1", wish: "@p1b" }, allowed: ["superuser"] },
  // The supervisor loop is the server's (its routes stamp consents and keep tokens): no record API writes.
  supervisors: { body: { contact: "boss@example.com", channel: "email", locale: "zh-CN" }, allowed: ["superuser"] },
  supervisor_links: {
    body: {
      participant: "@p1b",
      cohort: "@c1",
      supervisor: "@s1",
      name: "王店长",
      proposedBy: "participant",
      state: "active",
    },
    allowed: ["superuser"],
  },
  supervisor_shares: { body: { link: "@sl1a", commitment: "@k1aPrivate", consent: true }, allowed: ["superuser"] },
  supervisor_marks: {
    body: { link: "@sl1a", commitment: "@k1aPrivate", kind: "observed", week: "2026-W01" },
    allowed: ["superuser"],
  },
};

/** A harmless change to each collection's records (same value again: only `updated` moves). */
const UPDATE_BODY: Record<Collection, (w: World, label: string) => Record<string, unknown>> = {
  trainers: (w, l) => ({ name: w.marks[l] }),
  cohorts: (w, l) => ({ organization: `Org ${w.marks[l]}` }),
  addresses: () => ({ emailVisibility: false }),
  participants: () => ({ locale: "zh-CN" }),
  commitments: () => ({ measure: "每周记一次" }),
  checkins: (w, l) => ({ note: w.marks[l] }),
  followups: () => ({ attempts: 1 }),
  exercise_results: () => ({ module: "belonging" }),
  belonging_profiles: () => ({ answers: 12 }),
  reach_channels: () => ({ consent: true }),
  wall_cards: () => ({ module: "eoac" }),
  result_measures: (w, l) => ({ name: w.marks[l] }),
  result_values: () => ({ value: 2 }),
  buddy_pairs: (w) => ({ cohort: w.ids.c1 }),
  buddy_members: (w, l) => ({ participant: w.ids[l.replace("bm", "p")] }),
  buddy_encouragements: (w, l) => ({ words: w.marks[l] }),
  buddy_observations: (w) => ({ commitment: w.ids.k1aCohort }),
  buddy_nudges: () => ({ attempts: 0 }),
  buddy_wishes: (w) => ({ cohort: w.ids.c2 }),
  supervisors: () => ({ locale: "zh-CN" }),
  supervisor_links: (w, l) => ({ name: w.marks[l] }),
  supervisor_shares: () => ({ consent: true }),
  supervisor_marks: (w, l) => ({ note: w.marks[l] }),
};

/** Which labelled records each role may update. The superuser may update every one. */
const UPDATABLE: Record<Exclude<Role, "superuser">, Partial<Record<Collection, string[]>>> = {
  anonymous: {},
  p1a: {
    participants: ["p1a"],
    commitments: ["k1aPrivate", "k1aCohort"],
    checkins: ["ch1a"],
    exercise_results: ["er1a"],
    reach_channels: ["r1a"],
  },
  p1b: {
    participants: ["p1b"],
    commitments: ["k1bCohort", "k1bHidden"],
    checkins: ["ch1b"],
    exercise_results: ["er1b"],
    reach_channels: ["r1b"],
  },
  p2: {
    participants: ["p2"],
    commitments: ["k2Cohort"],
    checkins: ["ch2"],
    exercise_results: ["er2"],
    reach_channels: ["r2"],
  },
  a1a: {},
  // Trainers only hide a card (the `hidden` attempts below); any other field of a commitment is the participant's.
  t1: { trainers: ["t1"], cohorts: ["c1"], result_measures: ["rm1"], result_values: ["rv1"] },
  t2: { trainers: ["t2"], cohorts: ["c2"], result_measures: ["rm2"], result_values: ["rv2"] },
};

/** Which records each role may delete, named by the labelled record a throwaway copy is made like. */
const DELETABLE: Record<Exclude<Role, "superuser">, Partial<Record<Collection, string[]>>> = {
  anonymous: {},
  // A participant deletes their own participation too (checked below with a fresh participant).
  p1a: {
    commitments: ["k1aPrivate", "k1aCohort"],
    checkins: ["ch1a"],
    exercise_results: ["er1a"],
    reach_channels: ["r1a"],
  },
  p1b: {
    commitments: ["k1bCohort", "k1bHidden"],
    checkins: ["ch1b"],
    exercise_results: ["er1b"],
    reach_channels: ["r1b"],
  },
  p2: { commitments: ["k2Cohort"], checkins: ["ch2"], exercise_results: ["er2"], reach_channels: ["r2"] },
  a1a: {},
  // A trainer removes a whole participant (their commitments and check-ins go with them), never one
  // commitment or check-in of theirs.
  t1: { cohorts: ["c1"], participants: ["p1a", "p1b"], result_measures: ["rm1"], result_values: ["rv1"] },
  t2: { cohorts: ["c2"], participants: ["p2"], result_measures: ["rm2"], result_values: ["rv2"] },
};

const may = (table: typeof UPDATABLE, role: Role, collection: Collection, label: string) =>
  role === "superuser" || (table[role][collection] ?? []).includes(label);

/** Every record of the world (its two trainers and everything under their cohorts), as JSON. */
async function snapshot() {
  const { t1, t2, c1, c2 } = w.ids;
  const filters: Record<Collection, string> = {
    trainers: `id = "${t1}" || id = "${t2}"`,
    cohorts: `trainer = "${t1}" || trainer = "${t2}"`,
    addresses: ["a1a", "a1b", "a2"].map((a) => `id = "${w.ids[a]}"`).join(" || "),
    participants: `cohort.trainer = "${t1}" || cohort.trainer = "${t2}"`,
    commitments: `cohort = "${c1}" || cohort = "${c2}"`,
    checkins: `commitment.cohort = "${c1}" || commitment.cohort = "${c2}"`,
    followups: `cohort = "${c1}" || cohort = "${c2}"`,
    exercise_results: `cohort = "${c1}" || cohort = "${c2}"`,
    belonging_profiles: `cohort = "${c1}" || cohort = "${c2}"`,
    reach_channels: `participant.cohort = "${c1}" || participant.cohort = "${c2}"`,
    wall_cards: `cohort = "${c1}" || cohort = "${c2}"`,
    result_measures: `cohort = "${c1}" || cohort = "${c2}"`,
    result_values: `measure.cohort = "${c1}" || measure.cohort = "${c2}"`,
    buddy_pairs: `cohort = "${c1}" || cohort = "${c2}"`,
    buddy_members: `cohort = "${c1}" || cohort = "${c2}"`,
    buddy_encouragements: `cohort = "${c1}" || cohort = "${c2}"`,
    buddy_observations: `cohort = "${c1}" || cohort = "${c2}"`,
    buddy_nudges: `cohort = "${c1}" || cohort = "${c2}"`,
    buddy_wishes: `cohort = "${c1}" || cohort = "${c2}"`,
    supervisors: `id = "${w.ids.s1}" || id = "${w.ids.s2}"`,
    supervisor_links: `cohort = "${c1}" || cohort = "${c2}"`,
    supervisor_shares: `link.cohort = "${c1}" || link.cohort = "${c2}"`,
    supervisor_marks: `link.cohort = "${c1}" || link.cohort = "${c2}"`,
  };
  const all: Record<string, unknown[]> = {};
  for (const c of COLLECTIONS) all[c] = await w.admin.collection(c).getFullList({ filter: filters[c], sort: "id" });
  return JSON.stringify(all);
}

/** Runs one write: an allowed one succeeds; a refused one fails and changes nothing. */
async function expectWrite(allowed: boolean, run: () => Promise<unknown>) {
  const before = allowed ? "" : await snapshot();
  const status = await statusOf(run());
  if (allowed) expect(status).toBe(200);
  else {
    expect([400, 403, 404]).toContain(status);
    expect(await snapshot()).toBe(before);
  }
}

describe.each(ROLES)("%s", (role) => {
  it.each(COLLECTIONS)("creates in %s only where it may", async (collection) => {
    const spec = CREATE[collection];
    const body = resolve(
      {
        ...spec.body,
        ...(collection === "trainers" || collection === "addresses" ? { email: `${unique("t")}@example.com` } : {}),
      },
      w.ids,
    );
    let created = "";
    await expectWrite(spec.allowed.includes(role), async () => {
      created = (await w.as[role].collection(collection).create(body)).id;
    });
    if (created) await w.admin.collection(collection).delete(created); // keep the world as it was
  });

  it.each(COLLECTIONS.filter((c) => LABELS[c].length))("updates in %s only what it may", async (collection) => {
    for (const label of LABELS[collection]) {
      const allowed = may(UPDATABLE, role, collection, label);
      await expectWrite(allowed, () =>
        w.as[role].collection(collection).update(w.ids[label]!, UPDATE_BODY[collection](w, label)),
      );
    }
  });

  it.each(COLLECTIONS.filter((c) => LABELS[c].length))("deletes in %s only what it may", async (collection) => {
    for (const label of LABELS[collection]) {
      const id = await copyOf(collection, label);
      const allowed = may(DELETABLE, role, collection, label);
      await expectWrite(allowed, () => w.as[role].collection(collection).delete(id));
      if (!allowed) await w.admin.collection(collection).delete(id);
    }
  });
});

let round = 100;
/** A throwaway record made by the superuser with the same owner, cohort and visibility as `label`. */
async function copyOf(collection: Collection, label: string): Promise<string> {
  const a = w.admin;
  const original = await a.collection(collection).getOne(w.ids[label]!);
  const { id: _id, created: _c, updated: _u, collectionId: _ci, collectionName: _cn, ...fields } = original;
  switch (collection) {
    case "trainers":
      return (await a.collection(collection).create({ email: `${unique("t")}@example.com`, name: "Copy", ...PASSWORD }))
        .id;
    case "addresses":
      return (await a.collection(collection).create({ email: `${unique("a")}@example.com`, ...PASSWORD })).id;
    case "participants":
      return (await joinAs((await a.collection("cohorts").getOne(original["cohort"])).joinCode, "Copy")).record.id;
    case "cohorts":
      return (await a.collection(collection).create({ ...fields, joinCode: undefined })).id;
    case "followups":
      return (await a.collection(collection).create({ ...fields, round: round++, tokenHash: "" })).id;
    case "result_values": // one per measure and day
      return (
        await a
          .collection(collection)
          .create({ ...fields, measuredOn: `2027-01-${String((round++ % 28) + 1).padStart(2, "0")}` })
      ).id;
    case "reach_channels": // one per participant and channel, and each has SMS
      return (await a.collection(collection).create({ ...fields, channel: "dingtalk_notice" })).id;
    case "buddy_wishes": // one per participant
    case "buddy_members": // one pair per participant
      return (
        await a.collection(collection).create({
          ...fields,
          participant: (await joinAs((await a.collection("cohorts").getOne(w.ids.c1!)).joinCode, "Copy")).record.id,
        })
      ).id;
    case "supervisors": // one per contact
      return (await a.collection(collection).create({ ...fields, contact: `${unique("boss")}@example.com` })).id;
    case "supervisor_links": {
      // one per participant and supervisor
      const other = await a
        .collection("supervisors")
        .create({ contact: `${unique("boss")}@example.com`, channel: "email", locale: "en" });
      return (await a.collection(collection).create({ ...fields, supervisor: other.id })).id;
    }
    case "supervisor_shares": // one per link and commitment
      return (await a.collection(collection).create({ ...fields, commitment: w.ids.k1bHidden })).id;
    case "supervisor_marks": // one of a kind per link, commitment and week
      return (
        await a
          .collection(collection)
          .create({ ...fields, week: `2020-W${String((round++ % 50) + 1).padStart(2, "0")}` })
      ).id;
    case "belonging_profiles": // one per cohort, and c1 has one
      return (await a.collection(collection).create({ ...fields, cohort: w.ids.c2 })).id;
    case "exercise_results": {
      const mine = await a
        .collection(collection)
        .getFullList({ filter: `participant = "${original["participant"]}" && exercise = "eoac-builder"` });
      for (const r of mine) await a.collection(collection).delete(r.id);
      return (await a.collection(collection).create({ ...fields, exercise: "eoac-builder", module: "eoac" })).id;
    }
    default:
      return (await a.collection(collection).create(fields)).id;
  }
}

/**
 * The mass-assignment and cross-owner attempts, beyond the ordinary matrix. `allowed` is true, false
 * (refused, nothing changes) or "ignored": PocketBase drops hidden fields from a non-superuser's body,
 * so the request may succeed but the hidden field keeps its value.
 */
type Attempt = [
  what: string,
  role: Role,
  collection: Collection,
  action: "create" | "update",
  target: string,
  body: Record<string, unknown>,
  allowed: boolean | "ignored",
];

const ATTEMPTS: Attempt[] = [
  // result measures and values: the cohort's trainer's alone
  [
    "a result measure in another trainer's cohort",
    "t2",
    "result_measures",
    "create",
    "",
    { cohort: "@c1", name: "X", direction: "lower", baselineOn: "2026-10-01" },
    false,
  ],
  [
    "move a result measure to another trainer's cohort",
    "t1",
    "result_measures",
    "update",
    "rm1",
    { cohort: "@c2" },
    false,
  ],
  [
    "a value of another trainer's measure",
    "t1",
    "result_values",
    "create",
    "",
    { measure: "@rm2", value: 1, measuredOn: "2026-12-30" },
    false,
  ],
  ["move a value to another trainer's measure", "t1", "result_values", "update", "rv1", { measure: "@rm2" }, false],
  [
    "a measure for their own cohort, as a participant",
    "p1a",
    "result_measures",
    "create",
    "",
    { cohort: "@c1", name: "X", direction: "lower", baselineOn: "2026-10-01" },
    false,
  ],
  // commitments
  [
    "own commitment with a client-chosen id",
    "p1a",
    "commitments",
    "create",
    "",
    { id: "@newId", ...commitmentBody("@p1a", "@c1") },
    true,
  ],
  ["a commitment for a peer", "p1a", "commitments", "create", "", commitmentBody("@p1b", "@c1"), false],
  ["own commitment in another cohort", "p1a", "commitments", "create", "", commitmentBody("@p1a", "@c2"), false],
  [
    "own commitment already hidden",
    "p1a",
    "commitments",
    "create",
    "",
    commitmentBody("@p1a", "@c1", { hidden: true }),
    false,
  ],
  ["cohort and participant that do not match", "t1", "commitments", "create", "", commitmentBody("@p2", "@c1"), false],
  ["a commitment in another trainer's cohort", "t2", "commitments", "create", "", commitmentBody("@p1a", "@c1"), false],
  ["own commitment: status", "p1a", "commitments", "update", "k1aPrivate", { status: "in_progress" }, true],
  [
    "own commitment: hide it from the trainer's moderation",
    "p1b",
    "commitments",
    "update",
    "k1bHidden",
    { hidden: false },
    false,
  ],
  ["own commitment: move to another cohort", "p1a", "commitments", "update", "k1aPrivate", { cohort: "@c2" }, false],
  ["own commitment: give to a peer", "p1a", "commitments", "update", "k1aPrivate", { participant: "@p1b" }, false],
  [
    "own commitment: give to a peer with a modifier",
    "p1a",
    "commitments",
    "update",
    "k1aPrivate",
    { "participant+": "@p1b" },
    false,
  ],
  ["a peer's shared commitment", "p1a", "commitments", "update", "k1bCohort", { status: "dropped" }, false],
  ["hide a card on the wall", "t1", "commitments", "update", "k1bCohort", { hidden: true }, true],
  [
    "move a commitment to another trainer's cohort",
    "t1",
    "commitments",
    "update",
    "k1aPrivate",
    { cohort: "@c2" },
    false,
  ],
  [
    "give a commitment to a participant of another cohort",
    "t1",
    "commitments",
    "update",
    "k1aPrivate",
    { participant: "@p2" },
    false,
  ],
  ["another trainer's commitment", "t2", "commitments", "update", "k1aCohort", { hidden: true }, false],
  [
    "a participant's commitment for them",
    "t1",
    "commitments",
    "create",
    "",
    commitmentBody("@p1a", "@c1", { visibility: "cohort" }),
    false,
  ],
  [
    "hide a card and rewrite it",
    "t1",
    "commitments",
    "update",
    "k1aCohort",
    { hidden: true, action: "改写的承诺" },
    false,
  ],
  ...(
    [
      ["action", "改写的承诺"],
      ["trigger", "改写"],
      ["measure", "改写"],
      ["support", "改写"],
      ["dueOn", "2027-01-01"],
      ["confidence", 2],
      ["confidence+", 1],
      ["visibility", "private"],
      ["status", "done"],
      ["kind", "team"],
      ["module", "belonging"],
    ] as const
  ).map(([field, value]): Attempt => [
    `a participant's commitment: ${field}`,
    "t1",
    "commitments",
    "update",
    "k1aCohort",
    { [field]: value },
    false,
  ]),
  // checkins
  ["own check-in", "p1a", "checkins", "create", "", { commitment: "@k1aCohort", status: "done", source: "app" }, true],
  [
    "a check-in claiming to come from email",
    "p1a",
    "checkins",
    "create",
    "",
    { commitment: "@k1aCohort", status: "done", source: "email" },
    false,
  ],
  [
    "a check-in answering a follow-up",
    "p1a",
    "checkins",
    "create",
    "",
    { commitment: "@k1aCohort", status: "done", source: "app", followup: "@f1a" },
    false,
  ],
  [
    "a check-in on a peer's commitment",
    "p1a",
    "checkins",
    "create",
    "",
    { commitment: "@k1bCohort", status: "done", source: "app" },
    false,
  ],
  [
    "a check-in on another cohort's commitment",
    "p1a",
    "checkins",
    "create",
    "",
    { commitment: "@k2Cohort", status: "done", source: "app" },
    false,
  ],
  [
    "a check-in for a participant",
    "t1",
    "checkins",
    "create",
    "",
    { commitment: "@k1aCohort", status: "done", source: "app" },
    false,
  ],
  ["own check-in: note", "p1a", "checkins", "update", "ch1a", { note: "better now" }, true],
  [
    "own check-in: move to a peer's commitment",
    "p1a",
    "checkins",
    "update",
    "ch1a",
    { commitment: "@k1bCohort" },
    false,
  ],
  ["own check-in: claim it came from email", "p1a", "checkins", "update", "ch1a", { source: "email" }, false],
  ["own check-in: attach it to a follow-up", "p1a", "checkins", "update", "ch1a", { followup: "@f1a" }, false],
  // The channel that brought an answer counts in the trainer's figures: the server's to set.
  ["own check-in: claim a channel brought it", "p1a", "checkins", "update", "ch1a", { channel: "wecom_app" }, false],
  [
    "a check-in claiming a channel brought it",
    "p1a",
    "checkins",
    "create",
    "",
    { commitment: "@k1aCohort", status: "done", source: "app", channel: "sms" },
    false,
  ],
  ["a participant's check-in", "t1", "checkins", "update", "ch1a", { note: "x" }, false],
  [
    "a check-in from email for a participant",
    "t1",
    "checkins",
    "create",
    "",
    { commitment: "@k1aCohort", status: "done", source: "email" },
    false,
  ],
  // cohorts
  [
    "own cohort",
    "t2",
    "cohorts",
    "create",
    "",
    { name: "New", organization: "Org", trainer: "@t2", startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" },
    true,
  ],
  [
    "a cohort for another trainer",
    "t1",
    "cohorts",
    "create",
    "",
    { name: "New", organization: "Org", trainer: "@t2", startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" },
    false,
  ],
  // The join code is a hidden field: PocketBase drops it from a trainer's body; the server makes every code.
  [
    "a cohort with a chosen join code",
    "t1",
    "cohorts",
    "create",
    "",
    {
      name: "New",
      organization: "Org",
      trainer: "@t1",
      startsOn: "2026-12-01",
      endsOn: "2026-12-02",
      locale: "en",
      joinCode: "ABCDEF",
    },
    "ignored",
  ],
  [
    "own cohort: wall and archive",
    "t1",
    "cohorts",
    "update",
    "c1",
    { wallHidden: true, wallView: "themes", showNamesOnWall: false, archived: false },
    true,
  ],
  ["own cohort: hand to another trainer", "t1", "cohorts", "update", "c1", { trainer: "@t2" }, false],
  ["own cohort: choose the join code", "t1", "cohorts", "update", "c1", { joinCode: "ABCDEF" }, "ignored"],
  ["own cohort: the wall", "p1a", "cohorts", "update", "c1", { wallHidden: false }, false],
  // The wall's layout and page (turned from the trainer's tablet or a clicker): the cohort's trainer only.
  ["own cohort: wall layout and page", "t1", "cohorts", "update", "c1", { wallLayout: "pages", wallPage: 2 }, true],
  ["another trainer's cohort: wall layout", "t2", "cohorts", "update", "c1", { wallLayout: "rotate" }, false],
  ["another trainer's cohort: wall page", "t2", "cohorts", "update", "c1", { wallPage: 1 }, false],
  ["own cohort: wall layout and page", "p1a", "cohorts", "update", "c1", { wallLayout: "fit", wallPage: 0 }, false],
  ["a cohort's wall page", "anonymous", "cohorts", "update", "c1", { wallPage: 0 }, false],
  ["own cohort: a layout that does not exist", "t1", "cohorts", "update", "c1", { wallLayout: "grid" }, false],
  ["own cohort: a page before the first", "t1", "cohorts", "update", "c1", { wallPage: -1 }, false],
  ["own cohort: half a page", "t1", "cohorts", "update", "c1", { wallPage: 1.5 }, false],
  ["own cohort: a page past any wall", "t1", "cohorts", "update", "c1", { wallPage: 1000 }, false],
  // participants
  ["own record: name and consent", "p1a", "participants", "update", "p1a", { name: "p1a", namedInReport: true }, true],
  [
    "own record: follow-up consent time",
    "p1a",
    "participants",
    "update",
    "p1a",
    { followUpConsentAt: "2020-01-01 00:00:00Z" },
    false,
  ],
  [
    "own record: report consent time",
    "p1a",
    "participants",
    "update",
    "p1a",
    { namedInReportAt: "2020-01-01 00:00:00Z" },
    false,
  ],
  [
    "own record: confirm own email",
    "p1a",
    "participants",
    "update",
    "p1a",
    { emailConfirmedAt: "2020-01-01 00:00:00Z" },
    false,
  ],
  ["own record: link another address", "p1a", "participants", "update", "p1a", { address: "@a1b" }, "ignored"],
  ["own record: email of its own", "p1a", "participants", "update", "p1a", { email: "mine@example.com" }, false],
  [
    "a participant's email confirmation",
    "t1",
    "participants",
    "update",
    "p1a",
    { emailConfirmedAt: "2020-01-01 00:00:00Z" },
    false,
  ],
  // addresses: only the server writes them, for their owner
  ["own address: undo its unsubscribe", "a1a", "addresses", "update", "a1a", { unsubscribedAt: "" }, false],
  ["own address: confirm it", "a1a", "addresses", "update", "a1a", { confirmedAt: "2020-01-01 00:00:00Z" }, false],
  ["own address: another email", "a1a", "addresses", "update", "a1a", { email: "elsewhere@example.com" }, false],
  [
    "an address for a made-up email",
    "p1a",
    "addresses",
    "create",
    "",
    { email: "made-up@example.com", ...PASSWORD },
    false,
  ],
  ["a participant's address", "p1a", "addresses", "update", "a1a", { unsubscribedAt: "" }, false],
  ["a participant's address", "t1", "addresses", "update", "a1a", { unsubscribedAt: "" }, false],
  ["a participant for an address", "a1a", "participants", "update", "p1a", { followUpConsent: true }, false],
  ["own record: join-key hash", "p1a", "participants", "update", "p1a", { joinKeyHash: "0".repeat(64) }, "ignored"],
  ["own record: token key (sessions)", "p1a", "participants", "update", "p1a", { tokenKey: "x".repeat(50) }, "ignored"],
  ["own account: token key (sessions)", "t1", "trainers", "update", "t1", { tokenKey: "x".repeat(50) }, "ignored"],
  ["own record: move to another cohort", "p1a", "participants", "update", "p1a", { cohort: "@c2" }, false],
  [
    "own record: move to another cohort with a modifier",
    "p1a",
    "participants",
    "update",
    "p1a",
    { "cohort+": "@c2" },
    false,
  ],
  ["own record: make the email public", "p1a", "participants", "update", "p1a", { emailVisibility: true }, false],
  ["own record: mark the email verified", "p1a", "participants", "update", "p1a", { verified: true }, false],
  [
    "own record: take another address without confirming it",
    "p1a",
    "participants",
    "update",
    "p1a",
    { email: "someone-else@example.com" },
    false,
  ],
  ["own record: set a password", "p1a", "participants", "update", "p1a", { ...PASSWORD, oldPassword: "x" }, false],
  ["a peer's record", "p1a", "participants", "update", "p1b", { name: "Renamed" }, false],
  ["a participant's consent", "t1", "participants", "update", "p1a", { followUpConsent: true }, false],
  ["a participant's name", "t1", "participants", "update", "p1a", { name: "Renamed" }, false],
  // exercise results
  [
    "own result for another exercise",
    "p1a",
    "exercise_results",
    "create",
    "",
    {
      participant: "@p1a",
      cohort: "@c1",
      exercise: "above-standard-scenario",
      module: "above-standard-demands",
      summary: { ok: 1 },
    },
    true,
  ],
  [
    "a result for a peer",
    "p1a",
    "exercise_results",
    "create",
    "",
    { participant: "@p1b", cohort: "@c1", exercise: "eoac-builder", module: "eoac", summary: { ok: 1 } },
    false,
  ],
  [
    "own result in another cohort",
    "p1a",
    "exercise_results",
    "create",
    "",
    { participant: "@p1a", cohort: "@c2", exercise: "eoac-builder", module: "eoac", summary: { ok: 1 } },
    false,
  ],
  [
    "a result for a participant",
    "t1",
    "exercise_results",
    "create",
    "",
    { participant: "@p1a", cohort: "@c1", exercise: "eoac-builder", module: "eoac", summary: { ok: 1 } },
    false,
  ],
  ["own result: give to a peer", "p1a", "exercise_results", "update", "er1a", { participant: "@p1b" }, false],
  ["own result: move to another cohort", "p1a", "exercise_results", "update", "er1a", { cohort: "@c2" }, false],
  [
    "own result: turn into another exercise",
    "p1a",
    "exercise_results",
    "update",
    "er1a",
    { exercise: "mindset-sort" },
    false,
  ],
  ["a peer's result", "p1a", "exercise_results", "update", "er1b", { summary: { identification: 1 } }, false],
  // follow-ups and trainers
  ["a follow-up of own cohort: mark it sent", "t1", "followups", "update", "f1a", { state: "skipped" }, false],
  ["own follow-up: its token", "p1a", "followups", "update", "f1a", { tokenHash: "0".repeat(64) }, false],
  [
    "own account: email without confirming it",
    "t1",
    "trainers",
    "update",
    "t1",
    { email: "taken-over@example.com" },
    false,
  ],
  ["another trainer", "t1", "trainers", "update", "t2", { name: "x" }, false],
  // channel choices: a participant's own, with server-kept consent times
  [
    "a channel choice for a peer",
    "p1a",
    "reach_channels",
    "create",
    "",
    { participant: "@p1b", channel: "wecom_app", mobile: "13800138000", consent: true },
    false,
  ],
  [
    "a channel choice for a participant of own cohort",
    "t1",
    "reach_channels",
    "create",
    "",
    { participant: "@p1a", channel: "wecom_app", mobile: "13800138000", consent: true },
    false,
  ],
  [
    "own channel choice with a consent time",
    "p1a",
    "reach_channels",
    "create",
    "",
    {
      participant: "@p1a",
      channel: "wecom_app",
      mobile: "13800138000",
      consent: true,
      consentAt: "2020-01-01 00:00:00Z",
    },
    false,
  ],
  [
    "own channel choice: consent without a number",
    "p1a",
    "reach_channels",
    "create",
    "",
    { participant: "@p1a", channel: "wecom_app", consent: true },
    false,
  ],
  ["own channel choice: not a mobile number", "p1a", "reach_channels", "update", "r1a", { mobile: "12345" }, false],
  ["own channel choice: hand it to a peer", "p1a", "reach_channels", "update", "r1a", { participant: "@p1b" }, false],
  ["own channel choice: another channel", "p1a", "reach_channels", "update", "r1a", { channel: "wecom_app" }, false],
  [
    "own channel choice: its withdrawal time",
    "p1a",
    "reach_channels",
    "update",
    "r1a",
    { withdrawnAt: "2020-01-01 00:00:00Z" },
    false,
  ],
  ["a peer's channel choice: withdraw it", "p1b", "reach_channels", "update", "r1a", { consent: false }, false],
  ["a channel choice of own cohort", "t1", "reach_channels", "update", "r1a", { consent: false }, false],
];

describe("mass assignment and cross-owner writes", () => {
  it.each(
    ATTEMPTS.map(([what, role, collection, action, target, body, allowed]) => ({
      what,
      role,
      collection,
      action,
      target,
      body,
      allowed,
    })),
  )(
    "$role $action $collection: $what (allowed $allowed)",
    async ({ role, collection, action, target, body, allowed }) => {
      const data = resolve(body, { ...w.ids, newId: clientId() });
      const records = w.as[role].collection(collection);
      const run = () => (action === "create" ? records.create(data) : records.update(w.ids[target]!, data));
      if (allowed !== "ignored") return expectWrite(allowed, run);
      const field =
        Object.keys(data).find((key) => key !== "id" && !(key in CREATE[collection].body)) ?? Object.keys(data)[0]!;
      if (action === "create") {
        // Created or not, no record of the collection may carry the chosen value.
        const created = await run().then(
          (r) => (r as { id: string }).id,
          () => "",
        );
        if (created) await w.admin.collection(collection).delete(created);
        expect(
          await w.admin
            .collection(collection)
            .getFullList({ filter: w.admin.filter(`${field} = {:v}`, { v: data[field] }) }),
        ).toEqual([]);
        return;
      }
      const before = (await w.admin.collection(collection).getOne(w.ids[target]!))[field];
      await statusOf(run());
      expect((await w.admin.collection(collection).getOne(w.ids[target]!))[field]).toBe(before);
    },
  );

  it("a client-chosen id used twice is refused as not unique (a retry, not a second record)", async () => {
    const id = clientId();
    await w.as.p1a.collection("commitments").create({ id, ...commitmentBody(w.ids.p1a!, w.ids.c1!) });
    await expect(
      w.as.p1a.collection("commitments").create({ id, ...commitmentBody(w.ids.p1a!, w.ids.c1!) }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { id: { code: "validation_not_unique" } } },
    });
  });

  it("a trainer hiding and showing a card changes `hidden` only: no check-in, no other field", async () => {
    const id = w.ids.k1aPrivate!;
    const fields = async () => {
      const { hidden: _h, updated: _u, ...rest } = await w.admin.collection("commitments").getOne(id);
      return rest;
    };
    const checkins = () => w.admin.collection("checkins").getFullList({ filter: `commitment = "${id}"` });
    const before = { fields: await fields(), checkins: await checkins() };
    expect((await w.as.t1.collection("commitments").update(id, { hidden: true }))["hidden"]).toBe(true);
    expect((await w.as.t1.collection("commitments").update(id, { hidden: false }))["hidden"]).toBe(false);
    expect({ fields: await fields(), checkins: await checkins() }).toEqual(before);
  });

  it("the trainer's update rule of commitments names every field but `hidden` (a new field is not the trainer's by default)", async () => {
    const collection = await w.admin.collections.getOne("commitments");
    const rule = collection.updateRule ?? "";
    const trainerPart = rule.slice(rule.indexOf('@request.auth.collectionName = "trainers"'));
    const fields = collection.fields.map((f) => f.name).filter((name) => name !== "id" && name !== "hidden");
    expect(fields.filter((name) => !trainerPart.includes(`@request.body.${name}:isset = false`))).toEqual([]);
    expect(trainerPart).not.toContain("@request.body.hidden:isset");
  });

  it("a trainer cannot delete their own account", async () => {
    await expectWrite(false, () => w.as.t1.collection("trainers").delete(w.ids.t1!));
  });

  it("a participant can delete their own participation; their commitments, check-ins and results go with it", async () => {
    const me = await joinAs((await w.admin.collection("cohorts").getOne(w.ids.c1!)).joinCode, "Leaving");
    const k = await me.pb.collection("commitments").create(commitmentBody(me.record.id, w.ids.c1!));
    const ch = await me.pb.collection("checkins").create({ commitment: k.id, status: "done", source: "app" });
    const er = await me.pb.collection("exercise_results").create({
      participant: me.record.id,
      cohort: w.ids.c1,
      exercise: "mindset-sort",
      module: "service-mindset",
      summary: { ok: 1 },
    });
    expect(await statusOf(me.pb.collection("participants").delete(me.record.id))).toBe(200);
    for (const [c, id] of [
      ["participants", me.record.id],
      ["commitments", k.id],
      ["checkins", ch.id],
      ["exercise_results", er.id],
    ] as const) {
      expect(await statusOf(w.admin.collection(c).getOne(id))).toBe(404);
    }
  });
});
