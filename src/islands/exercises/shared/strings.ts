// The slice of the dictionaries each exercise island needs; ModuleExercises picks it per island, so no
// dictionary ships to the browser.
import type { MessageKey } from "../../../i18n/zh-CN";
import { formatMessage, type MessageParams } from "../../../i18n/format";
import type { ExerciseId } from "../../../lib/exercise-schemas";

/** The key prefix of each exercise's UI strings. */
export const EXERCISE_STRING_PREFIX = {
  "mindset-sort": "exercise.mindset.",
  "eoac-builder": "exercise.eoac.",
  "above-standard-scenario": "exercise.scenario.",
  "belonging-assessment": "exercise.belonging.",
} as const satisfies Record<ExerciseId, `exercise.${string}.`>;

/** Already translated strings under one prefix, keyed like the dictionaries. */
export type StringsUnder<P extends string> = Readonly<Record<Extract<MessageKey, `${P}${string}`>, string>>;

/** A formatter bound to an island's strings. */
export function textFor<K extends string>(strings: Readonly<Record<K, string>>) {
  return (key: K, params?: MessageParams): string => formatMessage(strings[key], params);
}
