// Re-join links (pb_hooks/lib/rejoin.js): a trainer at the front of the room gives a participant who
// lost their session a single-use, short-lived link to it. Only the cohort's own trainer can make one,
// for their own participants; a link works once and for ten minutes; only its hash is stored; unknown
// tokens are failed guesses of the device (pb_hooks/lib/guess-limit.js).
import { createHash, randomBytes } from "node:crypto";
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";

let admin: PocketBase;
let trainer: PocketBase;
let otherTrainer: PocketBase;
let cohortId: string;
let otherCohortId: string;
let participant: Awaited<ReturnType<typeof joinAs>>;
let stranger: Awaited<ReturnType<typeof joinAs>>;

const base = () => inject("pocketbase").url;
const newDevice = () => randomBytes(32).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Asks for a re-join link as `pb` (null: nobody signed in); status and body. */
async function makeLink(pb: PocketBase | null, cohort: string, participantId: string) {
  const res = await fetch(`${base()}/api/jiannuo/cohorts/${cohort}/participants/${participantId}/rejoin`, {
    method: "POST",
    headers: pb ? { Authorization: pb.authStore.token } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Opens a link as the /rejoin/ page does: the token in a POST body, the device named. */
async function useLink(t: unknown, device = newDevice()) {
  const res = await fetch(`${base()}/api/jiannuo/rejoin`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-jiannuo-device": device },
    body: JSON.stringify({ t }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function linkFor(participantId = participant.record.id) {
  const { status, body } = await makeLink(trainer, cohortId, participantId);
  expect(status).toBe(200);
  return body as { token: string; expiresAt: string; minutes: number };
}

beforeAll(async () => {
  admin = await superuserClient();
  trainer = (await newTrainer(admin, "周老师")).pb;
  otherTrainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  cohortId = cohort.id;
  otherCohortId = (await newCohort(otherTrainer)).id;
  participant = await joinAs(cohort.joinCode, "前台小刘", { email: "xiaoliu@example.com" });
  stranger = await joinAs((await admin.collection("cohorts").getOne(otherCohortId)).joinCode, "别班的人");
});

describe("a re-join link", () => {
  it("restores the participant's session on a fresh device: a token that reads their own records", async () => {
    const link = await linkFor();
    expect(link.token).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(link.minutes).toBe(10);
    const lifetime = Date.parse(link.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(9 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60_000);

    const { status, body } = await useLink(link.token);
    expect(status).toBe(200);
    expect(body.record).toMatchObject({ id: participant.record.id, name: "前台小刘" });
    // The email lives on the participant's address now; the session carries it as the join does.
    expect(body.email).toBe("xiaoliu@example.com");
    expect(body.cohort).toMatchObject({ id: cohortId });
    const me = await fetch(`${base()}/api/collections/participants/records/${participant.record.id}`, {
      headers: { Authorization: body.token },
    });
    expect(me.status).toBe(200);
  });

  it("works once: a second device gets 'already used', with its own message", async () => {
    const link = await linkFor();
    expect((await useLink(link.token)).status).toBe(200);
    const again = await useLink(link.token);
    expect(again.status).toBe(410);
    expect(again.body.data.t.code).toBe("jiannuo_rejoin_used");
  });

  it("works for one of two devices opening it at the same moment", async () => {
    const link = await linkFor();
    const answers = await Promise.all(Array.from({ length: 6 }, () => useLink(link.token)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 410)).toHaveLength(5);
  });

  it("expires: after its ten minutes it says so", async () => {
    const link = await linkFor();
    const stored = await admin
      .collection("rejoin_links")
      .getFirstListItem(admin.filter("tokenHash = {:h}", { h: sha256(link.token) }));
    await admin.collection("rejoin_links").update(stored.id, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const late = await useLink(link.token);
    expect(late.status).toBe(410);
    expect(late.body.data.t.code).toBe("jiannuo_rejoin_expired");
  });

  it("ends when the trainer makes a newer one for the same participant", async () => {
    const first = await linkFor();
    const second = await linkFor();
    expect((await useLink(first.token)).body.data.t.code).toBe("jiannuo_rejoin_expired");
    expect((await useLink(second.token)).status).toBe(200);
  });

  it("is stored only as a hash, where no trainer or participant can read it", async () => {
    const link = await linkFor();
    const stored = await admin
      .collection("rejoin_links")
      .getFirstListItem(admin.filter("tokenHash = {:h}", { h: sha256(link.token) }));
    expect(JSON.stringify(stored)).not.toContain(link.token);
    expect(stored["participant"]).toBe(participant.record.id);
    for (const pb of [trainer, participant.pb]) {
      expect(await statusOf(pb.collection("rejoin_links").getList())).toBe(403);
      expect(await statusOf(pb.collection("rejoin_links").getOne(stored.id))).toBe(403);
    }
  });
});

describe("who can make one", () => {
  it("only the cohort's own trainer, for a participant of that cohort (anyone else: 404 or 401)", async () => {
    expect((await makeLink(otherTrainer, cohortId, participant.record.id)).status).toBe(404);
    expect((await makeLink(participant.pb, cohortId, participant.record.id)).status).toBe(403);
    expect((await makeLink(null, cohortId, participant.record.id)).status).toBe(401);
    // Their own cohort in the path does not reach another cohort's participant, nor does a wrong pairing.
    expect((await makeLink(otherTrainer, otherCohortId, participant.record.id)).status).toBe(404);
    expect((await makeLink(trainer, cohortId, stranger.record.id)).status).toBe(404);
    expect((await makeLink(trainer, cohortId, "nosuchperson00")).status).toBe(404);
  });
});

describe("guessing tokens", () => {
  it("an unknown or malformed token is 'not valid' and counts against the device: after 10 it is stopped, even with a real token", async () => {
    const guesser = newDevice();
    const unknown = await useLink(randomBytes(32).toString("hex").slice(0, 43), guesser);
    expect(unknown.status).toBe(404);
    expect(unknown.body.data.t.code).toBe("jiannuo_token_invalid");
    expect((await useLink({ not: "a token" }, guesser)).status).toBe(404);
    for (let i = 0; i < 8; i++) expect((await useLink("x".repeat(43), guesser)).status).toBe(404);
    const link = await linkFor();
    const stopped = await useLink(link.token, guesser);
    expect(stopped.status).toBe(429);
    expect(Number(stopped.body.status)).toBe(429);
    // The device beside it (same address) is not stopped, and the link was not used up by the refusal.
    expect((await useLink(link.token)).status).toBe(200);
  });

  it("a used or expired link is a real link and does not count as a guess", async () => {
    const device = newDevice();
    const link = await linkFor();
    expect((await useLink(link.token, device)).status).toBe(200);
    for (let i = 0; i < 12; i++) expect((await useLink(link.token, device)).status).toBe(410);
    expect((await useLink((await linkFor()).token, device)).status).toBe(200);
  });
});
