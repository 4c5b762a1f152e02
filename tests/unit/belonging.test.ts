// Scoring of the belonging self-assessment and the rule for the weakest component.
import { describe, expect, it } from "vitest";
import {
  BELONGING_COMPONENTS,
  roundMean,
  scoreBelonging,
  unansweredItems,
  weakestComponent,
  type BelongingAnswers,
  type BelongingItem,
  type LikertPoint,
} from "../../src/lib/belonging";

const items: BelongingItem[] = BELONGING_COMPONENTS.flatMap((component) =>
  [1, 2, 3].map((n) => ({ id: `${component}-${n}`, component })),
);

/** Answers giving each component the three points listed. */
function answersFor(points: Record<string, [LikertPoint, LikertPoint, LikertPoint]>): BelongingAnswers {
  const answers: Record<string, LikertPoint> = {};
  for (const [component, [a, b, c]] of Object.entries(points)) {
    answers[`${component}-1`] = a;
    answers[`${component}-2`] = b;
    answers[`${component}-3`] = c;
  }
  return answers;
}

describe("scoreBelonging", () => {
  it("averages each component over its items", () => {
    const score = scoreBelonging(
      items,
      answersFor({ identification: [5, 4, 4], security: [2, 3, 1], value: [3, 3, 3], engagement: [5, 5, 4] }),
    );
    expect(score.complete).toBe(true);
    expect(score.answered).toBe(12);
    expect(score.means.identification).toBeCloseTo(13 / 3);
    expect(score.means.security).toBe(2);
    expect(score.means.value).toBe(3);
    expect(score.means.engagement).toBeCloseTo(14 / 3);
  });

  it("leaves a component unscored until all its items are answered", () => {
    const answers = { "security-1": 4, "security-2": 4, "value-1": 2, "value-2": 3, "value-3": 4 } as const;
    const score = scoreBelonging(items, answers);
    expect(score.means).toEqual({ identification: null, security: null, value: 3, engagement: null });
    expect(score.answered).toBe(5);
    expect(score.complete).toBe(false);
  });

  it("ignores values that are not points of the scale and answers to unknown items", () => {
    const answers = { ...answersFor({ value: [4, 4, 4] }), "value-3": 7, stray: 5 } as unknown as BelongingAnswers;
    expect(unansweredItems(items, answers)).toContain("value-3");
    expect(scoreBelonging(items, answers).means.value).toBeNull();
  });

  it("lists unanswered items in the items' order", () => {
    const answers = answersFor({ identification: [3, 3, 3], security: [3, 3, 3], value: [3, 3, 3] });
    expect(unansweredItems(items, answers)).toEqual(["engagement-1", "engagement-2", "engagement-3"]);
  });

  it("is never complete without items", () => {
    expect(scoreBelonging([], {}).complete).toBe(false);
  });
});

describe("weakestComponent", () => {
  it("picks the lowest mean", () => {
    expect(weakestComponent({ identification: 4, security: 3.5, value: 2.7, engagement: 3 })).toBe("value");
    expect(weakestComponent({ identification: 1, security: 3.5, value: 2.7, engagement: 3 })).toBe("identification");
    expect(weakestComponent({ identification: 4, security: 4, value: 4, engagement: 1.3 })).toBe("engagement");
  });

  it("breaks ties by the course's order: identification, security, value, engagement", () => {
    expect(weakestComponent({ identification: 3, security: 3, value: 3, engagement: 3 })).toBe("identification");
    expect(weakestComponent({ identification: 4, security: 2, value: 5, engagement: 2 })).toBe("security");
    expect(weakestComponent({ identification: 4, security: 4.5, value: 2, engagement: 2 })).toBe("value");
  });

  it("ties means computed from different answers the same way", () => {
    const score = scoreBelonging(
      items,
      answersFor({ identification: [5, 5, 5], security: [4, 1, 4], value: [3, 3, 3], engagement: [1, 4, 4] }),
    );
    expect(weakestComponent(score.means)).toBe("security");
  });

  it("has no weakest component while one is unscored", () => {
    expect(weakestComponent({ identification: 1, security: null, value: 3, engagement: 3 })).toBeNull();
  });
});

describe("roundMean", () => {
  it("rounds to one decimal", () => {
    expect(roundMean(13 / 3)).toBe(4.3);
    expect(roundMean(11 / 3)).toBe(3.7);
    expect(roundMean(2)).toBe(2);
  });
});
