// The EOAC builder on this device: the chosen remark, the four parts as typed, and what has been shown.
import type { Locale } from "../i18n";
import { checkEoac, countOkParts, EOAC_PARTS, type EoacPart, type EoacParts } from "../lib/eoac";
import { completeExercise, exerciseState, isRecord } from "./exercises";

export interface EoacBuilderState {
  /** Id of the chosen remark; null until one is picked (the island shows the first). */
  remark: string | null;
  parts: EoacParts;
  /** Whether the participant has asked for the checks (hints show from then on, following the text). */
  checked: boolean;
  modelShown: boolean;
}

const EMPTY_PARTS: EoacParts = { example: "", outcome: "", action: "", change: "" };
/** A draft with nothing typed or shown. */
export const EMPTY_EOAC_BUILDER: EoacBuilderState = {
  remark: null,
  parts: EMPTY_PARTS,
  checked: false,
  modelShown: false,
};

function isState(value: unknown): value is EoacBuilderState {
  if (!isRecord(value)) return false;
  const parts = value["parts"];
  return (
    (value["remark"] === null || typeof value["remark"] === "string") &&
    isRecord(parts) &&
    EOAC_PARTS.every((part) => typeof parts[part] === "string") &&
    typeof value["checked"] === "boolean" &&
    typeof value["modelShown"] === "boolean"
  );
}

/** The draft, kept under `jiannuo:exercise:eoac-builder`. */
export const $eoacBuilder = exerciseState("eoac-builder", EMPTY_EOAC_BUILDER, isState);

/** Picks the remark to rewrite; the parts typed so far stay. */
export function chooseRemark(remark: string): void {
  $eoacBuilder.set({ ...$eoacBuilder.get(), remark, modelShown: false });
}

/** Keeps what was typed into one part. */
export function setEoacPart(part: EoacPart, text: string): void {
  const state = $eoacBuilder.get();
  $eoacBuilder.set({ ...state, parts: { ...state.parts, [part]: text } });
}

/**
 * Turns the hints on and returns how many parts pass. With all four parts written the exercise counts as
 * done (the checks are heuristics, so passing them all is not required) and the count is recorded.
 */
export function checkEoacDraft(data: { module: string }, locale: Locale, remark: string): number {
  const state = { ...$eoacBuilder.get(), checked: true };
  $eoacBuilder.set(state);
  const findings = checkEoac(state.parts, locale);
  const partsOk = countOkParts(findings);
  if (EOAC_PARTS.every((part) => findings[part].code !== "empty")) {
    completeExercise("eoac-builder", data.module, { partsOk, parts: EOAC_PARTS.length, remark });
  }
  return partsOk;
}

/** Shows or hides the model answer of the chosen remark. */
export function toggleEoacModel(): void {
  const state = $eoacBuilder.get();
  $eoacBuilder.set({ ...state, modelShown: !state.modelShown });
}

/** Clears the four parts and the hints, keeping the chosen remark. */
export function resetEoacBuilder(): void {
  $eoacBuilder.set({ ...EMPTY_EOAC_BUILDER, remark: $eoacBuilder.get().remark });
}
