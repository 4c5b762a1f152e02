// Scoring of the mindset sort.
import { describe, expect, it } from "vitest";
import { isMindsetChoice, scoreMindset, type MindsetAnswers, type MindsetStatement } from "../../src/lib/mindset";

const statements: MindsetStatement[] = [
  { id: "a", answer: "product" },
  { id: "b", answer: "customer" },
  { id: "c", answer: "customer" },
  { id: "d", answer: "product" },
];

describe("scoreMindset", () => {
  it("starts with nothing answered", () => {
    expect(scoreMindset(statements, {})).toMatchObject({ correct: 0, answered: 0, total: 4, complete: false });
  });

  it("counts right answers and completes when every statement is sorted", () => {
    const answers: MindsetAnswers = { a: "product", b: "product", c: "customer", d: "product" };
    const score = scoreMindset(statements, answers);
    expect(score).toMatchObject({ correct: 3, answered: 4, total: 4, complete: true });
    expect(score.results).toEqual([
      { id: "a", chosen: "product", correct: true },
      { id: "b", chosen: "product", correct: false },
      { id: "c", chosen: "customer", correct: true },
      { id: "d", chosen: "product", correct: true },
    ]);
  });

  it("scores a partly sorted round", () => {
    expect(scoreMindset(statements, { b: "customer", d: "customer" })).toMatchObject({
      correct: 1,
      answered: 2,
      complete: false,
    });
  });

  it("ignores answers for statements that are not in the data, and values that are not piles", () => {
    const answers = { a: "product", gone: "customer", b: "maybe" } as unknown as MindsetAnswers;
    expect(scoreMindset(statements, answers)).toMatchObject({ correct: 1, answered: 1, complete: false });
  });

  it("gets a perfect score with every answer right", () => {
    const answers = Object.fromEntries(statements.map((s) => [s.id, s.answer]));
    expect(scoreMindset(statements, answers)).toMatchObject({ correct: 4, total: 4, complete: true });
  });

  it("is never complete without statements", () => {
    expect(scoreMindset([], {}).complete).toBe(false);
  });

  it("recognises the two piles only", () => {
    expect(isMindsetChoice("product")).toBe(true);
    expect(isMindsetChoice("customer")).toBe(true);
    expect(isMindsetChoice("Customer")).toBe(false);
    expect(isMindsetChoice(undefined)).toBe(false);
  });
});
