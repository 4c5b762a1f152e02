import { EXERCISE_STRING_PREFIX, type StringsUnder } from "../shared/strings";

/** Prefix of the EOAC builder's UI strings. */
export const EOAC_STRING_PREFIX = EXERCISE_STRING_PREFIX["eoac-builder"];
export type EoacStrings = StringsUnder<typeof EOAC_STRING_PREFIX>;
