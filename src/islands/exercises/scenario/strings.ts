import { EXERCISE_STRING_PREFIX, type StringsUnder } from "../shared/strings";

/** Prefix of the scenario's UI strings. */
export const SCENARIO_STRING_PREFIX = EXERCISE_STRING_PREFIX["above-standard-scenario"];
export type ScenarioStrings = StringsUnder<typeof SCENARIO_STRING_PREFIX>;
