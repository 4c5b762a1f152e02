// Scoring of the belonging self-assessment: a mean per component on a 1-5 scale, and the weakest one.

/** The four components of belonging, in the course's order; ties for the weakest go to the earlier one. */
export const BELONGING_COMPONENTS = ["identification", "security", "value", "engagement"] as const;
export type BelongingComponent = (typeof BELONGING_COMPONENTS)[number];

/** Points of the Likert scale, 1 (strongly disagree) to 5 (strongly agree). */
export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;
export type LikertPoint = (typeof LIKERT_POINTS)[number];

/** What scoring needs of an item. */
export interface BelongingItem {
  id: string;
  component: BelongingComponent;
}

/** Chosen points by item id. */
export type BelongingAnswers = Readonly<Record<string, LikertPoint>>;

/** Means per component; null while a component has an unanswered item. */
export type BelongingMeans = Readonly<Record<BelongingComponent, number | null>>;

export interface BelongingScore {
  means: BelongingMeans;
  answered: number;
  total: number;
  complete: boolean;
}

/** Whether a value is a point of the scale (stored answers may be old or edited by hand). */
export function isLikertPoint(value: unknown): value is LikertPoint {
  return typeof value === "number" && (LIKERT_POINTS as readonly number[]).includes(value);
}

/** Ids of the items without an answer, in the items' order. */
export function unansweredItems(items: readonly BelongingItem[], answers: BelongingAnswers): string[] {
  return items.filter((item) => !isLikertPoint(answers[item.id])).map((item) => item.id);
}

/** The mean of each component over its items; a component is only scored once all its items are answered. */
export function scoreBelonging(items: readonly BelongingItem[], answers: BelongingAnswers): BelongingScore {
  const means = {} as Record<BelongingComponent, number | null>;
  for (const component of BELONGING_COMPONENTS) {
    const points = items.filter((item) => item.component === component).map((item) => answers[item.id]);
    const all = points.length > 0 && points.every(isLikertPoint);
    means[component] = all ? (points as LikertPoint[]).reduce((sum, p) => sum + p, 0) / points.length : null;
  }
  const total = items.length;
  const answered = total - unansweredItems(items, answers).length;
  return { means, answered, total, complete: total > 0 && answered === total };
}

/** The component with the lowest mean (ties: the earliest in BELONGING_COMPONENTS), or null if any is unscored. */
export function weakestComponent(means: BelongingMeans): BelongingComponent | null {
  let weakest: BelongingComponent | null = null;
  for (const component of BELONGING_COMPONENTS) {
    const mean = means[component];
    if (mean === null) return null;
    const lowest = weakest === null ? null : means[weakest];
    if (lowest === null || lowest === undefined || mean < lowest) weakest = component;
  }
  return weakest;
}

/** A mean rounded to one decimal, for display and for the recorded summary. */
export function roundMean(mean: number): number {
  return Math.round(mean * 10) / 10;
}

/**
 * What the assessment records as its result (the participant's own record; the server checks this exact
 * shape, pocketbase/pb_hooks/lib/pure/belonging-profile.js): each component's mean rounded to one
 * decimal, and the weakest component. Only for a complete assessment.
 */
export function belongingSummary(
  items: readonly BelongingItem[],
  answers: BelongingAnswers,
): Record<BelongingComponent | "weakest", number | string> {
  const { means } = scoreBelonging(items, answers);
  const summary = {} as Record<BelongingComponent | "weakest", number | string>;
  for (const component of BELONGING_COMPONENTS) summary[component] = roundMean(means[component] ?? 0);
  summary.weakest = weakestComponent(means) ?? "";
  return summary;
}
