// What the four exercise stores share: a persistent atom per exercise under `jiannuo:exercise:<id>`,
// and one way to report a completed exercise (progress on this device, result for the trainer).
import { persistentAtom } from "@nanostores/persistent";
import type { WritableAtom } from "nanostores";
// Type-only: the schema module imports zod, which must stay out of the islands' bundles.
import type { ExerciseId } from "../lib/exercise-schemas";
import { recordExerciseResult, type ExerciseResultInput } from "./exercise-results";
import { markExerciseDone } from "./progress";

/** An exercise's state on this device; stored JSON that fails `accept` (old or hand-edited) reads as `initial`. */
export function exerciseState<T>(id: ExerciseId, initial: T, accept: (value: unknown) => value is T): WritableAtom<T> {
  return persistentAtom<T>(`jiannuo:exercise:${id}`, initial, {
    encode: JSON.stringify,
    decode: (encoded) => {
      try {
        const value: unknown = JSON.parse(encoded);
        return accept(value) ? value : initial;
      } catch {
        return initial;
      }
    },
  });
}

/** Marks the exercise done and keeps its latest result; safe to call again after a retry. */
export function completeExercise(exercise: ExerciseId, module: string, summary: ExerciseResultInput["summary"]): void {
  markExerciseDone(exercise);
  recordExerciseResult({ exercise, module, summary });
}

/** Whether a value is a plain object (for the stores' `accept` checks). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether every value of a plain object passes `check`. */
export function isRecordOf<T>(value: unknown, check: (entry: unknown) => entry is T): value is Record<string, T> {
  return isRecord(value) && Object.values(value).every(check);
}
