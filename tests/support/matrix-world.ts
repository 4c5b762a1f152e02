// The world the access-matrix tests walk: two trainers with one cohort each; two participants in the
// first cohort (A and B), one in the second (C), each with their email address (a1a, a1b, a2); their
// commitments, check-ins, exercise results and follow-ups with known answer tokens; the first cohort's
// released belonging profile; and A's address signed in with an emailed code (role a1a). Every record
// carries a unique marker in its text, so a test can search any answer for what it must not hold. Each
// test file builds its own world.
import PocketBase from "pocketbase";
import { createHash, randomBytes } from "node:crypto";
import { inject } from "vitest";
import { client, clientId, confirmEmailOf, joinAs, newCohort, newTrainer, superuserClient, unique } from "./api";
import { addressLinkAt } from "./mail";
import { COLLECTION_NAMES, type CollectionName } from "../../src/lib/pocketbase-types";

export type Role = "anonymous" | "p1a" | "p1b" | "p2" | "a1a" | "t1" | "t2" | "superuser";
export const ROLES: Role[] = ["anonymous", "p1a", "p1b", "p2", "a1a", "t1", "t2", "superuser"];

// Every collection the migrations make: a new one fails the type check until LABELS covers it.
export const COLLECTIONS = COLLECTION_NAMES;
export type Collection = CollectionName;

/** The labelled records of each collection. */
export const LABELS: Record<Collection, string[]> = {
  trainers: ["t1", "t2"],
  cohorts: ["c1", "c2"],
  addresses: ["a1a", "a1b", "a2"],
  participants: ["p1a", "p1b", "p2"],
  commitments: ["k1aPrivate", "k1aCohort", "k1bCohort", "k1bHidden", "k2Cohort"],
  checkins: ["ch1a", "ch1b", "ch2"],
  followups: ["f1a", "f1b", "f2"],
  exercise_results: ["er1a", "er1b", "er2"],
  belonging_profiles: ["bp1"],
  reach_channels: ["r1a", "r1b", "r2"],
  // A wall card has its commitment's id, so it goes by its commitment's label: only the shared, unhidden ones have one.
  wall_cards: ["k1aCohort", "k1bCohort", "k2Cohort"],
  // Each cohort's result measure (the client's figures) and one value of it.
  result_measures: ["rm1", "rm2"],
  result_values: ["rv1", "rv2"],
  // Cohort 1's trainer paired A and B, who both agreed; A encouraged B, B saw A do their shared commitment.
  // The buddy collections are the server's alone: only its routes read or write them (lib/buddies.js).
  buddy_pairs: ["bp1ab"],
  buddy_members: ["bm1a", "bm1b"],
  buddy_encouragements: ["be1a"],
  buddy_observations: ["bo1b"],
  buddy_nudges: [],
  // Cohort 2's trainer lets participants choose their buddy, and C is looking.
  buddy_wishes: ["bw2"],
  // A's supervisor (s1) sees A's cohort commitment, C's (s2) C's; each tapped "observed" with a note.
  supervisors: ["s1", "s2"],
  supervisor_links: ["sl1a", "sl2"],
  supervisor_shares: ["ss1a", "ss2"],
  supervisor_marks: ["sm1a", "sm2"],
};

const ALL = LABELS;
const NONE: Record<Collection, string[]> = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as never;

/** Which labelled records each role may read (list, view, and receive realtime events for): exactly these. */
export const VISIBLE: Record<Role, Record<Collection, string[]>> = {
  anonymous: NONE,
  p1a: {
    ...NONE,
    cohorts: ["c1"],
    participants: ["p1a"],
    // Own commitments, and peers' shared with the cohort unless the trainer hid them from the wall.
    commitments: ["k1aPrivate", "k1aCohort", "k1bCohort"],
    checkins: ["ch1a"],
    exercise_results: ["er1a"],
    // A channel choice holds a mobile number: its participant's alone, not even their trainer's.
    reach_channels: ["r1a"],
    // The cohort's wall: neither private nor hidden commitments have a card.
    wall_cards: ["k1aCohort", "k1bCohort"],
  },
  p1b: {
    ...NONE,
    cohorts: ["c1"],
    participants: ["p1b"],
    commitments: ["k1aCohort", "k1bCohort", "k1bHidden"],
    checkins: ["ch1b"],
    exercise_results: ["er1b"],
    reach_channels: ["r1b"],
    wall_cards: ["k1aCohort", "k1bCohort"],
  },
  p2: {
    ...NONE,
    cohorts: ["c2"],
    participants: ["p2"],
    commitments: ["k2Cohort"],
    checkins: ["ch2"],
    exercise_results: ["er2"],
    reach_channels: ["r2"],
    wall_cards: ["k2Cohort"],
  },
  // An address's session (after an emailed code) reads no record at all, not even its own address:
  // it only chooses among its participations (POST /api/jiannuo/address/sign-in).
  a1a: NONE,
  t1: {
    ...NONE,
    trainers: ["t1"],
    cohorts: ["c1"],
    participants: ["p1a", "p1b"],
    commitments: ["k1aPrivate", "k1aCohort", "k1bCohort", "k1bHidden"],
    checkins: ["ch1a", "ch1b"],
    followups: ["f1a", "f1b"],
    wall_cards: ["k1aCohort", "k1bCohort"],
    // The client's figures are the trainer's alone: no participant reads a measure or a value.
    result_measures: ["rm1"],
    result_values: ["rv1"],
    // Individual exercise results stay private; the released profile (bp1) reaches t1 through the dashboard
    // route only: the collection is the server's.
  },
  t2: {
    ...NONE,
    trainers: ["t2"],
    cohorts: ["c2"],
    participants: ["p2"],
    commitments: ["k2Cohort"],
    checkins: ["ch2"],
    followups: ["f2"],
    wall_cards: ["k2Cohort"],
    result_measures: ["rm2"],
    result_values: ["rv2"],
  },
  superuser: ALL,
};

/** Fields nobody but a superuser may read, filter or sort on, by collection. */
export const HIDDEN_FIELDS: Partial<Record<Collection, string[]>> = {
  trainers: ["password", "tokenKey"],
  addresses: ["password", "tokenKey"],
  // Which address a participant gave: a trainer comparing it with a participant they made up would learn an email.
  participants: ["password", "tokenKey", "joinKeyHash", "deviceHash", "address"],
  followups: ["tokenHash"],
  // Whose card it is: the wall shows a name only where the cohort shows names.
  wall_cards: ["participant"],
  // A supervisor's email and link token: the server's alone (the collection is, too).
  supervisors: ["contact", "tokenSeries", "tokenHash"],
};

export interface World {
  admin: PocketBase;
  as: Record<Role, PocketBase>;
  /** Record ids by label (t1, c1, p1a, k1aPrivate, ch1a, f1a, er1a, …). */
  ids: Record<string, string>;
  /** Participants', their addresses' and trainers' emails by label (p1a and a1a have the same). */
  emails: Record<string, string>;
  /** A unique text inside each labelled record (names, actions, notes; a channel choice's mobile number), by label. */
  marks: Record<string, string>;
  /**
   * The answer token of each follow-up (f1a, f1b, f2), the confirmation link token of A's address (a1a),
   * and each supervisor's link token (s1, s2).
   */
  tokens: Record<string, string>;
  /** Each supervisor's email (s1, s2): only the participant who named them reads it. */
  supervisorEmails: Record<string, string>;
  /** Cohort labels by participant or trainer label. */
  cohortOf: Record<string, string>;
}

/** Replaces "@label" strings (also inside objects and arrays) with the labelled record's id. */
export function resolve<T>(value: T, ids: Record<string, string>): T {
  if (typeof value === "string" && value.startsWith("@")) {
    const id = ids[value.slice(1)];
    if (!id) throw new Error(`unknown label ${value}`);
    return id as T;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, ids)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ids)])) as T;
  }
  return value;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** A token of the form the server issues: 43 letters and digits. */
export const newToken = () =>
  randomBytes(64)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 43);

export function commitmentBody(participant: string, cohort: string, extra: Record<string, unknown> = {}) {
  return {
    participant,
    cohort,
    module: "eoac",
    kind: "personal",
    action: "每周给同事一条具体反馈",
    confidence: 8,
    visibility: "private",
    status: "planned",
    ...extra,
  };
}

/**
 * Builds a world. With `consent`, the participants agreed to follow-up emails, so the follow-up job
 * plans rounds for them (only the routes' tests want that: a planned follow-up is a record too).
 */
export async function buildWorld({ consent = false } = {}): Promise<World> {
  const admin = await superuserClient();
  const as = { anonymous: client(), superuser: admin } as Record<Role, PocketBase>;
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const marks: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const cohortOf: Record<string, string> = { p1a: "c1", p1b: "c1", p2: "c2", t1: "c1", t2: "c2", a1a: "c1" };
  const mark = (label: string) => (marks[label] = `MARK-${label}-${unique("")}`);

  for (const t of ["t1", "t2"] as const) {
    const trainer = await newTrainer(admin, mark(t));
    as[t] = trainer.pb;
    ids[t] = trainer.record.id;
    emails[t] = trainer.email;
  }
  for (const [c, t] of [
    ["c1", "t1"],
    ["c2", "t2"],
  ] as const) {
    // Ended a month ago, so follow-up rounds are due (the routes' tests send them).
    const cohort = await newCohort(as[t], {
      name: mark(c),
      organization: `Org ${marks[c]}`,
      startsOn: "2026-10-20",
      endsOn: "2026-10-21",
    });
    ids[c] = cohort.id;
  }
  for (const p of ["p1a", "p1b", "p2"] as const) {
    emails[p] = `${unique(p)}@example.com`;
    const code = (await admin.collection("cohorts").getOne(ids[cohortOf[p]!]!)).joinCode;
    // B agreed to be named in the report; A did not.
    const device = randomBytes(32).toString("base64url");
    const joined = await joinAs(code, mark(p), {
      email: emails[p],
      followUpConsent: consent,
      namedInReport: p === "p1b",
      device,
    });
    as[p] = joined.pb;
    ids[p] = joined.record.id;
    const a = p.replace("p", "a");
    ids[a] = (await admin.collection("participants").getOne(joined.record.id))["address"];
    emails[a] = emails[p]!;
    // As if the address's owner had confirmed (tests/integration/addresses.test.ts does it for real).
    if (consent) await confirmEmailOf(admin, joined.record.id);
  }
  // A's address signed in (as an emailed code does; the code itself is tested in sign-in-code.test.ts),
  // and the link of a confirmation email to it.
  as.a1a = await admin.collection("addresses").impersonate(ids.a1a!, 3600);
  tokens.a1a = addressLinkAt(ids.a1a!, Date.now());
  const commitments: Array<[string, "p1a" | "p1b" | "p2", Record<string, unknown>]> = [
    ["k1aPrivate", "p1a", {}],
    ["k1aCohort", "p1a", { visibility: "cohort" }],
    ["k1bCohort", "p1b", { visibility: "cohort" }],
    ["k1bHidden", "p1b", { visibility: "cohort" }],
    ["k2Cohort", "p2", { visibility: "cohort" }],
  ];
  for (const [label, p, extra] of commitments) {
    const body = commitmentBody(ids[p]!, ids[cohortOf[p]!]!, { action: mark(label), ...extra });
    ids[label] = (await as[p].collection("commitments").create(body)).id;
  }
  await as.t1.collection("commitments").update(ids.k1bHidden!, { hidden: true });
  for (const [label, p, k] of [
    ["ch1a", "p1a", "k1aCohort"],
    ["ch1b", "p1b", "k1bCohort"],
    ["ch2", "p2", "k2Cohort"],
  ] as const) {
    const body = { commitment: ids[k], status: "in_progress", source: "app", note: mark(label), shareable: true };
    ids[label] = (await as[p].collection("checkins").create(body)).id;
  }
  for (const [label, p] of [
    ["er1a", "p1a"],
    ["er1b", "p1b"],
    ["er2", "p2"],
  ] as const) {
    const summary = { identification: 4, security: 3, value: 5, engagement: 2, weakest: "engagement" };
    const body = {
      participant: ids[p],
      cohort: ids[cohortOf[p]!],
      exercise: "belonging-assessment",
      module: "belonging",
      summary,
    };
    ids[label] = (await as[p].collection("exercise_results").create(body)).id;
  }
  await buildBuddies(as, ids, mark);
  // Each participant chose SMS with their own (unique) mobile number.
  for (const [label, p] of [
    ["r1a", "p1a"],
    ["r1b", "p1b"],
    ["r2", "p2"],
  ] as const) {
    marks[label] = `139${String(randomBytes(4).readUInt32BE(0) % 100000000).padStart(8, "0")}`;
    const body = { participant: ids[p], channel: "sms", mobile: marks[label], consent: true };
    ids[label] = (await as[p].collection("reach_channels").create(body)).id;
  }
  const shown = { f1a: ["k1aPrivate", "k1aCohort"], f1b: ["k1bCohort", "k1bHidden"], f2: ["k2Cohort"] };
  // As the server releases it from ten answers (made here directly: the world has three participants).
  ids["bp1"] = (
    await admin.collection("belonging_profiles").create({
      cohort: ids.c1,
      answers: 12,
      identification: 3.9,
      security: 3.1,
      value: 4.2,
      engagement: 2.8,
      noise: 0.33,
    })
  ).id;
  for (const [label, p] of [
    ["f1a", "p1a"],
    ["f1b", "p1b"],
    ["f2", "p2"],
  ] as const) {
    tokens[label] = newToken();
    // A follow-up already sent (the job leaves it alone), with the hash of its answer token and the
    // commitments its email showed (the only ones its links answer).
    const record = await admin.collection("followups").create({
      participant: ids[p],
      cohort: ids[cohortOf[p]!],
      kind: "round",
      round: 1,
      dueAt: "2026-10-28 01:00:00Z",
      state: "sent",
      sentAt: "2026-10-28 01:00:00Z",
      attempts: 1,
      tokenHash: sha256(tokens[label]!),
      tokenExpiresAt: "2099-01-01 00:00:00Z",
      shownCommitments: shown[label].map((k) => ids[k]),
    });
    ids[label] = record.id;
  }
  // Each trainer's result measure for their cohort, with its baseline and one later value.
  for (const [m, v, t] of [
    ["rm1", "rv1", "t1"],
    ["rm2", "rv2", "t2"],
  ] as const) {
    const measure = await as[t].collection("result_measures").create({
      cohort: ids[cohortOf[t]!],
      name: mark(m),
      unit: "‰",
      direction: "lower",
      baseline: 4.2,
      baselineOn: "2026-10-01",
      modules: "eoac",
    });
    ids[m] = measure.id;
    ids[v] = (
      await as[t].collection("result_values").create({ measure: measure.id, value: 2, measuredOn: "2026-12-01" })
    ).id;
  }
  const supervisorEmails: Record<string, string> = {};
  for (const [s, p, k, link, share, tap] of [
    ["s1", "p1a", "k1aCohort", "sl1a", "ss1a", "sm1a"],
    ["s2", "p2", "k2Cohort", "sl2", "ss2", "sm2"],
  ] as const) {
    supervisorEmails[s] = `${unique(s)}@example.com`;
    const named = await call(as[p], "POST", "/api/jiannuo/me/supervisor", {
      name: mark(link),
      email: supervisorEmails[s],
      commitments: [ids[k]],
    });
    if (named.status !== 200) throw new Error(`naming ${s} answered ${named.status}: ${named.text}`);
    const supervisor = await admin
      .collection("supervisors")
      .getFirstListItem(admin.filter("contact = {:c}", { c: supervisorEmails[s] }));
    ids[s] = supervisor.id;
    // As a digest would set it (tests/integration/supervisors.test.ts follows a real digest's link).
    tokens[s] = newToken();
    await admin
      .collection("supervisors")
      .update(supervisor.id, { tokenHash: sha256(tokens[s]!), tokenExpiresAt: "2099-01-01 00:00:00Z" });
    ids[link] = (await admin.collection("supervisor_links").getFirstListItem(`supervisor = "${supervisor.id}"`)).id;
    ids[share] = (await admin.collection("supervisor_shares").getFirstListItem(`link = "${ids[link]}"`)).id;
    const tapped = await call(as.anonymous, "POST", "/api/jiannuo/supervisor/mark", {
      t: tokens[s],
      c: ids[k],
      kind: "observed",
      note: mark(tap),
    });
    if (tapped.status !== 200) throw new Error(`marking as ${s} answered ${tapped.status}: ${tapped.text}`);
    ids[tap] = (await admin.collection("supervisor_marks").getFirstListItem(`link = "${ids[link]}"`)).id;
  }
  return { admin, as, ids, emails, marks, tokens, cohortOf, supervisorEmails };
}

/** A route call that must succeed; answers the parsed body. */
export async function callOk(pb: PocketBase, method: string, path: string, body?: unknown) {
  const res = await call(pb, method, path, body);
  if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return JSON.parse(res.text);
}

/** Cohort 1's buddies, made through the routes as the trainer and participants do (see LABELS). */
async function buildBuddies(
  as: Record<Role, PocketBase>,
  ids: Record<string, string>,
  mark: (label: string) => string,
) {
  const pairs = await callOk(as.t1, "POST", `/api/jiannuo/cohorts/${ids.c1}/buddies/random`);
  ids.bp1ab = pairs.pairs[0].id;
  for (const p of ["p1a", "p1b"] as const)
    await callOk(as[p], "POST", "/api/jiannuo/me/buddies/consent", { agree: true });
  for (const p of ["p1a", "p1b"] as const)
    ids[p.replace("p", "bm")] = (
      await as.superuser.collection("buddy_members").getFirstListItem(`participant = "${ids[p]}"`)
    ).id;
  ids.be1a = clientId();
  await callOk(as.p1a, "POST", "/api/jiannuo/me/buddies/encourage", { id: ids.be1a, to: ids.p1b, words: mark("be1a") });
  await as.t2.collection("cohorts").update(ids.c2!, { buddyChoice: true });
  await callOk(as.p2, "POST", "/api/jiannuo/me/buddies/choose", { looking: true });
  ids.bw2 = (await as.superuser.collection("buddy_wishes").getFirstListItem(`participant = "${ids.p2}"`)).id;
  ids.bo1b = clientId();
  await callOk(as.p1b, "POST", "/api/jiannuo/me/buddies/observe", { id: ids.bo1b, commitment: ids.k1aCohort });
}

/** The label of a record id in the world, or "unlabelled:<id>". */
export function labelOf(world: World, id: string): string {
  return Object.keys(world.ids).find((label) => world.ids[label] === id) ?? `unlabelled:${id}`;
}

/** A raw request with the role's token; status and body text, never throwing. */
export async function call(pb: PocketBase, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (pb.authStore.token) headers["Authorization"] = pb.authStore.token;
  if (body !== undefined) headers["content-type"] = "application/json";
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(`${inject("pocketbase").url}${path}`, init);
  return { status: res.status, text: await res.text() };
}
