// Geometry of the dashboard's SVG charts, as plain numbers: the components only draw what these return.
// Coordinates are SVG user units (y grows downwards); nothing here knows about the DOM.

/** A rectangle in the chart's coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One coloured part of a stacked column. */
export interface Segment extends Rect {
  /** Index of the series (e.g. 0 = done) the part belongs to. */
  series: number;
  value: number;
}

/**
 * The smallest "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `value`; 1 for nothing,
 * so an empty chart still has a scale and no division by zero.
 */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** The smallest step of 1, 2 or 5 times a power of ten (at least 1) that is at least `rough`. */
function wholeStep(rough: number): number {
  if (!Number.isFinite(rough) || rough <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
}

/**
 * An axis for counts: whole-number ticks only (a count of 2.5 commitments means nothing), at most `parts`
 * steps from 0, and the axis maximum on the last tick at or above the largest value.
 */
export function countAxis(largest: number, parts = 4): { max: number; ticks: number[] } {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  const step = wholeStep(top / parts);
  const max = Math.ceil(top / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}

/** A part of a whole as a whole percentage (0 when the whole is 0). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** Length of `value` on an axis of `length` units that ends at `max`, never negative or past the end. */
export function scale(value: number, max: number, length: number): number {
  if (max <= 0 || !Number.isFinite(value)) return 0;
  return Math.min(length, Math.max(0, (value / max) * length));
}

/** Where `count` slots of equal width with `gap` between them sit along `length` units. */
function slots(count: number, length: number, gap: number): { start: (i: number) => number; size: number } {
  const size = count > 0 ? Math.max(0, (length - gap * (count - 1)) / count) : 0;
  return { start: (i) => i * (size + gap), size };
}

/** Options for horizontal bars: each row is `rowHeight` tall; bars start at `x` and may grow `width` units. */
export interface BarLayout {
  x: number;
  width: number;
  rowHeight: number;
  barHeight: number;
  /** Axis maximum; defaults to `niceMax` of the largest value. */
  max?: number;
}

/** Horizontal bars, one per value, top to bottom; `height` is the total height of the rows. */
export function horizontalBars(
  values: readonly number[],
  layout: BarLayout,
): { bars: Rect[]; height: number; max: number } {
  const max = layout.max ?? niceMax(Math.max(0, ...values));
  const inset = (layout.rowHeight - layout.barHeight) / 2;
  const bars = values.map((value, i) => ({
    x: layout.x,
    y: i * layout.rowHeight + inset,
    width: scale(value, max, layout.width),
    height: layout.barHeight,
  }));
  return { bars, height: values.length * layout.rowHeight, max };
}

/** Options for vertical columns in a plot area (`x`, `top`, `width`, `height`). */
export interface ColumnLayout {
  x: number;
  top: number;
  width: number;
  height: number;
  gap: number;
  /** Axis maximum; defaults to `niceMax` of the largest column total. */
  max?: number;
}

/** Vertical columns standing on the plot area's bottom edge, left to right (a zero is a flat rectangle). */
export function columns(values: readonly number[], layout: ColumnLayout): { bars: Rect[]; max: number } {
  const max = layout.max ?? niceMax(Math.max(0, ...values));
  const { start, size } = slots(values.length, layout.width, layout.gap);
  const bottom = layout.top + layout.height;
  const bars = values.map((value, i) => {
    const height = scale(value, max, layout.height);
    return { x: layout.x + start(i), y: bottom - height, width: size, height };
  });
  return { bars, max };
}

/**
 * Stacked columns: `rows[i][s]` is series `s` of column `i`. Series are stacked from the bottom in their
 * order; zero parts are left out, so every segment returned has a visible height.
 */
export function stackedColumns(
  rows: readonly (readonly number[])[],
  layout: ColumnLayout,
): { bars: Segment[][]; max: number } {
  const totals = rows.map((row) => row.reduce((sum, v) => sum + Math.max(0, v), 0));
  const max = layout.max ?? niceMax(Math.max(0, ...totals));
  const { start, size } = slots(rows.length, layout.width, layout.gap);
  const bottom = layout.top + layout.height;
  const bars = rows.map((row, i) => {
    let below = 0;
    const segments: Segment[] = [];
    row.forEach((value, series) => {
      if (value <= 0) return;
      const lower = scale(below, max, layout.height);
      below += value;
      const upper = scale(below, max, layout.height);
      segments.push({ x: layout.x + start(i), y: bottom - upper, width: size, height: upper - lower, series, value });
    });
    return segments;
  });
  return { bars, max };
}
