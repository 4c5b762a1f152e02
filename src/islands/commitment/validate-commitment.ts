// The form's fields and the errors it shows on them. Whether a draft can be sent is decided by
// draftErrors (src/lib/draft-errors.ts), through submitDraft in src/stores/commitment-submit.ts.
import type { IslandKey } from "../../i18n/islands";

/** The form's fields in reading order (also their `name` attributes). */
export const COMMIT_FIELDS = [
  "action",
  "trigger",
  "dueOn",
  "measure",
  "support",
  "confidence",
  "kind",
  "visibility",
] as const;

/** One of the form's fields. */
export type CommitField = (typeof COMMIT_FIELDS)[number];

/** Message keys of the problems per field. */
export type FieldErrors = Partial<Record<CommitField, IslandKey<"commit">>>;

/** A written field's label: when and how-it-shows have one name on every page (common.*), the rest their form's own. */
export function fieldLabelKey(field: "action" | "trigger" | "dueOn" | "measure" | "support"): IslandKey<"commit"> {
  if (field === "trigger") return "common.trigger";
  if (field === "measure") return "common.measure";
  return `commit.${field}.label`;
}
