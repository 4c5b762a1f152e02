// Exercise results: the participant's own records; trainers never read them one by one (the cohort's
// belonging profile is tested in belonging-privacy.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, newCohort, statusOf, trainerWithCohort } from "../support/api";

let trainer: PocketBase;
let otherTrainer: PocketBase;
let cohortId: string;
let code: string;

const belonging = (identification: number, security: number, value: number, engagement: number) => ({
  exercise: "belonging-assessment",
  module: "belonging",
  summary: { identification, security, value, engagement, weakest: "engagement" },
});

beforeAll(async () => {
  const cast = await trainerWithCohort();
  ({ trainer, otherTrainer } = cast);
  const { cohort } = cast;
  cohortId = cohort.id;
  code = cohort.joinCode;
});

async function answer(name: string, scores: [number, number, number, number]) {
  const me = await joinAs(code, name);
  await me.pb
    .collection("exercise_results")
    .create({ participant: me.record.id, cohort: cohortId, ...belonging(...scores) });
  return me;
}

describe("exercise results", () => {
  it("one per participant and exercise; the participant updates it", async () => {
    const me = await answer("A", [4, 3, 5, 2]);
    const mine = await me.pb.collection("exercise_results").getFullList();
    expect(mine).toHaveLength(1);
    await expect(
      me.pb
        .collection("exercise_results")
        .create({ participant: me.record.id, cohort: cohortId, ...belonging(1, 1, 1, 1) }),
    ).rejects.toMatchObject({ status: 400 });
    const summary = { identification: 5, security: 5, value: 5, engagement: 5, weakest: "identification" };
    const updated = await me.pb.collection("exercise_results").update(mine[0]!.id, { summary });
    expect(updated.summary).toEqual(summary);
  });

  it("trainers cannot read individual results", async () => {
    const me = await answer("B", [2, 2, 2, 2]);
    const [result] = await me.pb.collection("exercise_results").getFullList();
    expect(await trainer.collection("exercise_results").getFullList()).toEqual([]);
    expect(await statusOf(trainer.collection("exercise_results").getOne(result!.id))).toBe(404);
  });

  it("a participant cannot write a result for someone else or another cohort", async () => {
    const me = await joinAs(code, "C");
    const peer = await joinAs(code, "D");
    expect(
      await statusOf(
        me.pb
          .collection("exercise_results")
          .create({ participant: peer.record.id, cohort: cohortId, ...belonging(1, 1, 1, 1) }),
      ),
    ).toBe(400);
    const elsewhere = await newCohort(otherTrainer);
    expect(
      await statusOf(
        me.pb
          .collection("exercise_results")
          .create({ participant: me.record.id, cohort: elsewhere.id, ...belonging(1, 1, 1, 1) }),
      ),
    ).toBe(400);
  });
});
