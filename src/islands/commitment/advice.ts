// The coach and the full submit check, loaded when the participant starts on the form: the coach's word
// rules are most of the form's weight, and module pages have a JavaScript budget (see scripts/bench).
// The two prompts only the coach's findings open (too many open commitments, low confidence) come with it.
import { COMMITMENT_LIMITS } from "../../lib/coach";
import type { CommitmentDraft } from "../../stores/commitment-draft";
import { requiredErrors, type FieldErrors } from "./validate-commitment";

export { assessCommitment, CONFIDENT_FROM, isSubmittable } from "../../lib/coach";
export { LowConfidencePrompt } from "./LowConfidencePrompt";
export { OverCommitment } from "./OverCommitment";

const LIMITED = ["action", "trigger", "measure", "support"] as const;

/** Everything `isSubmittable` refuses, per field: required fields, then the server's length limits. */
export function draftErrors(draft: CommitmentDraft): FieldErrors {
  const errors = requiredErrors(draft);
  for (const field of LIMITED) {
    if ([...draft[field]].length > COMMITMENT_LIMITS[field]) errors[field] ??= "errors.validation_max_text_constraint";
  }
  return errors;
}
