// The commitment being written, per module, kept on the device at every keystroke, so a reload, a
// closed tab or a restarted browser loses nothing. Submitting (commitment-submit.ts) hands it to the
// outbox and clears it.
import { persistentJSON } from "@nanostores/persistent";
import type { CommitmentDraft as WrittenDraft } from "../lib/coach";
import type { CommitmentsRecord } from "../lib/pocketbase-types";
import { DRAFTS_KEY } from "./storage-keys";

/** The goal-commitment scale's answers, 1 to 5, each absent (or undefined once cleared) until answered (islands/commitment/StrengthScale.tsx). */
export type StrengthAnswers = {
  [item in "strength1" | "strength2" | "strength3" | "strength4" | "strength5"]?: CommitmentsRecord[item] | undefined;
};

/** What the participant wrote and chose, and the scale's answers so far. */
export type CommitmentDraft = WrittenDraft & StrengthAnswers;

/** A blank draft: personal, for the trainer only, planned. */
export const EMPTY_DRAFT: CommitmentDraft = {
  kind: "personal",
  action: "",
  trigger: "",
  dueOn: "",
  measure: "",
  support: "",
  confidence: null,
  visibility: "private",
};

/** Drafts by module slug. */
export const $drafts = persistentJSON<Record<string, CommitmentDraft>>(DRAFTS_KEY, {});

/** The draft of one module (a blank one when there is none). */
export function draftOf(module: string): CommitmentDraft {
  return { ...EMPTY_DRAFT, ...$drafts.get()[module] };
}

/** Changes some fields of a module's draft. */
export function editDraft(module: string, change: Partial<CommitmentDraft>): void {
  $drafts.set({ ...$drafts.get(), [module]: { ...draftOf(module), ...change } });
}

/** Forgets a module's draft (after it went to the outbox, or when the participant starts over). */
export function clearDraft(module: string): void {
  const { [module]: _gone, ...rest } = $drafts.get();
  $drafts.set(rest);
}

/** Whether a draft holds anything the participant wrote or chose: some text, a date or a confidence. */
export function hasWriting(draft: Partial<CommitmentDraft>): boolean {
  const full = { ...EMPTY_DRAFT, ...draft };
  const texts = [full.action, full.trigger, full.dueOn, full.measure, full.support];
  return texts.some((text) => text.trim() !== "") || full.confidence !== null;
}
