// Reads an exercise's course data from content/, checked by the same schema the build uses.
import { readFileSync } from "node:fs";
import type { Locale } from "../../src/i18n";
import { exerciseDataSchema, type ExerciseData, type ExerciseId } from "../../src/lib/exercise-schemas";

/** The data of exercise `id` in `locale`. */
export function loadExercise<I extends ExerciseId>(locale: Locale, id: I): Extract<ExerciseData, { id: I }> {
  const data = exerciseDataSchema.parse(JSON.parse(readFileSync(`content/exercises/${locale}/${id}.json`, "utf8")));
  if (data.id !== id) throw new Error(`content/exercises/${locale}/${id}.json holds ${data.id}`);
  return data as Extract<ExerciseData, { id: I }>;
}
