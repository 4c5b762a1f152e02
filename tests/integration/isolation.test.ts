// The isolation estimate at a follow-up, against the real server: asked from the 45-day follow-up on,
// stored with that email's check-in (share and confidence, 0 told apart from no answer), refused on an
// earlier follow-up or out of range with nothing changed, and taken back with null.
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";
import { commitmentBody } from "../support/matrix-world";
import { sentFollowUp } from "../support/sent-followup";

let admin: PocketBase;
let trainer: PocketBase;
let commitment: string;
const tokens: Record<number, string> = {};

async function post(path: string, body: Record<string, unknown>) {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/checkin${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** The check-in the trainer sees for the follow-up of `round`. */
async function stored(round: number) {
  const list = await trainer
    .collection("checkins")
    .getFullList({ filter: `commitment = "${commitment}"`, expand: "followup" });
  const found = list.find((r) => r.expand?.["followup"]?.["round"] === round);
  return found && { given: found["isolationGiven"], share: found["isolationShare"], sure: found["isolationSure"] };
}

beforeAll(async () => {
  admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer, { startsOn: "2026-08-01", endsOn: "2026-08-02" });
  const p = await joinAs(cohort.joinCode, "赵敏");
  commitment = (await p.pb.collection("commitments").create(commitmentBody(p.record.id, cohort.id))).id;
  for (const round of [21, 45, 90]) {
    tokens[round] = await sentFollowUp(admin, {
      participant: p.record.id,
      cohort: cohort.id,
      round,
      shownCommitments: [commitment],
    });
  }
});

describe("the isolation estimate", () => {
  it("is asked from the 45-day follow-up on", async () => {
    expect((await post("/view", { t: tokens[21], c: commitment })).body.askIsolation).toBe(false);
    expect((await post("/view", { t: tokens[45], c: commitment })).body.askIsolation).toBe(true);
    expect((await post("/view", { t: tokens[90], c: commitment })).body.askIsolation).toBe(true);
  });

  it("is stored with that follow-up's check-in, an answered 0 told apart from none", async () => {
    const answered = await post("", {
      t: tokens[45],
      c: commitment,
      s: "in_progress",
      isolation: { share: 0, sure: 70 },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.answer.isolation).toEqual({ share: 0, sure: 70 });
    expect(await stored(45)).toEqual({ given: true, share: 0, sure: 70 });
    // Saving the note later keeps the estimate.
    await post("", { t: tokens[45], c: commitment, s: "in_progress", note: "客户说谢谢" });
    expect(await stored(45)).toEqual({ given: true, share: 0, sure: 70 });
    await post("", { t: tokens[90], c: commitment, s: "done" });
    expect(await stored(90)).toEqual({ given: false, share: 0, sure: 0 });
  });

  it("is refused out of range, or on an earlier follow-up, with the field's code and nothing changed", async () => {
    for (const [round, isolation, code] of [
      [45, { share: 120, sure: 50 }, "jiannuo_isolation_invalid"],
      [45, { share: 40 }, "jiannuo_isolation_invalid"],
      [45, { share: 40.5, sure: 50 }, "jiannuo_isolation_invalid"],
      [21, { share: 40, sure: 50 }, "jiannuo_isolation_not_asked"],
    ] as const) {
      const answer = await post("", { t: tokens[round], c: commitment, s: "done", isolation });
      expect({ round, status: answer.status, code: answer.body.data?.isolation?.code }).toEqual({
        round,
        status: 400,
        code,
      });
    }
    expect(await stored(45)).toEqual({ given: true, share: 0, sure: 70 });
    expect(await stored(21)).toBeUndefined();
  });

  it("is taken back with null", async () => {
    await post("", { t: tokens[45], c: commitment, s: "in_progress", isolation: { share: 60, sure: 80 } });
    expect(await stored(45)).toEqual({ given: true, share: 60, sure: 80 });
    const cleared = await post("", { t: tokens[45], c: commitment, s: "in_progress", isolation: null });
    expect(cleared.body.answer.isolation).toBeNull();
    expect(await stored(45)).toEqual({ given: false, share: 0, sure: 0 });
  });
});
