// Whether a commitment draft can be sent: the one check, used by the submit action before a draft enters
// the outbox. It holds the server's rules only (required fields, lengths, allowed values), never the coach's
// advice, and it is small on purpose: it ships with every module page, while the coach loads later.
import type { MessageKey } from "../i18n/zh-CN";
import type { CommitmentDraft } from "./coach";

/** The server's limits in characters (code points), as the PocketBase schema sets them. */
export const COMMITMENT_LIMITS = { action: 500, trigger: 300, measure: 300, support: 200 } as const;

/** Allowed values of the draft's choice fields, as the schema's select fields list them. */
const CHOICES = {
  kind: ["personal", "team", "organization"],
  visibility: ["private", "cohort"],
} as const satisfies Partial<Record<keyof CommitmentDraft, readonly string[]>>;

/** A message key draftErrors may give. */
export type DraftErrorKey = Extract<
  MessageKey,
  "commit.error.action" | "commit.error.confidence" | "errors.validation_max_text_constraint" | "errors.validation_invalid_value"
>;

/** Why a draft cannot be sent, one message key per field; empty when it can be sent. */
export type DraftErrors = Partial<Record<keyof CommitmentDraft, DraftErrorKey>>;

/** Everything the server would refuse in a draft, per field (first the required fields, then lengths and values). */
export function draftErrors(draft: CommitmentDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.action.trim() === "") errors.action = "commit.error.action";
  const { confidence } = draft;
  if (confidence === null || !Number.isInteger(confidence) || confidence < 1 || confidence > 10) {
    errors.confidence = "commit.error.confidence";
  }
  for (const [field, max] of Object.entries(COMMITMENT_LIMITS) as [keyof typeof COMMITMENT_LIMITS, number][]) {
    // Counted in code points as the server counts, so 500 emoji still fit.
    if ([...draft[field]].length > max) errors[field] ??= "errors.validation_max_text_constraint";
  }
  for (const [field, allowed] of Object.entries(CHOICES) as [keyof typeof CHOICES, readonly string[]][]) {
    if (!allowed.includes(draft[field])) errors[field] = "errors.validation_invalid_value";
  }
  return errors;
}
