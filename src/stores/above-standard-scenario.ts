// The above-standard scenario on this device: the choices taken so far, replayed from the start.
import { walkScenario, type Scenario } from "../lib/scenario";
import { completeExercise, exerciseState, isRecord } from "./exercises";

export interface ScenarioState {
  /** Ids of the choices taken, in order. */
  choices: readonly string[];
}

/** What the actions need of the exercise's data. */
export interface ScenarioInput extends Scenario {
  module: string;
}

/** The scenario at its start. */
export const EMPTY_SCENARIO: ScenarioState = { choices: [] };

function isState(value: unknown): value is ScenarioState {
  const choices = isRecord(value) ? value["choices"] : undefined;
  return Array.isArray(choices) && choices.every((id) => typeof id === "string");
}

/** The path so far, kept under `jiannuo:exercise:above-standard-scenario`. */
export const $aboveStandardScenario = exerciseState("above-standard-scenario", EMPTY_SCENARIO, isState);

/** Takes a choice at the current decision; reaching an ending completes the exercise. */
export function chooseScenarioOption(data: ScenarioInput, choiceId: string): void {
  // Replay first, so a stale stored path (e.g. after a course update) is trimmed to what still fits.
  const { steps, current } = walkScenario(data, $aboveStandardScenario.get().choices);
  if (current.kind !== "decision" || !current.choices.some((choice) => choice.id === choiceId)) return;
  const choices = [...steps.map((step) => step.choice.id), choiceId];
  $aboveStandardScenario.set({ choices });
  const after = walkScenario(data, choices);
  if (after.current.kind === "ending") {
    completeExercise("above-standard-scenario", data.module, {
      ending: after.current.id,
      outcome: after.current.outcome,
      decisions: after.steps.length,
      best: after.steps.filter((step) => step.choice.verdict === "best").length,
    });
  }
}

/** Undoes the last choice, back to the decision before it. */
export function stepBackScenario(): void {
  $aboveStandardScenario.set({ choices: $aboveStandardScenario.get().choices.slice(0, -1) });
}

/** Goes back to the start of the scenario. */
export function restartScenario(): void {
  $aboveStandardScenario.set(EMPTY_SCENARIO);
}
