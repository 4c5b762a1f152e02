// Sizing text to the box it must fit in, as pure functions: the browser measures, these decide. Used by
// the live wall, whose cards show a whole commitment at the largest size their grid cell allows.

/** What to search between, and how finely. */
export interface FitRange {
  /** The smallest scale; returned when even it does not fit (the caller then shortens the text). */
  min: number;
  max: number;
  /** Halvings of the range: 7 brings 0.5–3 to within 0.02. */
  steps?: number;
}

/** The largest scale in the range for which `fits` is true, by bisection (`fits` grows false as scale grows). */
export function largestFitting(fits: (scale: number) => boolean, { min, max, steps = 7 }: FitRange): number {
  if (fits(max)) return max;
  let low = min;
  let high = max;
  for (let i = 0; i < steps; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
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
