// The access matrix of buddies and the progress board (pb_hooks/lib/buddies.js, progress-board.js), on
// the world of tests/support/matrix-world.ts: A and B are buddies who both agreed (A encouraged B, B saw
// A's shared commitment); here C, D and E join cohort 1 and are paired at random (a triad). A buddy sees
// exactly their partners' shared, unhidden commitments with status and last check-in date, never a note,
// nothing of another pair or cohort; withdrawing (buddy or board) takes effect at once; consent is per
// recipient; the weekly nudge goes once a week and only while consent holds. The record API and realtime
// reach none of it (access-matrix.test.ts, realtime-collections.test.ts); every route's status by role
// is in access-matrix-routes.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { clientId, confirmEmailOf, joinAs, runFollowupJob, unique } from "../support/api";
import { mailsTo } from "../support/mail";
import { buildWorld, call, callOk, commitmentBody, type World } from "../support/matrix-world";

let w: World;
const extra: Record<string, PocketBase> = {};
const emails: Record<string, string> = {};
const BUDDIES = "/api/jiannuo/me/buddies";

/** Every world marker the answer holds, by label. */
const marksIn = (text: string) =>
  Object.entries(w.marks)
    .filter(([, mark]) => text.includes(mark))
    .map(([label]) => label)
    .sort();

beforeAll(async () => {
  w = await buildWorld({ consent: true });
  const code = (await w.admin.collection("cohorts").getOne(w.ids.c1!))["joinCode"];
  for (const p of ["p1c", "p1d", "p1e"]) {
    w.marks[p] = `MARK-${p}-${unique("")}`;
    emails[p] = `${unique(p)}@example.com`;
    const joined = await joinAs(code, w.marks[p], { email: emails[p], followUpConsent: true });
    extra[p] = joined.pb;
    w.ids[p] = joined.record.id;
    await confirmEmailOf(w.admin, joined.record.id);
  }
  // C shares one commitment with the cohort and checks in on it with a note.
  w.marks.k1cCohort = `MARK-k1cCohort-${unique("")}`;
  const k = await extra
    .p1c!.collection("commitments")
    .create(commitmentBody(w.ids.p1c!, w.ids.c1!, { action: w.marks.k1cCohort, visibility: "cohort" }));
  w.ids.k1cCohort = k.id;
  w.marks.ch1c = `MARK-ch1c-${unique("")}`;
  await extra
    .p1c!.collection("checkins")
    .create({ commitment: k.id, status: "done", source: "app", note: w.marks.ch1c });
  await callOk(w.as.t1, "POST", `/api/jiannuo/cohorts/${w.ids.c1}/buddies/random`);
  for (const p of ["p1c", "p1d", "p1e"]) await callOk(extra[p]!, "POST", `${BUDDIES}/consent`, { agree: true });
});

describe("the report", () => {
  it("counts buddies, encouragements and observations with their sample sizes, and never a word or a name of them", async () => {
    const res = await call(w.as.t1, "GET", `/api/jiannuo/cohorts/${w.ids.c1}/report`);
    expect(JSON.parse(res.text).buddies).toEqual({
      source: "buddies",
      participants: 5,
      buddies: 5,
      encouragements: 1,
      encouragers: 1,
      encouraged: 1,
      observations: 1,
      observedCommitments: 1,
      observedParticipants: 1,
    });
    expect(res.text).not.toContain(w.marks.be1a);
    // Beside the self-reported status: B saw A's shared commitment done, counted on its module and status.
    const seen = await w.as.superuser.collection("commitments").getOne(w.ids.k1aCohort!);
    const rows = JSON.parse(res.text).observed.byStatus as { module: string; status: string; buddySeen: number }[];
    expect(rows.filter((r) => r.buddySeen > 0)).toEqual([
      expect.objectContaining({ module: seen.module, status: seen.status, buddySeen: 1 }),
    ]);
  });
});

describe("a buddy's view", () => {
  it("A sees B's shared commitment with status and last check-in date; not B's hidden one, note or anything of C, D, E", async () => {
    const res = await call(w.as.p1a, "GET", BUDDIES);
    const view = JSON.parse(res.text);
    expect(view.partners.map((p: { id: string }) => p.id)).toEqual([w.ids.p1b]);
    const [commitment] = view.partners[0].commitments;
    expect(view.partners[0].commitments).toHaveLength(1);
    expect(Object.keys(commitment).sort()).toEqual(["action", "id", "lastCheckinAt", "module", "status"]);
    expect(commitment).toMatchObject({ id: w.ids.k1bCohort, action: w.marks.k1bCohort, status: "in_progress" });
    expect(commitment.lastCheckinAt).toMatch(/^\d{4}-\d\d-\d\d /);
    // Own marks: A's name is not in the answer either (A reads their own record elsewhere).
    expect(marksIn(res.text)).toEqual(["k1bCohort", "p1b"]);
  });

  it("B sees A's shared commitment but never A's private one, and reads A's encouragement", async () => {
    const res = await call(w.as.p1b, "GET", BUDDIES);
    const view = JSON.parse(res.text);
    expect(view.partners[0].commitments.map((k: { id: string }) => k.id)).toEqual([w.ids.k1aCohort]);
    expect(view.received.map((r: { words: string }) => r.words)).toEqual([w.marks.be1a]);
    expect(marksIn(res.text)).toEqual(["be1a", "k1aCohort", "p1a"]);
  });

  it("in a triad, each sees the other two; C's note never reaches D", async () => {
    const res = await call(extra.p1d!, "GET", BUDDIES);
    const view = JSON.parse(res.text);
    expect(view.partners.map((p: { id: string }) => p.id).sort()).toEqual([w.ids.p1c, w.ids.p1e].sort());
    expect(marksIn(res.text)).toEqual(["k1cCohort", "p1c", "p1e"]);
  });

  it("C in the other cohort has no buddy and sees nothing", async () => {
    const res = await call(w.as.p2, "GET", BUDDIES);
    // C's cohort lets participants choose, and C is looking: alone, so nobody to choose from.
    expect(JSON.parse(res.text)).toEqual({
      paired: false,
      consented: false,
      members: [],
      partners: [],
      received: [],
      choice: { on: true, looking: true, wish: "", people: [] },
    });
  });
});

describe("encouragements and observations", () => {
  it("only to a consented partner: A cannot encourage C of another pair, nor observe their commitment", async () => {
    const count = async () => (await w.admin.collection("buddy_encouragements").getList(1, 1)).totalItems;
    const before = await count();
    expect((await call(w.as.p1a, "POST", `${BUDDIES}/encourage`, { to: w.ids.p1c })).status).toBe(404);
    expect((await call(w.as.p1a, "POST", `${BUDDIES}/observe`, { commitment: w.ids.k1cCohort })).status).toBe(404);
    // B's own private-to-trainer and hidden commitments are not A's to observe either.
    expect((await call(w.as.p1b, "POST", `${BUDDIES}/observe`, { commitment: w.ids.k1aPrivate })).status).toBe(404);
    expect((await call(w.as.p1a, "POST", `${BUDDIES}/observe`, { commitment: w.ids.k1bHidden })).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it("words past 200 characters are refused with a code, and nothing is saved", async () => {
    const before = (await w.admin.collection("buddy_encouragements").getFullList()).length;
    const res = await call(w.as.p1a, "POST", `${BUDDIES}/encourage`, { to: w.ids.p1b, words: "好".repeat(201) });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).data.words.code).toBe("jiannuo_buddy_words_too_long");
    expect((await w.admin.collection("buddy_encouragements").getFullList()).length).toBe(before);
  });

  it("words with invisible direction characters are refused with a code", async () => {
    const res = await call(w.as.p1a, "POST", `${BUDDIES}/encourage`, { to: w.ids.p1b, words: "加油\u202e" });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).data.words.code).toBe("jiannuo_text_control");
  });

  it("a retried tap (same id) is saved once", async () => {
    const id = clientId();
    for (let i = 0; i < 2; i++)
      await callOk(w.as.p1b, "POST", `${BUDDIES}/encourage`, { id, to: w.ids.p1a, words: "加油" });
    expect((await w.admin.collection("buddy_encouragements").getFullList({ filter: `id = "${id}"` })).length).toBe(1);
    // Another buddy cannot take that id over.
    expect((await call(w.as.p1a, "POST", `${BUDDIES}/encourage`, { id, to: w.ids.p1b })).status).toBe(400);
  });
});

describe("the trainer", () => {
  it("sees pairs and consents (never encouragement words); another cohort's trainer can neither see nor pair", async () => {
    const res = await call(w.as.t1, "GET", `/api/jiannuo/cohorts/${w.ids.c1}/buddies`);
    const view = JSON.parse(res.text);
    expect(view.pairs.map((p: { members: unknown[] }) => p.members.length)).toEqual([2, 3]);
    expect(res.text).not.toContain(w.marks.be1a);
    for (const path of ["buddies", "buddies/random", "buddies/move"]) {
      const method = path === "buddies" ? "GET" : "POST";
      expect(
        (
          await call(
            w.as.t2,
            method,
            `/api/jiannuo/cohorts/${w.ids.c1}/${path}`,
            method === "POST" ? { participant: w.ids.p1a, pair: "" } : undefined,
          )
        ).status,
      ).toBe(404);
    }
  });

  it("cannot move another cohort's participant into a pair", async () => {
    const before = JSON.stringify(await w.admin.collection("buddy_members").getFullList({ sort: "id" }));
    const res = await call(w.as.t1, "POST", `/api/jiannuo/cohorts/${w.ids.c1}/buddies/move`, {
      participant: w.ids.p2,
      pair: w.ids.bp1ab,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).data.participant.code).toBe("jiannuo_buddy_unknown");
    expect(JSON.stringify(await w.admin.collection("buddy_members").getFullList({ sort: "id" }))).toBe(before);
  });
});

describe("the weekly nudge", () => {
  it("goes once a week to each consented buddy, names the partner, and holds no commitment or note", async () => {
    await runFollowupJob(w.admin);
    await runFollowupJob(w.admin);
    const toA = mailsTo(w.emails.p1a!).filter((m) => m.subject === "本周给你的伙伴加加油");
    expect(toA).toHaveLength(1);
    expect(toA[0]!.text).toContain(w.marks.p1b);
    // A's own name in the greeting, B's as the partner; no commitment, note or encouragement.
    expect(marksIn(toA[0]!.text + toA[0]!.html)).toEqual(["p1a", "p1b"]);
  });

  it("is checked again at sending: one queued for a buddy who withdrew is skipped, not sent", async () => {
    await callOk(extra.p1e!, "POST", `${BUDDIES}/consent`, { agree: false });
    const before = mailsTo(emails.p1e!).length;
    const week = (await w.admin.collection("buddy_nudges").getFirstListItem(`participant = "${w.ids.p1e}"`))["week"];
    // As if planned just before the withdrawal (another week's row of the same buddy).
    const nudge = await w.admin.collection("buddy_nudges").getFirstListItem(`participant = "${w.ids.p1e}"`);
    await w.admin
      .collection("buddy_nudges")
      .update(nudge.id, { state: "queued", week, nextAttemptAt: "2026-01-01 00:00:00Z" });
    await runFollowupJob(w.admin);
    expect((await w.admin.collection("buddy_nudges").getOne(nudge.id))["state"]).toBe("skipped");
    expect(mailsTo(emails.p1e!).length).toBe(before);
  });
});

describe("withdrawal and consent per recipient", () => {
  it("D withdraws: gone from C's view at once, and C can no longer encourage D", async () => {
    await callOk(extra.p1d!, "POST", `${BUDDIES}/consent`, { agree: false });
    const view = await callOk(extra.p1c!, "GET", BUDDIES);
    // E withdrew before (the nudge's test), D now: C sees no one's commitments.
    expect(view.partners).toEqual([]);
    expect((await call(extra.p1c!, "POST", `${BUDDIES}/encourage`, { to: w.ids.p1d })).status).toBe(404);
  });

  it("the trainer moves E into A and B's pair: A and B must agree again before anyone sees anything", async () => {
    await callOk(w.as.t1, "POST", `/api/jiannuo/cohorts/${w.ids.c1}/buddies/move`, {
      participant: w.ids.p1e,
      pair: w.ids.bp1ab,
    });
    const a = await callOk(w.as.p1a, "GET", BUDDIES);
    expect(a).toMatchObject({ paired: true, consented: false, partners: [] });
    expect(a.members.map((m: { name: string }) => m.name).sort()).toEqual([w.marks.p1b, w.marks.p1e].sort());
    await callOk(w.as.p1a, "POST", `${BUDDIES}/consent`, { agree: true });
    // B has not agreed again, E not at all: A still sees nobody.
    expect((await callOk(w.as.p1a, "GET", BUDDIES)).partners).toEqual([]);
  });
});

describe("choosing a buddy (where the trainer allows it)", () => {
  const CHOOSE = `${BUDDIES}/choose`;

  it("is refused while the trainer pairs, and to someone already paired", async () => {
    const res = await call(w.as.p1a, "POST", CHOOSE, { looking: true });
    expect(JSON.parse(res.text).data.looking.code).toBe("jiannuo_buddy_choice_off");
    await w.as.t1.collection("cohorts").update(w.ids.c1!, { buddyChoice: true });
    const paired = await call(w.as.p1a, "POST", CHOOSE, { looking: true });
    expect(JSON.parse(paired.text).data.looking.code).toBe("jiannuo_buddy_already_paired");
  });

  it("only those looking see each other; two who chose each other become buddies, both agreed", async () => {
    const code = (await w.admin.collection("cohorts").getOne(w.ids.c1!))["joinCode"];
    const f = await joinAs(code, "MARK-looking-F");
    const g = await joinAs(code, "MARK-looking-G");
    const notLooking = await callOk(f.pb, "GET", BUDDIES);
    expect(notLooking.choice).toEqual({ on: true, looking: false, wish: "", people: [] });
    await callOk(f.pb, "POST", CHOOSE, { looking: true });
    // C of the other cohort is looking too, but not here.
    expect((await callOk(g.pb, "POST", CHOOSE, { looking: true })).people).toEqual([
      { id: f.record.id, name: "MARK-looking-F" },
    ]);
    // Someone not looking cannot be chosen.
    const refused = await call(f.pb, "POST", CHOOSE, { looking: true, wish: w.ids.p1a });
    expect(JSON.parse(refused.text).data.wish.code).toBe("jiannuo_buddy_unknown");
    expect((await callOk(f.pb, "POST", CHOOSE, { looking: true, wish: g.record.id })).wish).toBe(g.record.id);
    expect((await callOk(f.pb, "GET", BUDDIES)).paired).toBe(false);
    await callOk(g.pb, "POST", CHOOSE, { looking: true, wish: f.record.id });
    const view = await callOk(f.pb, "GET", BUDDIES);
    expect(view).toMatchObject({ paired: true, consented: true });
    expect(view.partners.map((p: { id: string }) => p.id)).toEqual([g.record.id]);
    expect(await w.admin.collection("buddy_wishes").getFullList({ filter: `cohort = "${w.ids.c1}"` })).toEqual([]);
  });
});

describe("the progress board", () => {
  const BOARD = "/api/jiannuo/me/board";

  it("is off until the trainer switches it on, whatever a participant chose", async () => {
    expect(await callOk(w.as.p1a, "POST", BOARD, { optIn: true })).toEqual({ on: false, optedIn: true, people: [] });
  });

  it("shows only those who opted in, to those who opted in: names, last check-in and status counts, never words or notes", async () => {
    await w.as.t1.collection("cohorts").update(w.ids.c1!, { boardOn: true });
    expect(await callOk(w.as.p1b, "GET", BOARD)).toEqual({ on: true, optedIn: false, people: [] });
    await callOk(extra.p1c!, "POST", BOARD, { optIn: true });
    const res = await call(w.as.p1a, "GET", BOARD);
    const board = JSON.parse(res.text);
    expect(board.people.map((p: { name: string }) => p.name).sort()).toEqual([w.marks.p1a, w.marks.p1c].sort());
    expect(marksIn(res.text)).toEqual(["p1a", "p1c"]);
    const c = board.people.find((p: { name: string }) => p.name === w.marks.p1c);
    expect(c.statuses).toEqual([{ status: "done", count: 1 }]);
    expect(c.lastCheckinAt).toMatch(/^\d{4}-/);
  });

  it("C opts out: gone from A's board at once; the other cohort's board is its own", async () => {
    await callOk(extra.p1c!, "POST", BOARD, { optIn: false });
    const board = await callOk(w.as.p1a, "GET", BOARD);
    expect(board.people.map((p: { name: string }) => p.name)).toEqual([w.marks.p1a]);
    await callOk(w.as.p2, "POST", BOARD, { optIn: true });
    expect(await callOk(w.as.p2, "GET", BOARD)).toEqual({ on: false, optedIn: true, people: [] });
  });
});
