// The strength-of-commitment scale against the real server: a participant may answer it with their
// commitment (or leave it), each answer from 1 to 5; the trainer can neither write nor change it; the
// dashboard shows the cohort's mean, scored with the reversed items (pb_hooks/lib/pure/commitment-strength.js).
import { ClientResponseError } from "pocketbase";
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";
import { commitmentBody } from "../support/matrix-world";

let trainer: PocketBase;
let cohortId: string;
let participant: Awaited<ReturnType<typeof joinAs>>;

const scale = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`strength${i + 1}`, v]));
const create = (extra: Record<string, unknown>) =>
  participant.pb.collection("commitments").create(commitmentBody(participant.record.id, cohortId, extra));

async function dashboard() {
  return trainer.send<{ strength: { mean: number | null; n: number } }>(`/api/jiannuo/cohorts/${cohortId}/dashboard`, {
    requestKey: null,
  });
}

beforeAll(async () => {
  const admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  cohortId = cohort.id;
  participant = await joinAs(cohort.joinCode, "赵敏");
});

describe("strength of commitment", () => {
  it("has no mean before anyone answers it", async () => {
    await create({});
    expect((await dashboard()).strength).toEqual({ mean: null, n: 0 });
  });

  it("is stored with the commitment, and the dashboard scores the reversed items reversed", async () => {
    const k = await create(scale(1, 2, 5, 1, 4)); // 5 + 4 + 5 + 5 + 4 = 23 → 4.6
    expect(scale(1, 2, 5, 1, 4)).toEqual(Object.fromEntries(Object.keys(scale(0, 0, 0, 0, 0)).map((f) => [f, k[f]])));
    await create(scale(3, 3, 3, 3, 3)); // 3
    // Answered in part (only a client that skips the form's check sends that): stored, never scored.
    await create({ strength1: 2 });
    expect((await dashboard()).strength).toEqual({ mean: 3.8, n: 2 });
  });

  it("refuses an answer outside 1 to 5, or not a whole number, with the field's code, and stores nothing", async () => {
    const before = (await participant.pb.collection("commitments").getFullList()).length;
    for (const [value, code] of [
      [6, "validation_max_number_constraint"],
      [-1, "validation_min_number_constraint"],
      [2.5, "validation_only_int_constraint"],
      ["4", "jiannuo_number_invalid"],
    ] as const) {
      const error = await create({ strength3: value }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientResponseError);
      expect({ value, code: (error as ClientResponseError).response.data?.strength3?.code }).toEqual({ value, code });
    }
    expect(await participant.pb.collection("commitments").getFullList()).toHaveLength(before);
  });

  it("is the participant's: the trainer cannot change an answer", async () => {
    const k = await create(scale(1, 1, 5, 1, 5));
    expect(await statusOf(trainer.collection("commitments").update(k.id, { strength1: 5 }))).toBe(404);
    expect(await statusOf(trainer.collection("commitments").update(k.id, { hidden: true, strength5: 1 }))).toBe(404);
    const stored = await participant.pb.collection("commitments").getOne(k.id);
    expect([stored["strength1"], stored["strength5"], stored["hidden"]]).toEqual([1, 5, false]);
    // The participant may correct their own answers.
    await participant.pb.collection("commitments").update(k.id, { strength5: 4 });
    expect((await participant.pb.collection("commitments").getOne(k.id))["strength5"]).toBe(4);
  });
});
