// The coach's view of the room, for the trainer's moderation view of the wall: which shared commitments
// are vague, bundle several actions, name no moment or no way to tell it worked, so the trainer can
// coach before people leave. It asks the participant's own coach (coach.ts) and keeps what a trainer
// can act on in the room; the date, support and confidence are the dashboard's and the participant's.
import { assessCommitment, type Finding } from "./coach";
import type { CommitmentsRecord } from "./pocketbase-types";
import type { Locale } from "../i18n/locales";

/** What the trainer sees on a card, in this order. */
export const COACH_GAPS = ["vague", "several", "no-moment", "no-measure"] as const;

/** One reason to talk to the author before they leave. */
export type CoachGap = (typeof COACH_GAPS)[number];

/** A gap and, for vague wording or a moment that may never come, the words the coach found ("更好地", "有空时"). */
export interface CardGap {
  gap: CoachGap;
  word?: string;
}

/** The fields the coach reads from a card. */
export type CoachedCard = Pick<CommitmentsRecord, "action" | "trigger" | "measure">;

const GAP_OF: Partial<Record<Finding["code"], CoachGap>> = {
  "vague-wording": "vague",
  "not-observable": "vague",
  "multiple-actions": "several",
  "too-long": "several",
  "no-trigger": "no-moment",
  "weak-trigger": "no-moment",
  "no-measure": "no-measure",
};

/** The card's gaps, at most one of each kind, in COACH_GAPS order (the first finding's word is kept). */
export function cardGaps(card: CoachedCard, locale: Locale): CardGap[] {
  const findings = assessCommitment(
    // Only what the wall holds: no date, support or confidence, so the coach says nothing about those.
    { ...card, dueOn: "", support: "", kind: "personal", visibility: "cohort", confidence: null },
    locale,
  );
  const found = new Map<CoachGap, CardGap>();
  for (const finding of findings) {
    const gap = GAP_OF[finding.code];
    if (!gap || found.has(gap)) continue;
    const word = finding.params?.["word"];
    found.set(gap, typeof word === "string" ? { gap, word } : { gap });
  }
  return COACH_GAPS.flatMap((gap) => found.get(gap) ?? []);
}

/** How many cards have each gap, for the line above the list ("3 vague, 5 without a moment"). */
export function gapCounts(gapsPerCard: readonly (readonly CardGap[])[]): Record<CoachGap, number> {
  const counts = Object.fromEntries(COACH_GAPS.map((gap) => [gap, 0])) as Record<CoachGap, number>;
  for (const gaps of gapsPerCard) for (const { gap } of gaps) counts[gap] += 1;
  return counts;
}
