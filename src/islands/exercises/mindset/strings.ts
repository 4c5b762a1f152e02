import { EXERCISE_STRING_PREFIX, type StringsUnder } from "../shared/strings";

/** Prefix of the mindset sort's UI strings. */
export const MINDSET_STRING_PREFIX = EXERCISE_STRING_PREFIX["mindset-sort"];
export type MindsetStrings = StringsUnder<typeof MINDSET_STRING_PREFIX>;
