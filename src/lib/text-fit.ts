// Sizing text to the box it must fit in, as pure functions: the browser measures, these decide. Used by
// the live wall, whose cards show a whole commitment at the largest size their grid cell allows.

/** What to search between, and how finely. */
export interface FitRange {
  /** The smallest size; returned when even it does not fit (the caller then shortens the text). */
  min: number;
  max: number;
  /** Halvings of the range: 8 bring 13–64 px to within 0.2 px. */
  steps?: number;
}

/**
 * The largest size in the range at which each of `count` boxes fits, by bisection (a box that fits at a
 * size fits at every smaller one). Each step tries every box's own middle and `fits` answers for all
 * of them together, so a browser lays the page out once per step instead of once per box.
 */
export function largestFittingEach(
  count: number,
  fits: (sizes: readonly number[]) => readonly boolean[],
  { min, max, steps = 7 }: FitRange,
): number[] {
  const low = new Array<number>(count).fill(min);
  const high = new Array<number>(count).fill(max);
  const atMax = fits(high);
  for (let i = 0; i < count; i++) if (atMax[i]) low[i] = max;
  for (let step = 0; step < steps; step++) {
    const middle = low.map((l, i) => (l === max ? max : (l + high[i]!) / 2));
    const answer = fits(middle);
    for (let i = 0; i < count; i++) {
      if (low[i] === max) continue;
      if (answer[i]) low[i] = middle[i]!;
      else high[i] = middle[i]!;
    }
  }
  return low;
}

/**
 * One text size for most cards of a page, so the page reads as one: the size that fits `share` of the
 * cards (0.8: one long commitment in five may be smaller than the rest, and never makes the others tiny).
 * Each card then uses the smaller of this and its own largest size.
 */
export function sharedScale(fitting: readonly number[], share = 0.8): number {
  if (fitting.length === 0) return 1;
  const sorted = [...fitting].sort((a, b) => a - b);
  const index = Math.max(0, sorted.length - Math.ceil(share * sorted.length));
  return sorted[index]!;
}

/** Whole lines of `lineHeight` that fit in `height` (at least one): where to cut a text that cannot fit. */
export function wholeLines(height: number, lineHeight: number): number {
  if (!(lineHeight > 0) || !(height > 0)) return 1;
  return Math.max(1, Math.floor(height / lineHeight + 1e-6));
}
