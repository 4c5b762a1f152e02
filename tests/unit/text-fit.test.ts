// Sizing card text: the largest size that fits each card, one shared size for most cards of a page, whole lines.
import { describe, expect, it } from "vitest";
import { largestFittingEach, sharedScale, wholeLines } from "../../src/lib/text-fit";

describe("sharedScale", () => {
  it("lets one long card in five be smaller without shrinking the others", () => {
    expect(sharedScale([40, 42, 44, 46, 18])).toBe(40);
  });

  it("follows the small ones when most are small", () => {
    expect(sharedScale([20, 21, 22, 60, 61])).toBe(21);
  });

  it("is 1 with no cards", () => {
    expect(sharedScale([])).toBe(1);
  });
});

describe("wholeLines", () => {
  it("counts only whole lines, and at least one", () => {
    expect(wholeLines(100, 26)).toBe(3);
    expect(wholeLines(78, 26)).toBe(3);
    expect(wholeLines(10, 26)).toBe(1);
    expect(wholeLines(100, 0)).toBe(1);
  });
});

describe("largestFittingEach", () => {
  it("finds each box's own largest size, asking about all boxes at once", () => {
    const limits = [20, 64, 13.5, 40];
    const asked: number[][] = [];
    const found = largestFittingEach(
      limits.length,
      (sizes) => {
        asked.push([...sizes]);
        return sizes.map((size, i) => size <= limits[i]!);
      },
      { min: 13, max: 64, steps: 10 },
    );
    expect(found[1]).toBe(64);
    for (const i of [0, 2, 3]) {
      expect(found[i]).toBeLessThanOrEqual(limits[i]!);
      expect(found[i]).toBeGreaterThan(limits[i]! - 0.1);
    }
    expect(asked).toHaveLength(11); // the largest size once, then one question per step for every box
  });

  it("gives the smallest size to a box nothing fits", () => {
    expect(largestFittingEach(2, (sizes) => sizes.map(() => false), { min: 13, max: 64 })).toEqual([13, 13]);
  });
});
