import { describe, expect, it } from "vitest";
import {
  meanStrength,
  STRENGTH_ITEMS,
  strengthScore,
} from "../../../pocketbase/pb_hooks/lib/pure/commitment-strength.js";

const answers = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`strength${i + 1}`, v]));

describe("strengthScore", () => {
  it("reverses items 1, 2 and 4, as Klein et al. (2001) word them against the goal", () => {
    expect(STRENGTH_ITEMS.filter((i) => i.reverse).map((i) => i.field)).toEqual([
      "strength1",
      "strength2",
      "strength4",
    ]);
  });

  it("is 5 for the most committed answers and 1 for the least", () => {
    expect(strengthScore(answers(1, 1, 5, 1, 5))).toBe(5);
    expect(strengthScore(answers(5, 5, 1, 5, 1))).toBe(1);
  });

  it("is the mean of the scored items", () => {
    // 6-2, 6-1, 4, 6-3, 5 → 4 + 5 + 4 + 3 + 5 = 21
    expect(strengthScore(answers(2, 1, 4, 3, 5))).toBe(4.2);
    // Agreeing with everything is not commitment: the reversed items cancel it out.
    expect(strengthScore(answers(5, 5, 5, 5, 5))).toBe(2.6);
  });

  it("has no score unless all five are answered from 1 to 5", () => {
    expect(strengthScore(answers(2, 1, 4, 3))).toBeNull();
    expect(strengthScore(answers(0, 1, 4, 3, 5))).toBeNull();
    expect(strengthScore(answers(2, 1, 4, 3, 6))).toBeNull();
    expect(strengthScore(answers(2, 1, 4.5, 3, 5))).toBeNull();
    expect(strengthScore({})).toBeNull();
  });
});

describe("meanStrength", () => {
  it("averages the complete answers only, and says how many", () => {
    expect(meanStrength([answers(1, 1, 5, 1, 5), answers(2, 1, 4, 3, 5), answers(0, 0, 0, 0, 0)])).toEqual({
      mean: 4.6,
      n: 2,
    });
  });

  it("rounds to two decimals and has no mean without answers", () => {
    expect(meanStrength([answers(1, 1, 5, 1, 5), answers(2, 1, 4, 3, 5), answers(2, 2, 4, 3, 4)])).toEqual({
      mean: 4.33,
      n: 3,
    });
    expect(meanStrength([])).toEqual({ mean: null, n: 0 });
  });
});
