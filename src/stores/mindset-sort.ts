// The mindset sort on this device: which pile each statement went in during the current round.
import { isMindsetChoice, scoreMindset, type MindsetChoice, type MindsetStatement } from "../lib/mindset";
import { completeExercise, exerciseState, isRecord, isRecordOf } from "./exercises";

export interface MindsetSortState {
  answers: Readonly<Record<string, MindsetChoice>>;
}

/** What the actions need of the exercise's data. */
export interface MindsetSortInput {
  module: string;
  statements: readonly MindsetStatement[];
}

/** A round with nothing sorted yet. */
export const EMPTY_MINDSET_SORT: MindsetSortState = { answers: {} };

function isState(value: unknown): value is MindsetSortState {
  return isRecord(value) && isRecordOf(value["answers"], isMindsetChoice);
}

/** The current round, kept under `jiannuo:exercise:mindset-sort`. */
export const $mindsetSort = exerciseState("mindset-sort", EMPTY_MINDSET_SORT, isState);

/** Puts a statement in a pile (once per round); the last one completes the exercise. */
export function sortStatement(data: MindsetSortInput, statementId: string, choice: MindsetChoice): void {
  const { answers } = $mindsetSort.get();
  if (answers[statementId] !== undefined || !data.statements.some((s) => s.id === statementId)) return;
  const next = { answers: { ...answers, [statementId]: choice } };
  $mindsetSort.set(next);
  const score = scoreMindset(data.statements, next.answers);
  if (score.complete) completeExercise("mindset-sort", data.module, { correct: score.correct, total: score.total });
}

/** Starts a new round with every statement unsorted. */
export function retryMindsetSort(): void {
  $mindsetSort.set(EMPTY_MINDSET_SORT);
}
