// The figures a results report may claim, worked out from what was measured and never more (the
// Phillips ROI method's conservative rules): a measure's change from its baseline, the share of a change
// participants credit to what they did, adjusted by how sure they are (estimate × confidence), and a
// benefit-cost line only from the trainer's own cost and value per unit. Pure: tests/unit/results-report.test.ts.

/** A measure as the report needs it: which way is better, the baseline, and later values by day. */
export interface MeasureFigures {
  direction: "lower" | "higher";
  baseline: number;
  baselineOn: string;
  values: readonly { measuredOn: string; value: number }[];
}

/** The latest value against the baseline; `improved` is null when there is no later value or no change. */
export interface ResultChange {
  baseline: number;
  latest: number | null;
  latestOn: string;
  /** Later values measured (the sample the "after" rests on is one value: the latest). */
  laterValues: number;
  /** latest − baseline, in the measure's unit. */
  change: number | null;
  /** The change as a share of the baseline (null when the baseline is 0). */
  relative: number | null;
  /** The change in the better direction, in the measure's unit (0 when it got worse or did not move). */
  improvement: number;
  improved: boolean | null;
}

/** Day "YYYY-MM-DD" of a stored date. */
const dayOf = (date: string) => date.slice(0, 10);

/** A measure's change from its baseline to its latest value measured after the baseline day. */
export function resultChange(measure: MeasureFigures): ResultChange {
  const base = dayOf(measure.baselineOn);
  const later = measure.values
    .filter((v) => dayOf(v.measuredOn) > base)
    .sort((a, b) => dayOf(a.measuredOn).localeCompare(dayOf(b.measuredOn)));
  const last = later.at(-1);
  if (!last)
    return {
      baseline: measure.baseline,
      latest: null,
      latestOn: "",
      laterValues: 0,
      change: null,
      relative: null,
      improvement: 0,
      improved: null,
    };
  const change = last.value - measure.baseline;
  const better = measure.direction === "lower" ? -change : change;
  return {
    baseline: measure.baseline,
    latest: last.value,
    latestOn: dayOf(last.measuredOn),
    laterValues: later.length,
    change,
    relative: measure.baseline === 0 ? null : change / Math.abs(measure.baseline),
    improvement: Math.max(0, better),
    improved: change === 0 ? null : better > 0,
  };
}

/** One participant's isolation estimate at a follow-up: share of the change from what they did, and how sure, each 0..100. */
export interface IsolationAnswer {
  share: number;
  sure: number;
}

/** The isolation step: how many answered, their plain means, and the conservatively adjusted share (0..1). */
export interface IsolationFigures {
  respondents: number;
  /** Whom the share is spread over: the respondents, or everyone asked if that is more (no answer counts as no credit). */
  base: number;
  meanShare: number | null;
  meanSure: number | null;
  /** Σ(share × sure) ÷ base: each estimate discounted by its own confidence, non-answers as 0. Never above any mean. */
  adjustedShare: number;
}

const clampPercent = (n: number) => Math.min(100, Math.max(0, Number.isFinite(n) ? n : 0));

/**
 * The Phillips isolation adjustment: each participant's estimate × their confidence, summed, divided by
 * the respondents or, when more were asked (`asked`), by everyone asked, as the method counts a missing
 * answer as no improvement.
 */
export function isolationAdjusted(answers: readonly IsolationAnswer[], asked = 0): IsolationFigures {
  const respondents = answers.length;
  const base = Math.max(respondents, asked);
  if (respondents === 0) return { respondents, base, meanShare: null, meanSure: null, adjustedShare: 0 };
  let share = 0;
  let sure = 0;
  let adjusted = 0;
  for (const a of answers) {
    const s = clampPercent(a.share) / 100;
    const c = clampPercent(a.sure) / 100;
    share += s;
    sure += c;
    adjusted += s * c;
  }
  return {
    respondents,
    base,
    meanShare: share / respondents,
    meanSure: sure / respondents,
    adjustedShare: adjusted / base,
  };
}

/** The benefit-cost line, from the trainer's cost and value per unit; null unless both are given and positive. */
export interface BenefitCost {
  /** improvement × adjusted share × value per unit. */
  benefit: number;
  cost: number;
  /** benefit ÷ cost. */
  ratio: number;
  /** (benefit − cost) ÷ cost, as a share (0.25 = 25 %). */
  roi: number;
}

/** The Phillips-style benefit-cost line of one measure's change, or null when the trainer gave no cost or value. */
export function benefitCost(
  change: ResultChange,
  isolation: IsolationFigures,
  money: { cost: number; valuePerUnit: number },
): BenefitCost | null {
  if (!(money.cost > 0) || !(money.valuePerUnit > 0)) return null;
  const benefit = change.improvement * isolation.adjustedShare * money.valuePerUnit;
  return { benefit, cost: money.cost, ratio: benefit / money.cost, roi: (benefit - money.cost) / money.cost };
}
