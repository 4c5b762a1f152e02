// Whether a commitment draft can be sent: the one check, used by the submit action before a draft enters
// the outbox. It holds the server's rules only (required fields, lengths, allowed values), never the coach's
// advice, and it is small on purpose: it ships with every module page, while the coach loads later.
import type { MessageKey } from "../i18n/zh-CN";
import type { CommitmentDraft } from "./coach";
import { COMMITMENTS_FIELDS as F } from "./pocketbase-contract/commitments";

/** The draft's text fields with the schema's limits in characters (code points). */
const TEXT_LIMITS = {
  action: F.action.max,
  trigger: F.trigger.max,
  measure: F.measure.max,
  support: F.support.max,
} as const;

/** Allowed values of the draft's choice fields, as the schema's select fields list them. */
const CHOICES = { kind: F.kind.values, visibility: F.visibility.values } as const;

/** A message key draftErrors may give. */
export type DraftErrorKey = Extract<
  MessageKey,
  | "commit.error.action"
  | "commit.error.confidence"
  | "errors.validation_max_text_constraint"
  | "errors.validation_invalid_value"
>;

/** Why a draft cannot be sent, one message key per field; empty when it can be sent. */
export type DraftErrors = Partial<Record<keyof CommitmentDraft, DraftErrorKey>>;

/** Everything the server would refuse in a draft, per field (first the required fields, then lengths and values). */
export function draftErrors(draft: CommitmentDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.action.trim() === "") errors.action = "commit.error.action";
  const { confidence } = draft;
  if (
    confidence === null ||
    !Number.isInteger(confidence) ||
    confidence < F.confidence.min ||
    confidence > F.confidence.max
  ) {
    errors.confidence = "commit.error.confidence";
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    // Counted in code points as the server counts, so 500 emoji still fit.
    if ([...draft[field]].length > max) errors[field] ??= "errors.validation_max_text_constraint";
  }
  for (const [field, allowed] of Object.entries(CHOICES) as [keyof typeof CHOICES, readonly string[]][]) {
    if (!allowed.includes(draft[field])) errors[field] = "errors.validation_invalid_value";
  }
  return errors;
}
