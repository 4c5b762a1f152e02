// The access matrix of the custom routes (pb_hooks/*.pb.js) and of PocketBase's own admin routes:
// route × role → expected status; and wherever a route answers 200, its body holds nothing of another
// trainer's cohort or of another participant (names, texts, emails, answer tokens, hashes).
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, call, resolve, ROLES, sha256, newToken, type Role, type World } from "../support/matrix-world";

let w: World;
beforeAll(async () => {
  w = await buildWorld({ consent: true });
});

/** Whose data a role may meet in an answer: a trainer their cohort's, a participant their own. */
const OWN: Record<Role, string[]> = {
  anonymous: [],
  // A participant's channel choice (r…, its mobile number) is theirs alone: never their trainer's.
  // So is the supervisor they named (sl…, its name) and what that supervisor noted for them (sm…).
  p1a: ["p1a", "c1", "k1aPrivate", "k1aCohort", "ch1a", "r1a", "sl1a", "sm1a"],
  p1b: ["p1b", "c1", "k1bCohort", "k1bHidden", "ch1b", "r1b"],
  p2: ["p2", "c2", "k2Cohort", "ch2", "r2", "sl2", "sm2"],
  // A's address (signed in with a code) sees which cohorts it joined and under which name, nothing more.
  a1a: ["p1a", "c1"],
  // A trainer's own result measures (their names) are in their cohort's report.
  t1: ["t1", "c1", "p1a", "p1b", "k1aPrivate", "k1aCohort", "k1bCohort", "k1bHidden", "ch1a", "ch1b", "rm1"],
  t2: ["t2", "c2", "p2", "k2Cohort", "ch2", "rm2"],
  superuser: [],
};

/** The cohorts' current join codes, by cohort label (a route may have just renewed one). */
async function joinCodes(): Promise<Record<string, string>> {
  const codes: Record<string, string> = {};
  for (const c of ["c1", "c2"]) codes[c] = (await w.admin.collection("cohorts").getOne(w.ids[c]!))["joinCode"];
  return codes;
}

/** Every secret of the world the answer holds although `role` must not see it (empty = no leak). */
function leaks(
  text: string,
  role: Role,
  alsoForbidden: string[] = [],
  shows: string[] = [],
  codes: Record<string, string> = {},
): string[] {
  if (role === "superuser") return []; // superusers administer the server: they may see anything
  const found: string[] = [];
  // A join code is its trainer's alone: not even the cohort's participants, nor whoever joins with it, get it back.
  const ownCohort = role.startsWith("t") ? w.cohortOf[role] : undefined;
  for (const [label, code] of Object.entries(codes))
    if (label !== ownCohort && text.includes(code)) found.push(`join code of ${label}`);
  for (const [label, mark] of Object.entries(w.marks)) {
    const mayShow = (OWN[role].includes(label) || shows.includes(label)) && !alsoForbidden.includes(label);
    if (!mayShow && text.includes(mark)) found.push(`mark of ${label}`);
  }
  // Trainers never see participants' emails; a participant sees only their own (in their own export),
  // and an address's session its own.
  const mine =
    role === "a1a"
      ? ["a1a", "p1a"]
      : role === "p1a"
        ? ["p1a", "a1a"]
        : role === "p1b"
          ? ["p1b", "a1b"]
          : role === "p2"
            ? ["p2", "a2"]
            : [role];
  for (const [label, email] of Object.entries(w.emails))
    if (!mine.includes(label) && text.includes(email)) found.push(`email of ${label}`);
  // A supervisor's email: the participant who named them only.
  const namedBy: Record<string, Role> = { s1: "p1a", s2: "p2" };
  for (const [label, email] of Object.entries(w.supervisorEmails))
    if (namedBy[label] !== role && text.includes(email)) found.push(`email of ${label}`);
  for (const [label, token] of Object.entries(w.tokens)) {
    if (text.includes(token) || text.includes(sha256(token))) found.push(`token of ${label}`);
  }
  for (const key of ["joinKeyHash", "deviceHash", "tokenKey", "tokenHash", "password"])
    if (text.includes(`"${key}"`)) found.push(`field ${key}`);
  return found;
}

type Expect = Record<Role, number>;
/** A trainer's route on a cohort: its trainer 200, another trainer 404 (as if it did not exist). */
const trainerOf = (owner: "t1" | "t2"): Expect => ({
  anonymous: 401,
  p1a: 403,
  p1b: 403,
  p2: 403,
  a1a: 403,
  superuser: 403,
  t1: owner === "t1" ? 200 : 404,
  t2: owner === "t2" ? 200 : 404,
});
const PARTICIPANTS: Expect = {
  anonymous: 401,
  p1a: 200,
  p1b: 200,
  p2: 200,
  a1a: 403,
  t1: 403,
  t2: 403,
  superuser: 403,
};
const SUPERUSER: Expect = { anonymous: 401, p1a: 403, p1b: 403, p2: 403, a1a: 403, t1: 403, t2: 403, superuser: 200 };
const ANYONE: Expect = { anonymous: 200, p1a: 200, p1b: 200, p2: 200, a1a: 200, t1: 200, t2: 200, superuser: 200 };
const NOBODY_400: Expect = { anonymous: 400, p1a: 400, p1b: 400, p2: 400, a1a: 400, t1: 400, t2: 400, superuser: 400 };
const NOBODY_403: Expect = { anonymous: 403, p1a: 403, p1b: 403, p2: 403, a1a: 403, t1: 403, t2: 403, superuser: 403 };
const NOBODY_404: Expect = { anonymous: 404, p1a: 404, p1b: 404, p2: 404, a1a: 404, t1: 404, t2: 404, superuser: 404 };
/** The routes of an address's session (after an emailed code); `own` is what that session gets. */
const ADDRESS = (own: number): Expect => ({
  anonymous: 401,
  p1a: 403,
  p1b: 403,
  p2: 403,
  a1a: own,
  t1: 403,
  t2: 403,
  superuser: 403,
});

interface RouteCase {
  route: string;
  method: "GET" | "POST";
  /** "@label" parts are record ids; "{f1a}" parts are answer tokens. */
  path: string;
  body?: Record<string, unknown> | ((w: World) => Promise<Record<string, unknown>>);
  expect: Expect;
  /** Labels that must not appear even though they are the role's own (e.g. unnamed people in the report). */
  alsoForbidden?: string[];
  /** What the credential in the request (a join code, an answer link) shows whoever holds it. */
  shows?: string[];
  /** What a role may see beyond its own (a buddy's partner's shared commitments). */
  showsFor?: Partial<Record<Role, string[]>>;
}

const COHORT_ROUTES: RouteCase[] = (["c1", "c2"] as const).flatMap((c) => {
  const owner = c === "c1" ? "t1" : "t2";
  const base = `/api/jiannuo/cohorts/@${c}`;
  return [
    { route: "dashboard", method: "GET", path: `${base}/dashboard`, expect: trainerOf(owner) },
    {
      route: "participants table",
      method: "GET",
      path: `${base}/participants?sort=-commitments`,
      expect: trainerOf(owner),
    },
    { route: "commitments CSV", method: "GET", path: `${base}/export.csv?what=commitments`, expect: trainerOf(owner) },
    { route: "check-ins CSV", method: "GET", path: `${base}/export.csv?what=checkins`, expect: trainerOf(owner) },
    // A did not agree to be named in the report (B did; C is in the other cohort). A's private commitment
    // and B's card the trainer hid reach the company's report only as counts.
    {
      route: "report",
      method: "GET",
      path: `${base}/report`,
      expect: trainerOf(owner),
      alsoForbidden: ["p1a", "k1aPrivate", "k1bHidden"],
    },
    { route: "follow-up preview", method: "GET", path: `${base}/followups/preview`, expect: trainerOf(owner) },
    { route: "follow-up send now", method: "POST", path: `${base}/followups/send-now`, expect: trainerOf(owner) },
    { route: "new join code", method: "POST", path: `${base}/join-code`, expect: trainerOf(owner) },
    // A cohort's group robots: shown to its trainer as last characters, set by that trainer only.
    { route: "group robots", method: "GET", path: `${base}/robots`, expect: trainerOf(owner) },
    {
      route: "set a group robot",
      method: "POST",
      path: `${base}/robots`,
      body: { channel: "wecom_robot", webhook: "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0" },
      expect: trainerOf(owner),
    },
    // How many supervisor links are proposed, active, withdrawn: counts only, its trainer only.
    { route: "supervisor counts", method: "GET", path: `${base}/supervisors`, expect: trainerOf(owner) },
    // The trainer's list only proposes; another trainer's cohort is as if it did not exist.
    {
      route: "propose supervisors",
      method: "POST",
      path: "/api/jiannuo/supervisors/propose",
      body: async (w: World) => ({
        cohort: w.ids[c],
        list: `${w.marks[c === "c1" ? "p1b" : "p2"]}, 李班长, ${c}-lead@example.com`,
      }),
      expect: trainerOf(owner),
    },
    // Per channel: sent, failed by reason, answered, previews for a made-up participant: its trainer only.
    { route: "channel figures", method: "GET", path: `${base}/channels`, expect: trainerOf(owner) },
    // Cohort 1's profile is released (the same one comes back); cohort 2 has too few answers (409).
    {
      route: "release the belonging profile",
      method: "POST",
      path: `${base}/belonging`,
      expect: owner === "t1" ? trainerOf(owner) : { ...trainerOf(owner), t2: 409 },
    },
    // A single-use link to one of the cohort's participants' sessions (the answer holds only its token).
    {
      route: "re-join link",
      method: "POST",
      path: `${base}/participants/@${c === "c1" ? "p1a" : "p2"}/rejoin`,
      expect: trainerOf(owner),
    },
    // The cohort is the trainer's, the participant is not in it: as if neither existed.
    {
      route: "re-join link for another cohort's participant",
      method: "POST",
      path: `${base}/participants/@${c === "c1" ? "p2" : "p1a"}/rejoin`,
      expect: { ...trainerOf(owner), [owner]: 404 },
    },
    // Buddies: the pairs and consents (names only, never words); pairing and moving its trainer's alone.
    { route: "buddy pairs", method: "GET", path: `${base}/buddies`, expect: trainerOf(owner) },
    { route: "pair at random", method: "POST", path: `${base}/buddies/random`, expect: trainerOf(owner) },
    {
      route: "move another cohort's participant into a pair",
      method: "POST",
      path: `${base}/buddies/move`,
      body: { participant: c === "c1" ? "@p2" : "@p1a", pair: "new" },
      expect: { ...trainerOf(owner), [owner]: 400 },
    },
  ] satisfies RouteCase[];
});

const ROUTES: RouteCase[] = [
  ...COHORT_ROUTES,
  // A result measure's values from CSV: its cohort's trainer only; another trainer's measure is as if it did not exist.
  ...(["rm1", "rm2"] as const).map((m): RouteCase => ({
    route: `import result values (${m})`,
    method: "POST",
    path: "/api/jiannuo/results/import",
    body: { measure: `@${m}`, csv: "date,value\n2026-12-02,1.5" },
    expect: trainerOf(m === "rm1" ? "t1" : "t2"),
  })),
  {
    route: "dashboard of a cohort that does not exist",
    method: "GET",
    path: "/api/jiannuo/cohorts/nosuchcohort00/dashboard",
    expect: { ...trainerOf("t1"), t1: 404 },
  },
  // A's encouragement to B is in both their exports: A wrote it, B received it.
  {
    route: "my data",
    method: "GET",
    path: "/api/jiannuo/me/export",
    expect: PARTICIPANTS,
    showsFor: { p1a: ["be1a"], p1b: ["be1a"] },
  },
  { route: "channels I may choose", method: "GET", path: "/api/jiannuo/me/reach", expect: PARTICIPANTS },
  // A participant's supervisors and their notes: their own only (A's and C's are in the world).
  { route: "my supervisors", method: "GET", path: "/api/jiannuo/me/supervisor", expect: PARTICIPANTS },
  // Naming one shares nothing of anyone else; a commitment not the caller's is refused (below).
  {
    route: "name a supervisor, sharing nothing yet",
    method: "POST",
    path: "/api/jiannuo/me/supervisor",
    body: { name: "新主管", email: "new-boss@example.com", commitments: [] },
    expect: PARTICIPANTS,
  },
  {
    route: "share B's commitment with a supervisor",
    method: "POST",
    path: "/api/jiannuo/me/supervisor",
    body: { name: "新主管", email: "new-boss@example.com", commitments: ["@k1bCohort"] },
    expect: { ...PARTICIPANTS, p1a: 400, p1b: 200, p2: 400 },
  },
  {
    route: "withdraw C's supervisor (C alone may)",
    method: "POST",
    path: "/api/jiannuo/me/supervisor/withdraw",
    body: { link: "@sl2" },
    expect: { ...PARTICIPANTS, p1a: 404, p1b: 404, p2: 200 },
  },
  // The supervisor's link is the credential: whoever holds s1's link sees what A shared with s1 (A's name,
  // the cohort commitment, s1's own note), nothing of A's private commitment, check-in notes or other teams.
  {
    route: "supervisor page with s1's link",
    method: "POST",
    path: "/api/jiannuo/supervisor/view",
    body: { t: "{s1}" },
    expect: ANYONE,
    shows: ["p1a", "k1aCohort", "sm1a"],
  },
  // The link came to the supervisor: whoever holds it may stop (or resume) that supervisor's weekly notes.
  {
    route: "supervisor stops the weekly notes with s1's link",
    method: "POST",
    path: "/api/jiannuo/supervisor/stop",
    body: { t: "{s1}" },
    expect: ANYONE,
    shows: ["p1a", "k1aCohort", "sm1a"],
  },
  {
    route: "supervisor tap with s1's link",
    method: "POST",
    path: "/api/jiannuo/supervisor/mark",
    body: { t: "{s1}", c: "@k1aCohort", kind: "discussed" },
    expect: ANYONE,
    shows: ["p1a", "k1aCohort", "sm1a"],
  },
  // A tablet's wall as it opens: its own cohort's room settings (and the count while covered).
  { route: "the tablet's wall", method: "GET", path: "/api/jiannuo/wall", expect: PARTICIPANTS },
  // The same answer whatever the participant's address is (known, confirmed, unsubscribed): nothing to leak.
  {
    route: "send my confirmation email again",
    method: "POST",
    path: "/api/jiannuo/me/confirmation",
    body: {},
    expect: PARTICIPANTS,
  },
  {
    route: "an address's participations",
    method: "GET",
    path: "/api/jiannuo/address/participations",
    expect: ADDRESS(200),
  },
  {
    route: "an address signs in as its participant",
    method: "POST",
    path: "/api/jiannuo/address/sign-in",
    body: { participant: "@p1a" },
    expect: ADDRESS(200),
  },
  {
    route: "an address signs in as another's participant",
    method: "POST",
    path: "/api/jiannuo/address/sign-in",
    body: { participant: "@p1b" },
    expect: ADDRESS(404),
  },
  // The confirmation email's link is the credential: whoever holds A's link sees A's cohorts (no names).
  {
    route: "confirmation page with A's address link",
    method: "POST",
    path: "/api/jiannuo/confirm",
    body: { t: "{a1a}" },
    expect: ANYONE,
    shows: ["c1"],
  },
  {
    route: "confirmation page confirming B with A's link",
    method: "POST",
    path: "/api/jiannuo/confirm",
    body: { t: "{a1a}", action: "confirm", participant: "@p1b" },
    expect: NOBODY_404,
  },
  // Nothing secret: the public address and whether mail is configured; it must hold no one's data.
  { route: "site information", method: "GET", path: "/api/jiannuo/site", expect: ANYONE },
  { route: "follow-up job run", method: "POST", path: "/api/jiannuo/followups/run", expect: SUPERUSER },
  // The answer link is the credential: whoever holds A's link sees A's commitment, and only that.
  {
    route: "check-in page with A's link",
    method: "POST",
    path: "/api/jiannuo/checkin/view",
    body: { t: "{f1a}", c: "@k1aCohort" },
    expect: ANYONE,
    shows: ["p1a", "k1aCohort"],
  },
  {
    route: "check-in page with A's link (pages loaded before tokens left URLs)",
    method: "GET",
    path: "/api/jiannuo/checkin?t={f1a}&c=@k1aCohort",
    expect: ANYONE,
    shows: ["p1a", "k1aCohort"],
  },
  {
    route: "check-in answer with A's link",
    method: "POST",
    path: "/api/jiannuo/checkin",
    body: { t: "{f1a}", c: "@k1aCohort", s: "in_progress", note: "ok", shareable: false },
    expect: ANYONE,
    shows: ["p1a", "k1aCohort"],
  },
  {
    route: "join with the code of cohort 1",
    method: "POST",
    path: "/api/jiannuo/join",
    body: async (w) => ({ code: (await w.admin.collection("cohorts").getOne(w.ids.c1!)).joinCode, name: "Newcomer" }),
    expect: ANYONE,
    shows: ["c1"],
  },
  // Taking over B's participant record needs B's device secret, whoever asks.
  {
    route: "join as B without B's device key",
    method: "POST",
    path: "/api/jiannuo/join",
    body: async (w) => ({
      code: (await w.admin.collection("cohorts").getOne(w.ids.c1!)).joinCode,
      name: "B?",
      id: w.ids.p1b,
      joinKey: newToken(),
    }),
    expect: NOBODY_400,
  },
  // A and B are buddies who both agreed (tests/support/matrix-world.ts): each sees the other's name and
  // shared commitment, B the words A encouraged them with; C (other cohort) has no buddy.
  {
    route: "my buddies",
    method: "GET",
    path: "/api/jiannuo/me/buddies",
    expect: PARTICIPANTS,
    showsFor: { p1a: ["p1b", "k1bCohort"], p1b: ["p1a", "k1aCohort", "be1a"] },
  },
  {
    route: "agree to share with my buddy",
    method: "POST",
    path: "/api/jiannuo/me/buddies/consent",
    body: { agree: true },
    expect: { ...PARTICIPANTS, p2: 400 },
    showsFor: { p1a: ["p1b", "k1bCohort"], p1b: ["p1a", "k1aCohort", "be1a"] },
  },
  {
    route: "encourage B",
    method: "POST",
    path: "/api/jiannuo/me/buddies/encourage",
    body: { to: "@p1b", words: "加油" },
    expect: { ...PARTICIPANTS, p1b: 404, p2: 404 },
  },
  {
    route: "saw B do their shared commitment",
    method: "POST",
    path: "/api/jiannuo/me/buddies/observe",
    body: { commitment: "@k1bCohort" },
    expect: { ...PARTICIPANTS, p1b: 404, p2: 404 },
  },
  {
    route: "saw A do their private commitment",
    method: "POST",
    path: "/api/jiannuo/me/buddies/observe",
    body: { commitment: "@k1aPrivate" },
    expect: { ...PARTICIPANTS, p1a: 404, p1b: 404, p2: 404 },
  },
  // Only cohort 2 lets participants choose (C is looking); A and B are paired already.
  {
    route: "look for a buddy",
    method: "POST",
    path: "/api/jiannuo/me/buddies/choose",
    body: { looking: true },
    expect: { ...PARTICIPANTS, p1a: 400, p1b: 400 },
  },
  { route: "my cohort's progress board", method: "GET", path: "/api/jiannuo/me/board", expect: PARTICIPANTS },
  {
    route: "leave the progress board",
    method: "POST",
    path: "/api/jiannuo/me/board",
    body: { optIn: false },
    expect: PARTICIPANTS,
  },
  // PocketBase's own administration: superusers only.
  { route: "collections", method: "GET", path: "/api/collections", expect: SUPERUSER },
  { route: "settings", method: "GET", path: "/api/settings", expect: SUPERUSER },
  { route: "logs", method: "GET", path: "/api/logs", expect: SUPERUSER },
  { route: "backups", method: "GET", path: "/api/backups", expect: SUPERUSER },
  {
    route: "impersonate B",
    method: "POST",
    path: "/api/collections/participants/impersonate/@p1b",
    body: { duration: 60 },
    expect: SUPERUSER,
  },
  // The batch API is off: no way around the rules by bundling writes (here A writing for B).
  {
    route: "batch",
    method: "POST",
    path: "/api/batch",
    body: {
      requests: [
        {
          method: "POST",
          url: "/api/collections/commitments/records",
          body: {
            participant: "@p1b",
            cohort: "@c1",
            module: "eoac",
            kind: "personal",
            action: "x",
            confidence: 5,
            visibility: "private",
            status: "planned",
          },
        },
      ],
    },
    expect: NOBODY_403,
  },
  // Participants have no password sign-in at all (their record holds a hash no password matches).
  {
    route: "password sign-in as C",
    method: "POST",
    path: "/api/collections/participants/auth-with-password",
    body: { identity: "{email:p2}", password: "x" },
    expect: NOBODY_403,
  },
  {
    route: "password sign-in as C's address",
    method: "POST",
    path: "/api/collections/addresses/auth-with-password",
    body: { identity: "{email:a2}", password: "x" },
    expect: NOBODY_403,
  },
  // PocketBase's account emails for participants and addresses: closed (they would write to any address typed).
  {
    route: "verification email to C's address",
    method: "POST",
    path: "/api/collections/addresses/request-verification",
    body: { email: "{email:a2}" },
    expect: NOBODY_404,
  },
  {
    route: "email change of a participant",
    method: "POST",
    path: "/api/collections/participants/request-email-change",
    body: { newEmail: "{email:p2}" },
    expect: NOBODY_404,
  },
  {
    route: "email change of an address",
    method: "POST",
    path: "/api/collections/addresses/request-email-change",
    body: { newEmail: "{email:p2}" },
    expect: NOBODY_404,
  },
  {
    route: "impersonate A's address",
    method: "POST",
    path: "/api/collections/addresses/impersonate/@a1a",
    body: { duration: 60 },
    expect: SUPERUSER,
  },
];

/** Links with the wrong commitment, and a made-up token: a few only (failed tokens are rate-limited). */
const WRONG_LINKS: Array<[string, Role, "GET" | "POST", string, Record<string, unknown> | undefined]> = [
  ["A's link for B's commitment", "p1a", "GET", "/api/jiannuo/checkin?t={f1a}&c=@k1bCohort", undefined],
  ["A's link for C's commitment", "anonymous", "GET", "/api/jiannuo/checkin?t={f1a}&c=@k2Cohort", undefined],
  ["A's link viewing B's commitment", "p1a", "POST", "/api/jiannuo/checkin/view", { t: "{f1a}", c: "@k1bCohort" }],
  [
    "A's link answering for B's commitment",
    "p1a",
    "POST",
    "/api/jiannuo/checkin",
    { t: "{f1a}", c: "@k1bCohort", s: "done" },
  ],
  [
    "A's link answering for C's commitment",
    "t2",
    "POST",
    "/api/jiannuo/checkin",
    { t: "{f1a}", c: "@k2Cohort", s: "done" },
  ],
  ["a made-up token unsubscribing", "anonymous", "POST", "/api/jiannuo/unsubscribe?t={made-up}", undefined],
  ["a made-up token undoing an unsubscribe", "anonymous", "POST", "/api/jiannuo/unsubscribe/undo", { t: "{made-up}" }],
  [
    "a made-up token withdrawing a channel",
    "anonymous",
    "POST",
    "/api/jiannuo/reach/withdraw",
    { t: "{made-up}", ch: "sms" },
  ],
  ["a made-up confirmation link", "p1a", "POST", "/api/jiannuo/confirm", { t: "{made-up-address}" }],
  ["a made-up supervisor link", "anonymous", "POST", "/api/jiannuo/supervisor/view", { t: "{made-up}" }],
  ["a made-up supervisor link stopping", "p2", "POST", "/api/jiannuo/supervisor/stop", { t: "{made-up}" }],
  [
    "s1's link tapping A's private commitment (not shared)",
    "p1a",
    "POST",
    "/api/jiannuo/supervisor/mark",
    { t: "{s1}", c: "@k1aPrivate", kind: "observed" },
  ],
  [
    "s1's link tapping C's commitment (another team, another cohort)",
    "t2",
    "POST",
    "/api/jiannuo/supervisor/mark",
    { t: "{s1}", c: "@k2Cohort", kind: "observed" },
  ],
  [
    "C's link tapping B's commitment",
    "p1b",
    "POST",
    "/api/jiannuo/supervisor/mark",
    { t: "{s2}", c: "@k1bCohort", kind: "discussed", note: "x" },
  ],
];

/** Fills in ids ("@label"), tokens ("{f1a}", "{a1a}", "{made-up}", "{made-up-address}") and emails ("{email:p2}"). */
function fill(text: string): string {
  const made: Record<string, string> = {
    "made-up": "Z".repeat(43),
    "made-up-address": `${w.ids.a1a}0000000${"0".repeat(32)}`,
  };
  return text
    .replace(/@([A-Za-z0-9]+)/g, (m, label: string) => (w.ids[label] ? w.ids[label]! : m))
    .replace(/\{email:([a-z0-9]+)\}/g, (_, label: string) => w.emails[label]!)
    .replace(/\{([a-z0-9-]+)\}/g, (_, label: string) => made[label] ?? w.tokens[label]!);
}
const fillBody = (body: Record<string, unknown>) => JSON.parse(fill(JSON.stringify(resolve(body, w.ids))));

describe.each(ROUTES.map((r) => ({ ...r, name: `${r.method} ${r.path.replace(/\?.*/, "")} (${r.route})` })))(
  "$name",
  (r) => {
    it.each(ROLES)("%s", async (role) => {
      const body = typeof r.body === "function" ? await r.body(w) : r.body;
      const res = await call(w.as[role], r.method, fill(r.path), body && fillBody(body));
      expect({ role, status: res.status }).toEqual({ role, status: r.expect[role] });
      const shows = [...(r.shows ?? []), ...(r.showsFor?.[role] ?? [])];
      if (res.status === 200) expect(leaks(res.text, role, r.alsoForbidden, shows, await joinCodes())).toEqual([]);
    });
  },
);

describe("the leak detector", () => {
  it("finds another cohort's data in an answer (so a clean answer means something)", async () => {
    const res = await call(w.as.t2, "GET", fill("/api/jiannuo/cohorts/@c2/export.csv?what=checkins"));
    expect(leaks(res.text, "t1")).toEqual(expect.arrayContaining(["mark of p2", "mark of k2Cohort", "mark of ch2"]));
    expect(leaks(`{"joinKeyHash":"", "e": "${w.emails.p1a}"}`, "t1")).toEqual([
      "email of p1a",
      "email of a1a",
      "field joinKeyHash",
    ]);
    expect(leaks(`{"code": "ABCDEF"}`, "p1a", [], [], { c1: "ABCDEF" })).toEqual(["join code of c1"]);
    expect(leaks(`{"code": "ABCDEF"}`, "t1", [], [], { c1: "ABCDEF" })).toEqual([]);
  });
});

describe("follow-up links with the wrong commitment or token", () => {
  it.each(WRONG_LINKS)("%s (%s): 404, and nothing changes", async (_what, role, method, path, body) => {
    const before = JSON.stringify(
      await w.admin
        .collection("checkins")
        .getFullList({ filter: `commitment.cohort = "${w.ids.c1}" || commitment.cohort = "${w.ids.c2}"`, sort: "id" }),
    );
    const res = await call(w.as[role], method, fill(path), body && fillBody(body));
    expect(res.status).toBe(404);
    expect(leaks(res.text, "anonymous")).toEqual([]);
    const after = JSON.stringify(
      await w.admin
        .collection("checkins")
        .getFullList({ filter: `commitment.cohort = "${w.ids.c1}" || commitment.cohort = "${w.ids.c2}"`, sort: "id" }),
    );
    expect(after).toBe(before);
  });
});

describe("answering and unsubscribing through a link touch only the link's participant", () => {
  it.each(ROLES)("%s answering with A's link changes A's commitment only", async (role) => {
    const others = async () =>
      JSON.stringify(
        await w.admin.collection("commitments").getFullList({
          filter: `(cohort = "${w.ids.c1}" || cohort = "${w.ids.c2}") && participant != "${w.ids.p1a}"`,
          sort: "id",
        }),
      );
    const before = await others();
    const body = fillBody({ t: "{f1a}", c: "@k1aCohort", s: role === "t1" ? "planned" : "done" });
    expect((await call(w.as[role], "POST", "/api/jiannuo/checkin", body)).status).toBe(200);
    expect((await w.admin.collection("commitments").getOne(w.ids.k1aCohort!))["status"]).toBe(body.s);
    expect(await others()).toBe(before);
  });

  it.each(ROLES)("%s unsubscribing with C's link unsubscribes C only", async (role) => {
    const res = await call(w.as[role], "POST", fill("/api/jiannuo/unsubscribe?t={f2}"));
    expect(res.status).toBe(200);
    expect(leaks(res.text, "anonymous")).toEqual([]);
    const consent = async (label: string) =>
      (await w.admin.collection("participants").getOne(w.ids[label]!))["followUpConsent"];
    expect({ p1a: await consent("p1a"), p1b: await consent("p1b"), p2: await consent("p2") }).toEqual({
      p1a: true,
      p1b: true,
      p2: false,
    });
  });
});

describe("a channel message's withdrawal link", () => {
  it.each(ROLES)("%s withdrawing with C's link ends C's choice of that channel only", async (role) => {
    const res = await call(w.as[role], "POST", "/api/jiannuo/reach/withdraw", fillBody({ t: "{f2}", ch: "sms" }));
    expect(res.status).toBe(200);
    expect(leaks(res.text, "anonymous")).toEqual([]);
    const consent = async (label: string) =>
      (await w.admin.collection("reach_channels").getOne(w.ids[label]!))["consent"];
    expect({ r1a: await consent("r1a"), r1b: await consent("r1b"), r2: await consent("r2") }).toEqual({
      r1a: true,
      r1b: true,
      r2: false,
    });
  });
});

describe("sign-in codes", () => {
  it("asking for a code answers alike for a participant's email and an unknown one (no address probing)", async () => {
    const known = await call(w.as.anonymous, "POST", "/api/collections/addresses/request-otp", { email: w.emails.p1a });
    const unknown = await call(w.as.anonymous, "POST", "/api/collections/addresses/request-otp", {
      email: "nobody-here@example.com",
    });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(Object.keys(JSON.parse(known.text))).toEqual(Object.keys(JSON.parse(unknown.text)));
    expect(leaks(known.text, "anonymous")).toEqual([]);
  });

  it.each(ROLES)("%s cannot ask for a trainer's code (trainers sign in with a password only)", async (role) => {
    expect(
      (await call(w.as[role], "POST", "/api/collections/trainers/request-otp", { email: w.emails.t1 })).status,
    ).toBe(403);
  });

  it.each(ROLES)("%s cannot ask for a participant's code (codes go to addresses)", async (role) => {
    expect(
      (await call(w.as[role], "POST", "/api/collections/participants/request-otp", { email: w.emails.p1a })).status,
    ).toBe(403);
  });
});
