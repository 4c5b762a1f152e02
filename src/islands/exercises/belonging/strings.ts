import { EXERCISE_STRING_PREFIX, type StringsUnder } from "../shared/strings";

/** Prefix of the belonging assessment's UI strings. */
export const BELONGING_STRING_PREFIX = EXERCISE_STRING_PREFIX["belonging-assessment"];
export type BelongingStrings = StringsUnder<typeof BELONGING_STRING_PREFIX>;
