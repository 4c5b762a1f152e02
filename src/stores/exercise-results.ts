// Exercise results: kept on this device first, then saved to PocketBase (the participant's own
// records) once they have joined a cohort. Each result gets its record id on the device, so saving
// again after a lost answer or a reload updates the same record instead of making a second one.
// The PocketBase client is imported only when there is something to save for a joined participant:
// exercise pages have a JavaScript budget, and most of a module page's readers are not signed in yet.
import { persistentJSON } from "@nanostores/persistent";
import type { ExerciseId } from "../lib/exercise-schemas";
import { oneRunAtATime } from "../lib/one-run-at-a-time";
import { newRecordId } from "../lib/record-id";
import { $session } from "./session-state";

/** What an exercise reports when the participant completes it: small, JSON-serialisable figures. */
export interface ExerciseResultInput {
  exercise: ExerciseId;
  module: string;
  summary: Record<string, number | string | boolean>;
}

interface StoredResult extends ExerciseResultInput {
  savedAt: string;
  recordId: string;
  /** The participant it was saved for; empty while only on this device. */
  syncedFor: string;
}

/** The latest result of each exercise on this device. */
export const $exerciseResults = persistentJSON<Partial<Record<ExerciseId, StoredResult>>>(
  "jiannuo:exercise-results",
  {},
);

/** Keeps the result of a completed exercise (replacing an earlier one) and saves it when possible. */
export function recordExerciseResult(input: ExerciseResultInput): Promise<void> {
  const previous = $exerciseResults.get()[input.exercise];
  const stored: StoredResult = {
    ...input,
    savedAt: new Date().toISOString(),
    recordId: previous?.recordId ?? newRecordId(),
    syncedFor: "",
  };
  $exerciseResults.set({ ...$exerciseResults.get(), [input.exercise]: stored });
  return syncExerciseResults();
}

function isStatus(error: unknown, status: number): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === status;
}

/** Creates or updates the participant's record of one result; returns the record id used. */
async function save(result: StoredResult, participant: string, cohort: string): Promise<string> {
  const { pb } = await import("../lib/pocketbase");
  const results = pb.collection("exercise_results");
  try {
    await results.update(result.recordId, { summary: result.summary });
    return result.recordId;
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
  try {
    const data = { participant, cohort, exercise: result.exercise, module: result.module, summary: result.summary };
    await results.create({ id: result.recordId, ...data }, { requestKey: null });
    return result.recordId;
  } catch (error) {
    if (!isStatus(error, 400)) throw error;
    // Saved before from another device (one record per exercise): update that one.
    const existing = await results.getFirstListItem(pb.filter("exercise = {:exercise}", { exercise: result.exercise }));
    await results.update(existing.id, { summary: result.summary });
    return existing.id;
  }
}

/** Saves every result not yet saved for the signed-in participant; a failed one waits for the next try. */
async function syncOnce(): Promise<void> {
  const session = $session.get();
  if (!session) return;
  const participant = session.participant.id;
  for (const result of Object.values($exerciseResults.get())) {
    if (!result || result.syncedFor === participant) continue;
    try {
      const recordId = await save(result, participant, session.cohort.id);
      const now = $exerciseResults.get()[result.exercise];
      // Only mark it saved if it did not change while the request was out.
      if (now?.savedAt === result.savedAt) {
        $exerciseResults.set({
          ...$exerciseResults.get(),
          [result.exercise]: { ...now, recordId, syncedFor: participant },
        });
      }
    } catch {
      // Offline or refused: the result stays on this device and is tried again later.
    }
  }
}

const syncQueue = oneRunAtATime<void>(syncOnce);

/** Saves what is not saved yet; a call during a run makes the run go once more, so nothing is missed. */
export function syncExerciseResults(): Promise<void> {
  return syncQueue();
}

// Try again when the participant joins and when the network comes back.
if (typeof window !== "undefined") {
  $session.listen((session) => {
    if (session) void syncExerciseResults();
  });
  window.addEventListener("online", () => void syncExerciseResults());
}
