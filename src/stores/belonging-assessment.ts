// The belonging self-assessment on this device: the answers, whether the result was asked for, a note.
import {
  belongingSummary,
  isLikertPoint,
  unansweredItems,
  type BelongingItem,
  type LikertPoint,
} from "../lib/belonging";
import { completeExercise, exerciseState, isRecord, isRecordOf } from "./exercises";

export interface BelongingState {
  answers: Readonly<Record<string, LikertPoint>>;
  /** Whether the participant asked for the result with every item answered. */
  submitted: boolean;
  /** The participant's own reflection on the weakest component; never leaves the device. */
  reflection: string;
}

/** What the actions need of the exercise's data. */
export interface BelongingInput {
  module: string;
  items: readonly BelongingItem[];
}

/** An assessment with nothing answered. */
export const EMPTY_BELONGING: BelongingState = { answers: {}, submitted: false, reflection: "" };

function isState(value: unknown): value is BelongingState {
  return (
    isRecord(value) &&
    isRecordOf(value["answers"], isLikertPoint) &&
    typeof value["submitted"] === "boolean" &&
    typeof value["reflection"] === "string"
  );
}

/** The assessment, kept under `jiannuo:exercise:belonging-assessment`. */
export const $belongingAssessment = exerciseState("belonging-assessment", EMPTY_BELONGING, isState);

function recordResult(data: BelongingInput, answers: BelongingState["answers"]): void {
  completeExercise("belonging-assessment", data.module, belongingSummary(data.items, answers));
}

/** Keeps one answer; once the result has been shown, the recorded result follows the change. */
export function answerBelongingItem(data: BelongingInput, itemId: string, point: LikertPoint): void {
  const state = $belongingAssessment.get();
  const answers = { ...state.answers, [itemId]: point };
  $belongingAssessment.set({ ...state, answers });
  if (state.submitted && unansweredItems(data.items, answers).length === 0) recordResult(data, answers);
}

/** Shows the result when every item is answered; returns the ids still unanswered (empty on success). */
export function submitBelonging(data: BelongingInput): string[] {
  const state = $belongingAssessment.get();
  const missing = unansweredItems(data.items, state.answers);
  if (missing.length > 0) return missing;
  $belongingAssessment.set({ ...state, submitted: true });
  recordResult(data, state.answers);
  return [];
}

/** Keeps the participant's reflection. */
export function setBelongingReflection(reflection: string): void {
  $belongingAssessment.set({ ...$belongingAssessment.get(), reflection });
}

/** Clears the answers and the reflection to answer again. */
export function retakeBelonging(): void {
  $belongingAssessment.set(EMPTY_BELONGING);
}
