// Course progress on this device: which modules were opened and which exercises were completed.
// Module pages mark themselves visited from a small script; exercise islands call markExerciseDone.
import { persistentAtom } from "@nanostores/persistent";
// Type-only: the schema module imports zod, which must not end up in the pages' small script bundle.
import type { ExerciseId } from "../lib/exercise-schemas";

/** Visited module slugs and completed exercise ids, each listed once, in the order they happened. */
export interface Progress {
  visited: string[];
  exercisesDone: ExerciseId[];
}

const EMPTY: Progress = { visited: [], exercisesDone: [] };

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/** Stored JSON back to Progress; anything unreadable (old or hand-edited) counts as no progress. */
export function decodeProgress(encoded: string): Progress {
  try {
    const value = JSON.parse(encoded) as Partial<Record<keyof Progress, unknown>> | null;
    const visited = Array.isArray(value?.visited) ? value.visited : [];
    const done = Array.isArray(value?.exercisesDone) ? value.exercisesDone : [];
    return {
      visited: [...new Set(visited.filter(isNonEmptyString))],
      // Ids are not checked against today's list: an id from an older course version is harmless.
      exercisesDone: [...new Set(done.filter(isNonEmptyString))] as ExerciseId[],
    };
  } catch {
    return EMPTY;
  }
}

/** This device's progress, kept in localStorage under `jiannuo:progress`. */
export const $progress = persistentAtom<Progress>("jiannuo:progress", EMPTY, {
  encode: JSON.stringify,
  decode: decodeProgress,
});

/** Records that the module with this slug was opened (once; later visits change nothing). */
export function markModuleVisited(slug: string): void {
  const current = $progress.get();
  if (slug === "" || current.visited.includes(slug)) return;
  $progress.set({ ...current, visited: [...current.visited, slug] });
}

/** Records that an exercise was completed (once). */
export function markExerciseDone(id: ExerciseId): void {
  const current = $progress.get();
  if (current.exercisesDone.includes(id)) return;
  $progress.set({ ...current, exercisesDone: [...current.exercisesDone, id] });
}
