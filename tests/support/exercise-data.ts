// Reads an exercise's course data from content/, checked by the same schema the build uses, and starts
// exercise tests from a device that has done nothing yet.
import { readFileSync } from "node:fs";
import { cleanStores, type WritableAtom } from "nanostores";
import type { Locale } from "../../src/i18n";
import { exerciseDataSchema, type ExerciseData, type ExerciseId } from "../../src/lib/exercise-schemas";
import { $exerciseResults } from "../../src/stores/exercise-results";
import { $progress } from "../../src/stores/progress";

/** The data of exercise `id` in `locale`. */
export function loadExercise<I extends ExerciseId>(locale: Locale, id: I): Extract<ExerciseData, { id: I }> {
  const data = exerciseDataSchema.parse(JSON.parse(readFileSync(`content/exercises/${locale}/${id}.json`, "utf8")));
  if (data.id !== id) throw new Error(`content/exercises/${locale}/${id}.json holds ${data.id}`);
  return data as Extract<ExerciseData, { id: I }>;
}

/** Empties an exercise's state, the course progress and the exercise results (call it before each test). */
export function startFresh<T>($exercise: WritableAtom<T>, empty: T): void {
  cleanStores($exercise, $progress, $exerciseResults);
  $exercise.set(empty);
  $progress.set({ visited: [], exercisesDone: [] });
  $exerciseResults.set({});
}
