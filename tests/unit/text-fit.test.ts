// Sizing card text: the largest size that fits, one shared size for most cards of a page, whole lines.
import { describe, expect, it } from "vitest";
import { largestFitting, sharedScale, wholeLines } from "../../src/lib/text-fit";

describe("largestFitting", () => {
  it("finds the largest size that fits, from below", () => {
    const found = largestFitting((px) => px <= 27.3, { min: 13, max: 64, steps: 10 });
    expect(found).toBeLessThanOrEqual(27.3);
    expect(found).toBeGreaterThan(27.2);
  });

  it("takes the largest when it fits and the smallest when nothing does", () => {
    expect(largestFitting(() => true, { min: 13, max: 64 })).toBe(64);
    expect(largestFitting(() => false, { min: 13, max: 64 })).toBe(13);
  });
});

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
