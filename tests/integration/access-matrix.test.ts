// Walks role × collection × list/view/create/update/delete against the real server and its API rules.
// Two trainers with one cohort each; two participants in the first cohort, one in the second.
// Any record a role can see or change beyond what the product allows fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { client, clientId, joinAs, newCohort, newTrainer, statusOf, superuserClient, unique } from "../support/api";

type Role = "anonymous" | "p1a" | "p1b" | "p2" | "t1" | "t2";
const ROLES: Role[] = ["anonymous", "p1a", "p1b", "p2", "t1", "t2"];
const COLLECTIONS = ["trainers", "cohorts", "participants", "commitments", "checkins", "followups", "exercise_results", "cohort_belonging"] as const;
type Collection = (typeof COLLECTIONS)[number];

let admin: PocketBase;
const as = {} as Record<Role, PocketBase>;
/** Record ids by a short label, e.g. ids.c1, ids.k1aPrivate. */
const ids: Record<string, string> = {};
const emails: Record<string, string> = {};

/** Which labelled records each role must see in each collection: exactly these, no more. */
const VISIBLE: Record<Role, Record<Collection, string[]>> = {
  anonymous: { trainers: [], cohorts: [], participants: [], commitments: [], checkins: [], followups: [], exercise_results: [], cohort_belonging: [] },
  p1a: {
    trainers: [], cohorts: ["c1"], participants: ["p1a"],
    commitments: ["k1aPrivate", "k1aCohort", "k1bCohort"], checkins: ["ch1a"], followups: [],
    exercise_results: ["er1a"], cohort_belonging: [],
  },
  p1b: {
    trainers: [], cohorts: ["c1"], participants: ["p1b"],
    commitments: ["k1aCohort", "k1bCohort", "k1bHidden"], checkins: ["ch1b"], followups: [],
    exercise_results: ["er1b"], cohort_belonging: [],
  },
  p2: {
    trainers: [], cohorts: ["c2"], participants: ["p2"], commitments: ["k2Cohort"], checkins: ["ch2"], followups: [],
    exercise_results: ["er2"], cohort_belonging: [],
  },
  t1: {
    trainers: ["t1"], cohorts: ["c1"], participants: ["p1a", "p1b"],
    commitments: ["k1aPrivate", "k1aCohort", "k1bCohort", "k1bHidden"], checkins: ["ch1a", "ch1b"], followups: ["f1"],
    // Individual exercise results stay private; the cohort profile needs three answers (c1 has two).
    exercise_results: [], cohort_belonging: [],
  },
  t2: {
    trainers: ["t2"], cohorts: ["c2"], participants: ["p2"], commitments: ["k2Cohort"], checkins: ["ch2"], followups: ["f2"],
    exercise_results: [], cohort_belonging: [],
  },
};

const LABELS: Record<Collection, string[]> = {
  trainers: ["t1", "t2"],
  cohorts: ["c1", "c2"],
  participants: ["p1a", "p1b", "p2"],
  commitments: ["k1aPrivate", "k1aCohort", "k1bCohort", "k1bHidden", "k2Cohort"],
  checkins: ["ch1a", "ch1b", "ch2"],
  followups: ["f1", "f2"],
  exercise_results: ["er1a", "er1b", "er2"],
  cohort_belonging: [],
};

function commitment(participant: string, cohort: string, extra: Record<string, unknown> = {}) {
  return {
    participant, cohort, module: "eoac", kind: "personal", action: "每周给同事一条具体反馈",
    confidence: 8, visibility: "private", status: "planned", ...extra,
  };
}

beforeAll(async () => {
  admin = await superuserClient();
  as.anonymous = client();
  const t1 = await newTrainer(admin, "Trainer One");
  const t2 = await newTrainer(admin, "Trainer Two");
  as.t1 = t1.pb;
  as.t2 = t2.pb;
  ids.t1 = t1.record.id;
  ids.t2 = t2.record.id;
  const c1 = await newCohort(as.t1);
  const c2 = await newCohort(as.t2);
  ids.c1 = c1.id;
  ids.c2 = c2.id;
  for (const [role, code] of [["p1a", c1.joinCode], ["p1b", c1.joinCode], ["p2", c2.joinCode]] as const) {
    emails[role] = `${unique(role)}@example.com`;
    const joined = await joinAs(code, role, { email: emails[role] });
    as[role] = joined.pb;
    ids[role] = joined.record.id;
  }
  const make = async (label: string, by: PocketBase, data: Record<string, unknown>) => {
    ids[label] = (await by.collection("commitments").create(data)).id;
  };
  await make("k1aPrivate", as.p1a, commitment(ids.p1a!, ids.c1!));
  await make("k1aCohort", as.p1a, commitment(ids.p1a!, ids.c1!, { visibility: "cohort" }));
  await make("k1bCohort", as.p1b, commitment(ids.p1b!, ids.c1!, { visibility: "cohort" }));
  await make("k1bHidden", as.p1b, commitment(ids.p1b!, ids.c1!, { visibility: "cohort" }));
  await as.t1.collection("commitments").update(ids.k1bHidden!, { hidden: true });
  await make("k2Cohort", as.p2, commitment(ids.p2!, ids.c2!, { visibility: "cohort" }));
  for (const [label, role, k] of [["ch1a", "p1a", "k1aCohort"], ["ch1b", "p1b", "k1bCohort"], ["ch2", "p2", "k2Cohort"]] as const) {
    ids[label] = (await as[role].collection("checkins").create({ commitment: ids[k], status: "in_progress", source: "app", note: "ok" })).id;
  }
  for (const [label, p, c] of [["er1a", "p1a", "c1"], ["er1b", "p1b", "c1"], ["er2", "p2", "c2"]] as const) {
    const summary = { identification: 4, security: 3, value: 5, engagement: 2 };
    ids[label] = (await as[p].collection("exercise_results").create({ participant: ids[p], cohort: ids[c], exercise: "belonging-assessment", module: "belonging", summary })).id;
  }
  for (const [label, p, c] of [["f1", "p1a", "c1"], ["f2", "p2", "c2"]] as const) {
    ids[label] = (await admin.collection("followups").create({ participant: ids[p], cohort: ids[c], kind: "round", round: 7, dueAt: "2026-12-01 09:00:00Z", state: "queued", attempts: 0 })).id;
  }
});

describe.each(ROLES)("%s", (role) => {
  it.each(COLLECTIONS)("lists and views exactly what it may in %s", async (collection) => {
    const labelOf = (id: string) => Object.keys(ids).find((label) => ids[label] === id) ?? `unlabelled:${id}`;
    const listed = (await as[role].collection(collection).getFullList()).map((r) => labelOf(r.id));
    expect(listed.sort()).toEqual([...VISIBLE[role][collection]].sort());
    for (const label of LABELS[collection]) {
      const status = await statusOf(as[role].collection(collection).getOne(ids[label]!));
      expect({ label, status }).toEqual({ label, status: VISIBLE[role][collection].includes(label) ? 200 : 404 });
    }
  });
});

describe("hidden fields cannot be read, filtered or sorted on", () => {
  it("emails are visible to their owner only", async () => {
    expect((await as.p1a.collection("participants").getOne(ids.p1a!)).email).toBe(emails.p1a);
    const seenByTrainer = await as.t1.collection("participants").getOne(ids.p1a!);
    expect(seenByTrainer.email ?? "").toBe("");
    expect(seenByTrainer.joinKeyHash).toBeUndefined();
  });

  it.each(
    ([
    ["t1", "participants", () => `email = "${emails.p1a}"`],
    ["t1", "participants", () => `email ~ "@example.com"`],
    ["t1", "participants", () => `joinKeyHash != ""`],
    ["t1", "participants", () => `tokenKey != ""`],
    ["t1", "participants", () => `password != ""`],
    ["p1a", "commitments", () => `participant.email = "${emails.p1b}"`],
    ["p1a", "commitments", () => `participant.name = "p1b"`],
    ["p1a", "cohorts", () => `trainer.email ~ "@example.com"`],
    ["t2", "commitments", () => `cohort.trainer = "${ids.t1}"`],
    ["t1", "commitments", () => `participant.email = "${emails.p1a}"`],
    ] as const).map(([role, collection, filter]) => ({ role, collection, filter, shown: filter.toString().split("=> ")[1] })),
  )("$role filtering $collection by $shown finds nothing", async ({ role, collection, filter }) => {
    let items: unknown[] = [];
    try {
      items = (await as[role as Role].collection(collection).getList(1, 50, { filter: filter() })).items;
    } catch {
      items = []; // a refused filter is as good as an empty answer
    }
    expect(items).toEqual([]);
  });

  it.each(["email", "-email", "joinKeyHash", "-joinKeyHash", "tokenKey", "created,email"])(
    "trainers cannot sort participants by %s",
    async (sort) => {
      expect(await statusOf(as.t1.collection("participants").getList(1, 50, { sort }))).toBe(400);
    },
  );

  it.each(["participant.email", "-participant.email"])("trainers cannot sort commitments by %s", async (sort) => {
    expect(await statusOf(as.t1.collection("commitments").getList(1, 50, { sort }))).toBe(400);
  });

  it("sorting by other fields still works", async () => {
    expect(await statusOf(as.t1.collection("participants").getList(1, 50, { sort: "-created,name" }))).toBe(200);
  });
});

/** An attempt and whether the rules must allow it; a refused attempt must leave the data unchanged. */
type Attempt = [name: string, role: Role, run: (pb: PocketBase) => Promise<unknown>, allowed: boolean];

async function snapshot() {
  const all: Record<string, unknown[]> = {};
  for (const c of COLLECTIONS) all[c] = (await admin.collection(c).getFullList({ sort: "id" })).map((r) => ({ ...r }));
  return JSON.stringify(all);
}

/** Runs one attempt: an allowed one succeeds; a refused one fails and leaves every record as it was. */
async function expectAttempt({ role, run, allowed }: { role: Role; run: Attempt[2]; allowed: boolean }) {
  const before = allowed ? "" : await snapshot();
  const status = await statusOf(run(as[role]));
  if (allowed) expect(status).toBe(200);
  else {
    expect([400, 403, 404]).toContain(status);
    expect(await snapshot()).toBe(before);
  }
}

describe("create", () => {
  const attempts: Attempt[] = [
    ["participant: own commitment", "p1a", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c1!)), true],
    ["participant: with a client-chosen id", "p1a", (pb) => pb.collection("commitments").create({ id: clientId(), ...commitment(ids.p1a!, ids.c1!) }), true],
    ["participant: for another participant", "p1a", (pb) => pb.collection("commitments").create(commitment(ids.p1b!, ids.c1!)), false],
    ["participant: in another cohort", "p1a", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c2!)), false],
    ["participant: pre-hidden", "p1a", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c1!, { hidden: true })), false],
    ["trainer: for own participant", "t1", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c1!)), true],
    ["trainer: cohort and participant mismatched", "t1", (pb) => pb.collection("commitments").create(commitment(ids.p2!, ids.c1!)), false],
    ["trainer: in another trainer's cohort", "t2", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c1!)), false],
    ["anonymous: commitment", "anonymous", (pb) => pb.collection("commitments").create(commitment(ids.p1a!, ids.c1!)), false],
    ["participant: own check-in", "p1a", (pb) => pb.collection("checkins").create({ commitment: ids.k1aCohort, status: "done", source: "app" }), true],
    ["participant: check-in claiming to come from email", "p1a", (pb) => pb.collection("checkins").create({ commitment: ids.k1aCohort, status: "done", source: "email" }), false],
    ["participant: check-in on a peer's commitment", "p1a", (pb) => pb.collection("checkins").create({ commitment: ids.k1bCohort, status: "done", source: "app" }), false],
    ["trainer: check-in for a participant", "t1", (pb) => pb.collection("checkins").create({ commitment: ids.k1aCohort, status: "done", source: "app" }), false],
    ["anonymous: check-in", "anonymous", (pb) => pb.collection("checkins").create({ commitment: ids.k1aCohort, status: "done", source: "app" }), false],
    ["trainer: own cohort", "t1", (pb) => pb.collection("cohorts").create({ name: "New", organization: "Org", trainer: ids.t1, startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" }), true],
    ["trainer: cohort for another trainer", "t1", (pb) => pb.collection("cohorts").create({ name: "New", organization: "Org", trainer: ids.t2, startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" }), false],
    ["trainer: cohort with a chosen join code", "t1", (pb) => pb.collection("cohorts").create({ name: "New", organization: "Org", trainer: ids.t1, startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en", joinCode: "ABCDEF" }), false],
    ["participant: cohort", "p1a", (pb) => pb.collection("cohorts").create({ name: "New", organization: "Org", trainer: ids.t1, startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" }), false],
    ["anonymous: cohort", "anonymous", (pb) => pb.collection("cohorts").create({ name: "New", organization: "Org", trainer: ids.t1, startsOn: "2026-12-01", endsOn: "2026-12-02", locale: "en" }), false],
    ["anonymous: participant sign-up", "anonymous", (pb) => pb.collection("participants").create({ cohort: ids.c1, name: "x", locale: "en", password: "abcdefgh12", passwordConfirm: "abcdefgh12" }), false],
    ["trainer: participant", "t1", (pb) => pb.collection("participants").create({ cohort: ids.c1, name: "x", locale: "en", password: "abcdefgh12", passwordConfirm: "abcdefgh12" }), false],
    ["anonymous: trainer sign-up", "anonymous", (pb) => pb.collection("trainers").create({ email: `${unique("x")}@example.com`, name: "x", password: "abcdefgh12", passwordConfirm: "abcdefgh12" }), false],
    ["trainer: another trainer", "t1", (pb) => pb.collection("trainers").create({ email: `${unique("x")}@example.com`, name: "x", password: "abcdefgh12", passwordConfirm: "abcdefgh12" }), false],
    ["trainer: follow-up", "t1", (pb) => pb.collection("followups").create({ participant: ids.p1a, cohort: ids.c1, dueAt: "2026-12-01 09:00:00Z", state: "queued" }), false],
    ["participant: own exercise result", "p1a", (pb) => pb.collection("exercise_results").create({ participant: ids.p1a, cohort: ids.c1, exercise: "mindset-sort", module: "service-mindset", summary: { correct: 8, total: 10 } }), true],
    ["participant: exercise result for a peer", "p1a", (pb) => pb.collection("exercise_results").create({ participant: ids.p1b, cohort: ids.c1, exercise: "mindset-sort", module: "service-mindset", summary: { correct: 1, total: 10 } }), false],
    ["trainer: exercise result", "t1", (pb) => pb.collection("exercise_results").create({ participant: ids.p1a, cohort: ids.c1, exercise: "eoac-builder", module: "eoac", summary: { ok: 4 } }), false],
    ["participant: follow-up", "p1a", (pb) => pb.collection("followups").create({ participant: ids.p1a, cohort: ids.c1, dueAt: "2026-12-01 09:00:00Z", state: "queued" }), false],
  ];

  it.each(attempts.map(([name, role, run, allowed]) => ({ name, role, run, allowed })))(
    "$name ($role): allowed $allowed",
    expectAttempt,
  );

  it("a client-chosen id used twice is refused as not unique (a retry, not a second record)", async () => {
    const id = clientId();
    await as.p1a.collection("commitments").create({ id, ...commitment(ids.p1a!, ids.c1!) });
    await expect(as.p1a.collection("commitments").create({ id, ...commitment(ids.p1a!, ids.c1!) })).rejects.toMatchObject({
      status: 400,
      response: { data: { id: { code: "validation_not_unique" } } },
    });
  });
});

describe("update", () => {
  const attempts: Attempt[] = [
    ["trainer: own cohort's name", "t1", (pb) => pb.collection("cohorts").update(ids.c1!, { name: "Renamed" }), true],
    ["trainer: another trainer's cohort", "t1", (pb) => pb.collection("cohorts").update(ids.c2!, { name: "Hijacked" }), false],
    ["trainer: hand own cohort to another trainer", "t1", (pb) => pb.collection("cohorts").update(ids.c1!, { trainer: ids.t2 }), false],
    ["trainer: choose the join code", "t1", (pb) => pb.collection("cohorts").update(ids.c1!, { joinCode: "ABCDEF" }), false],
    ["participant: own cohort", "p1a", (pb) => pb.collection("cohorts").update(ids.c1!, { name: "Mine" }), false],
    ["anonymous: cohort", "anonymous", (pb) => pb.collection("cohorts").update(ids.c1!, { name: "Anon" }), false],
    ["participant: own name and consent", "p1a", (pb) => pb.collection("participants").update(ids.p1a!, { name: "p1a", namedInReport: true }), true],
    ["participant: consent time", "p1a", (pb) => pb.collection("participants").update(ids.p1a!, { followUpConsentAt: "2020-01-01 00:00:00Z" }), false],
    ["participant: unsubscribe time", "p1a", (pb) => pb.collection("participants").update(ids.p1a!, { unsubscribedAt: "2020-01-01 00:00:00Z" }), false],
    ["participant: move to another cohort", "p1a", (pb) => pb.collection("participants").update(ids.p1a!, { cohort: ids.c2 }), false],
    ["participant: make email public", "p1a", (pb) => pb.collection("participants").update(ids.p1a!, { emailVisibility: true }), false],
    ["participant: a peer's record", "p1a", (pb) => pb.collection("participants").update(ids.p1b!, { name: "Renamed" }), false],
    ["trainer: a participant's consent", "t1", (pb) => pb.collection("participants").update(ids.p1a!, { followUpConsent: true }), false],
    ["participant: own commitment's status", "p1a", (pb) => pb.collection("commitments").update(ids.k1aPrivate!, { status: "in_progress" }), true],
    ["participant: unhide own commitment", "p1a", (pb) => pb.collection("commitments").update(ids.k1aPrivate!, { hidden: true }), false],
    ["participant: move own commitment to another cohort", "p1a", (pb) => pb.collection("commitments").update(ids.k1aPrivate!, { cohort: ids.c2 }), false],
    ["participant: give own commitment to a peer", "p1a", (pb) => pb.collection("commitments").update(ids.k1aPrivate!, { participant: ids.p1b }), false],
    ["participant: a peer's visible commitment", "p1a", (pb) => pb.collection("commitments").update(ids.k1bCohort!, { status: "dropped" }), false],
    ["trainer: hide a card on the wall", "t1", (pb) => pb.collection("commitments").update(ids.k1bCohort!, { hidden: true }), true],
    ["trainer: another trainer's commitment", "t2", (pb) => pb.collection("commitments").update(ids.k1aCohort!, { hidden: true }), false],
    ["participant: own check-in note", "p1a", (pb) => pb.collection("checkins").update(ids.ch1a!, { note: "better now" }), true],
    ["participant: move own check-in to a peer's commitment", "p1a", (pb) => pb.collection("checkins").update(ids.ch1a!, { commitment: ids.k1bCohort }), false],
    ["participant: a peer's check-in", "p1a", (pb) => pb.collection("checkins").update(ids.ch1b!, { note: "x" }), false],
    ["trainer: a participant's check-in", "t1", (pb) => pb.collection("checkins").update(ids.ch1a!, { note: "x" }), false],
    ["trainer: follow-up", "t1", (pb) => pb.collection("followups").update(ids.f1!, { state: "sent" }), false],
    ["participant: own exercise result", "p1a", (pb) => pb.collection("exercise_results").update(ids.er1a!, { summary: { identification: 5, security: 3, value: 5, engagement: 2 } }), true],
    ["participant: move own exercise result to a peer", "p1a", (pb) => pb.collection("exercise_results").update(ids.er1a!, { participant: ids.p1b }), false],
    ["participant: a peer's exercise result", "p1a", (pb) => pb.collection("exercise_results").update(ids.er1b!, { summary: { identification: 1 } }), false],
    ["trainer: a participant's exercise result", "t1", (pb) => pb.collection("exercise_results").update(ids.er1a!, { summary: { identification: 1 } }), false],
    ["trainer: own name", "t1", (pb) => pb.collection("trainers").update(ids.t1!, { name: "Trainer One" }), true],
    ["trainer: another trainer", "t1", (pb) => pb.collection("trainers").update(ids.t2!, { name: "x" }), false],
    ["participant: trainer", "p1a", (pb) => pb.collection("trainers").update(ids.t1!, { name: "x" }), false],
  ];

  it.each(attempts.map(([name, role, run, allowed]) => ({ name, role, run, allowed })))(
    "$name ($role): allowed $allowed",
    expectAttempt,
  );
});

describe("delete", () => {
  // Each attempt gets its own throwaway target, made by the superuser, so deletes do not disturb the rest.
  const throwaway = {
    commitment: async (p: string, c: string) => (await admin.collection("commitments").create(commitment(ids[p]!, ids[c]!))).id,
    checkin: async (k: string) => (await admin.collection("checkins").create({ commitment: ids[k], status: "done", source: "app" })).id,
    participant: async (code: string) => (await joinAs(code, "temp")).record.id,
  };
  const attempts: Array<[string, Role, () => Promise<[string, string]>, boolean]> = [
    ["participant: own commitment", "p1a", async () => ["commitments", await throwaway.commitment("p1a", "c1")], true],
    ["participant: a peer's commitment", "p1a", async () => ["commitments", await throwaway.commitment("p1b", "c1")], false],
    ["trainer: a commitment in own cohort", "t1", async () => ["commitments", await throwaway.commitment("p1b", "c1")], true],
    ["trainer: a commitment in another cohort", "t2", async () => ["commitments", await throwaway.commitment("p1a", "c1")], false],
    ["anonymous: a commitment", "anonymous", async () => ["commitments", await throwaway.commitment("p1a", "c1")], false],
    ["participant: own check-in", "p1a", async () => ["checkins", await throwaway.checkin("k1aCohort")], true],
    ["participant: a peer's check-in", "p1a", async () => ["checkins", await throwaway.checkin("k1bCohort")], false],
    ["trainer: a check-in in own cohort", "t1", async () => ["checkins", await throwaway.checkin("k1bCohort")], true],
    ["trainer: a check-in in another cohort", "t2", async () => ["checkins", await throwaway.checkin("k1aCohort")], false],
    ["participant: a peer", "p1a", async () => ["participants", ids.p1b!], false],
    ["trainer: a participant of another cohort", "t2", async () => ["participants", ids.p1a!], false],
    ["participant: own cohort", "p1a", async () => ["cohorts", ids.c1!], false],
    ["trainer: another trainer's cohort", "t1", async () => ["cohorts", ids.c2!], false],
    ["trainer: a follow-up", "t1", async () => ["followups", ids.f1!], false],
    ["trainer: another trainer", "t1", async () => ["trainers", ids.t2!], false],
    ["trainer: own account", "t1", async () => ["trainers", ids.t1!], false],
    ["anonymous: a participant", "anonymous", async () => ["participants", ids.p1a!], false],
    ["trainer: a participant's exercise result", "t1", async () => ["exercise_results", ids.er1b!], false],
    ["participant: a peer's exercise result", "p1a", async () => ["exercise_results", ids.er1b!], false],
  ];

  it.each(attempts.map(([name, role, target, allowed]) => ({ name, role, target, allowed })))(
    "$name ($role): allowed $allowed",
    async ({ role, target, allowed }) => {
    const [collection, id] = await target();
    const before = allowed ? "" : await snapshot();
    const status = await statusOf(as[role].collection(collection).delete(id));
    if (allowed) {
      expect(status).toBe(200);
      expect(await statusOf(admin.collection(collection).getOne(id))).toBe(404);
    } else {
      expect([400, 403, 404]).toContain(status);
      expect(await snapshot()).toBe(before);
    }
    },
  );

  it("a participant can delete their own participation, and their commitments and check-ins go with it", async () => {
    const trainer = await newTrainer(admin);
    const cohort = await newCohort(trainer.pb);
    const me = await joinAs(cohort.joinCode, "Leaving");
    const k = await me.pb.collection("commitments").create(commitment(me.record.id, cohort.id));
    const ch = await me.pb.collection("checkins").create({ commitment: k.id, status: "done", source: "app" });
    expect(await statusOf(me.pb.collection("participants").delete(me.record.id))).toBe(200);
    for (const [c, id] of [["participants", me.record.id], ["commitments", k.id], ["checkins", ch.id]] as const) {
      expect(await statusOf(admin.collection(c).getOne(id))).toBe(404);
    }
  });

  it("a trainer can remove a participant from their own cohort", async () => {
    const id = await throwaway.participant((await admin.collection("cohorts").getOne(ids.c1!)).joinCode);
    expect(await statusOf(as.t1.collection("participants").delete(id))).toBe(200);
  });
});
