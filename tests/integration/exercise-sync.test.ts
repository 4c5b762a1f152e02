// The device's exercise results reach PocketBase once, through the real client store and server.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { cleanTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import type PocketBase from "pocketbase";
import { pb } from "../../src/lib/pocketbase";
import { $session } from "../../src/stores/session-state";
import { $exerciseResults, recordExerciseResult, syncExerciseResults } from "../../src/stores/exercise-results";
import { newCohort, newTrainer, postJoin, superuserClient } from "../support/api";

let admin: PocketBase;
let code: string;

beforeAll(async () => {
  useTestStorageEngine();
  pb.baseURL = inject("pocketbase").url;
  admin = await superuserClient();
  code = (await newCohort((await newTrainer(admin)).pb)).joinCode;
});

beforeEach(() => {
  cleanTestStorage();
  $session.set(null);
  $exerciseResults.set({});
});

async function join(name: string) {
  const { body } = await postJoin({ code, name });
  $session.set({ token: body.token, participant: body.record, cohort: body.cohort, joinKey: "k".repeat(43) });
  return body.record.id as string;
}

const stored = (participant: string) =>
  admin.collection("exercise_results").getFullList({ filter: admin.filter("participant = {:p}", { p: participant }) });

const mindset = (correct: number) => ({
  exercise: "mindset-sort" as const,
  module: "service-mindset",
  summary: { correct, total: 10 },
});

describe("exercise results from the device", () => {
  it("stay on the device until the participant joins, then are saved once", async () => {
    await recordExerciseResult(mindset(6));
    expect($exerciseResults.get()["mindset-sort"]?.syncedFor).toBe("");
    const id = await join("Sync A");
    await syncExerciseResults();
    const records = await stored(id);
    expect(records).toHaveLength(1);
    expect(records[0]!.summary).toEqual({ correct: 6, total: 10 });
    expect($exerciseResults.get()["mindset-sort"]?.syncedFor).toBe(id);
  });

  it("a new attempt updates the same record; a lost answer retried does not double it", async () => {
    const id = await join("Sync B");
    await recordExerciseResult(mindset(3));
    await recordExerciseResult(mindset(9));
    // As if the answer to the last save was lost: the device still thinks it is unsaved.
    const result = $exerciseResults.get()["mindset-sort"]!;
    $exerciseResults.set({ "mindset-sort": { ...result, syncedFor: "" } });
    await syncExerciseResults();
    const records = await stored(id);
    expect(records).toHaveLength(1);
    expect(records[0]!.summary).toEqual({ correct: 9, total: 10 });
  });

  it("a second device's result for the same exercise updates the participant's one record", async () => {
    const id = await join("Sync C");
    await recordExerciseResult(mindset(5));
    // The same participant on another device: another local record id for the same exercise.
    const result = $exerciseResults.get()["mindset-sort"]!;
    $exerciseResults.set({
      "mindset-sort": { ...result, recordId: "otherdevice0001", syncedFor: "", summary: { correct: 7, total: 10 } },
    });
    await syncExerciseResults();
    const records = await stored(id);
    expect(records).toHaveLength(1);
    expect(records[0]!.summary).toEqual({ correct: 7, total: 10 });
  });
});
