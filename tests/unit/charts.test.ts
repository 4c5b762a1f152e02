// Chart geometry: nice scales, bars that never leave their plot area, stacks that add up.
import { describe, expect, it } from "vitest";
import { countAxis, columns, horizontalBars, niceMax, percent, scale, stackedColumns } from "../../src/lib/charts";

describe("niceMax", () => {
  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [180, 200],
    [201, 500],
    [2000, 2000],
  ])("niceMax(%s) = %s", (value, expected) => {
    expect(niceMax(value)).toBe(expected);
  });
});

describe("countAxis", () => {
  it.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [2, 2, [0, 1, 2]],
    [7, 8, [0, 2, 4, 6, 8]],
    [8, 8, [0, 2, 4, 6, 8]],
    [10, 10, [0, 5, 10]],
    [38, 40, [0, 10, 20, 30, 40]],
    [300, 300, [0, 100, 200, 300]],
    [301, 400, [0, 100, 200, 300, 400]],
  ])("counts up to %s: axis to %s with whole ticks %j", (largest, max, ticks) => {
    expect(countAxis(largest)).toEqual({ max, ticks });
  });

  it("never draws a tick between two whole numbers (no 2.5 or 7.5)", () => {
    for (let largest = 0; largest <= 500; largest++) {
      const { max, ticks } = countAxis(largest);
      expect(ticks.every(Number.isInteger), `largest ${largest}`).toBe(true);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.at(-1)).toBe(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});

describe("percent and scale", () => {
  it("rounds to whole percent and survives an empty whole", () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it("clamps lengths to the axis", () => {
    expect(scale(5, 10, 200)).toBe(100);
    expect(scale(20, 10, 200)).toBe(200);
    expect(scale(-1, 10, 200)).toBe(0);
    expect(scale(3, 0, 200)).toBe(0);
  });
});

describe("horizontalBars", () => {
  it("gives each value a row and a bar proportional to the nice maximum", () => {
    const { bars, height, max } = horizontalBars([3, 0, 4], { x: 100, width: 200, rowHeight: 30, barHeight: 20 });
    expect(max).toBe(5);
    expect(height).toBe(90);
    expect(bars).toEqual([
      { x: 100, y: 5, width: 120, height: 20 },
      { x: 100, y: 35, width: 0, height: 20 },
      { x: 100, y: 65, width: 160, height: 20 },
    ]);
  });

  it("uses a fixed maximum when given (a 1-5 scale)", () => {
    const { bars } = horizontalBars([2.5], { x: 0, width: 100, rowHeight: 20, barHeight: 10, max: 5 });
    expect(bars[0]?.width).toBe(50);
  });
});

describe("columns", () => {
  it("stands columns on the bottom edge, evenly spaced", () => {
    const { bars, max } = columns([1, 2, 0, 4], { x: 10, top: 0, width: 130, height: 100, gap: 10 });
    expect(max).toBe(5);
    expect(bars.map((b) => b.x)).toEqual([10, 45, 80, 115]);
    expect(bars.every((b) => b.width === 25)).toBe(true);
    expect(bars.map((b) => [b.y, b.height])).toEqual([
      [80, 20],
      [60, 40],
      [100, 0],
      [20, 80],
    ]);
  });

  it("draws nothing for no values", () => {
    expect(columns([], { x: 0, top: 0, width: 100, height: 100, gap: 4 }).bars).toEqual([]);
  });
});

describe("stackedColumns", () => {
  const layout = { x: 0, top: 10, width: 100, height: 100, gap: 0, max: 10 };

  it("stacks series from the bottom, leaving out zero parts", () => {
    const { bars } = stackedColumns(
      [
        [2, 0, 3],
        [10, 0, 0],
      ],
      layout,
    );
    expect(bars[0]).toEqual([
      { x: 0, y: 90, width: 50, height: 20, series: 0, value: 2 },
      { x: 0, y: 60, width: 50, height: 30, series: 2, value: 3 },
    ]);
    expect(bars[1]).toEqual([{ x: 50, y: 10, width: 50, height: 100, series: 0, value: 10 }]);
  });

  it("never draws above the plot area, even past the maximum", () => {
    const { bars } = stackedColumns([[8, 8]], layout);
    const top = Math.min(...(bars[0] ?? []).map((s) => s.y));
    expect(top).toBe(10);
    expect((bars[0] ?? []).reduce((sum, s) => sum + s.height, 0)).toBe(100);
  });

  it("derives a nice maximum from the tallest stack", () => {
    expect(
      stackedColumns(
        [
          [3, 4],
          [1, 1],
        ],
        { x: 0, top: 10, width: 100, height: 100, gap: 0 },
      ).max,
    ).toBe(10);
  });
});
