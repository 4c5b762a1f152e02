// The coach and the full submit check, loaded when the participant starts on the form: the coach's word
// rules are most of the form's weight, and module pages have a JavaScript budget (see scripts/bench).
import { COMMITMENTS_FIELDS } from "../../lib/pocketbase-types";
import type { CommitmentDraft } from "../../stores/commitment-draft";
import { requiredErrors, type FieldErrors } from "./validate-commitment";

export { assessCommitment, CONFIDENT_FROM, isSubmittable } from "../../lib/coach";

const LIMITED = ["action", "trigger", "measure", "support"] as const;

/** Everything `isSubmittable` refuses, per field: required fields, then the server's length limits. */
export function draftErrors(draft: CommitmentDraft): FieldErrors {
  const errors = requiredErrors(draft);
  for (const field of LIMITED) {
    if ([...draft[field]].length > COMMITMENTS_FIELDS[field].max)
      errors[field] ??= "errors.validation_max_text_constraint";
  }
  return errors;
}
