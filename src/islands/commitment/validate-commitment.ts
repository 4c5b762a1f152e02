// What keeps a draft from being sent, as message keys per field. This part needs no coach, so the form
// can still check the required fields when the advice could not be loaded (offline before it ever was).
import type { CommitmentDraft } from "../../stores/commitment-draft";
import type { IslandKey } from "../../i18n/islands";

/** The form's fields in reading order (also their `name` attributes). */
export const COMMIT_FIELDS = ["action", "trigger", "dueOn", "measure", "support", "confidence", "kind", "visibility"] as const;

/** One of the form's fields. */
export type CommitField = (typeof COMMIT_FIELDS)[number];

/** Message keys of the problems per field. */
export type FieldErrors = Partial<Record<CommitField, IslandKey<"commit">>>;

/** The required fields left empty: the action, and a confidence from 1 to 10. */
export function requiredErrors(draft: CommitmentDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.action.trim() === "") errors.action = "commit.error.action";
  if (draft.confidence === null) errors.confidence = "commit.error.confidence";
  return errors;
}
