// The coach's view for the trainer: which of a cohort's commitments are vague, have no moment (trigger) or
// no measure, from the same advice the participant saw while writing (assessCommitment in coach.ts), so
// the trainer can coach in the room before people leave. Pure: the caller passes the commitments.
import { assessCommitment, type CommitmentDraft, type FindingCode } from "./coach";
import type { Locale } from "../i18n/locales";
import type { CommitmentsRecord } from "./pocketbase-types";

/** What the trainer looks for, in the order the dashboard shows it. */
export const COACH_GAPS = ["vague", "moment", "measure"] as const;
export type CoachGap = (typeof COACH_GAPS)[number];

/** The stored fields the coach reads. */
export type ReviewedCommitment = Pick<
  CommitmentsRecord,
  "action" | "trigger" | "dueOn" | "measure" | "support" | "kind" | "visibility" | "confidence"
>;

/** Which gap each finding shows; findings not listed (a date, support, confidence) are the participant's tips only. */
const GAP_OF: Partial<Record<FindingCode, CoachGap>> = {
  "vague-wording": "vague",
  "not-observable": "vague",
  "multiple-actions": "vague",
  "too-long": "vague",
  "no-action": "vague",
  "no-trigger": "moment",
  "weak-trigger": "moment",
  "no-measure": "measure",
};

/** The gaps of one commitment, in COACH_GAPS order; a vague measure ("客户满意") is no measure. */
export function coachGaps(commitment: ReviewedCommitment, locale: Locale): CoachGap[] {
  const draft: CommitmentDraft = { ...commitment, dueOn: commitment.dueOn.slice(0, 10) };
  const found = new Set<CoachGap>();
  // The day only matters for date advice, which the trainer's view leaves out.
  for (const f of assessCommitment(draft, locale, { today: "2000-01-01" })) {
    const gap = f.code === "vague-wording" && f.field === "measure" ? "measure" : GAP_OF[f.code];
    if (gap) found.add(gap);
  }
  return COACH_GAPS.filter((gap) => found.has(gap));
}

/** Each commitment with its gaps (only those with any), and how many commitments have each gap. */
export function reviewCommitments<T extends ReviewedCommitment>(
  commitments: readonly T[],
  locale: Locale,
): { flagged: { commitment: T; gaps: CoachGap[] }[]; counts: Record<CoachGap, number> } {
  const counts: Record<CoachGap, number> = { vague: 0, moment: 0, measure: 0 };
  const flagged: { commitment: T; gaps: CoachGap[] }[] = [];
  for (const commitment of commitments) {
    const gaps = coachGaps(commitment, locale);
    for (const gap of gaps) counts[gap] += 1;
    if (gaps.length) flagged.push({ commitment, gaps });
  }
  return { flagged, counts };
}
