import { describe, expect, it } from "vitest";
import {
  EPSILON,
  MIN_ANSWERS,
  laplace,
  noiseScale,
  readBelongingSummary,
  releaseProfile,
  uniformFromHex,
} from "../../../pocketbase/pb_hooks/lib/pure/belonging-profile.js";
import {
  BELONGING_COMPONENTS,
  LIKERT_POINTS,
  belongingSummary,
  type BelongingItem,
  type LikertPoint,
} from "../../../src/lib/belonging";

const ITEMS: BelongingItem[] = BELONGING_COMPONENTS.flatMap((component) =>
  [1, 2, 3].map((i) => ({ id: `${component}-${i}`, component })),
);
const summary = (
  identification: number,
  security: number,
  value: number,
  engagement: number,
  weakest = "engagement",
) => ({ identification, security, value, engagement, weakest });

describe("a recorded belonging summary", () => {
  it("is accepted exactly as the assessment records it, for every way of answering a component", () => {
    // Every combination of three points for one component, the other components fixed.
    for (const a of LIKERT_POINTS)
      for (const b of LIKERT_POINTS)
        for (const c of LIKERT_POINTS) {
          const answers: Record<string, LikertPoint> = {};
          for (const item of ITEMS) answers[item.id] = 3;
          Object.assign(answers, { "security-1": a, "security-2": b, "security-3": c });
          const recorded = JSON.parse(JSON.stringify(belongingSummary(ITEMS, answers)));
          expect(readBelongingSummary(recorded), JSON.stringify(recorded)).not.toBeNull();
        }
  });

  it.each([
    ["a huge number", summary(1e308, 3, 3, 2)],
    ["a number as text", { ...summary(3, 3, 3, 2), security: "3" }],
    ["below the scale", summary(0.9, 3, 3, 2, "identification")],
    ["above the scale", summary(5.1, 3, 3, 2)],
    ["off the scale's 1-decimal grid", summary(3.33, 3, 3, 2)],
    ["a missing component", { identification: 3, security: 3, value: 3, weakest: "identification" }],
    ["free text alongside", { ...summary(3, 3, 3, 2), note: "我的主管对我不好" }],
    ["a weakest component that is not the lowest", summary(3, 3, 3, 2, "security")],
    ["an unknown weakest component", summary(3, 3, 3, 2, "happiness")],
    ["a boolean", summary(true as unknown as number, 3, 3, 2)],
    ["a list", [3, 3, 3, 2]],
    ["nothing", null],
  ])("is refused with %s", (_what, value) => {
    expect(readBelongingSummary(value)).toBeNull();
  });
});

describe("the noise", () => {
  it("is Laplace of the given scale: the median is 0, and a draw beyond b has probability 1/e", () => {
    expect(laplace(2, 0.5)).toBeCloseTo(0, 12);
    expect(laplace(2, Math.exp(-1) / 2)).toBeCloseTo(-2, 12);
    expect(laplace(2, 1 - Math.exp(-1) / 2)).toBeCloseTo(2, 12);
    expect(laplace(2, 0.25)).toBeCloseTo(-laplace(2, 0.75), 12);
  });

  it("is scaled to one person's largest effect on a mean (4 points on the 1-5 scale, over n), for ε = 1", () => {
    expect(EPSILON).toBe(1);
    expect(noiseScale(10)).toBeCloseTo(0.4, 12);
    expect(noiseScale(40)).toBeCloseTo(0.1, 12);
  });

  it("draws from 52 random bits strictly inside (0, 1)", () => {
    expect(uniformFromHex("0000000000000")).toBeGreaterThan(0);
    expect(uniformFromHex("fffffffffffff")).toBeLessThan(1);
    expect(uniformFromHex("8000000000000")).toBeCloseTo(0.5, 12);
  });
});

describe("the released profile", () => {
  const answers = (n: number, mean = 3) =>
    Array.from({ length: n }, () => ({ identification: mean, security: mean, value: mean, engagement: mean }));

  it(`needs ${MIN_ANSWERS} answers`, () => {
    expect(MIN_ANSWERS).toBe(10);
    expect(releaseProfile(answers(MIN_ANSWERS - 1), () => 0.5)).toBeNull();
    expect(releaseProfile(answers(MIN_ANSWERS), () => 0.5)).toEqual({
      answers: 10,
      noise: 0.4,
      identification: 3,
      security: 3,
      value: 3,
      engagement: 3,
    });
  });

  it("adds the noise to each mean, keeps it on the scale and rounds it to one decimal", () => {
    const draws = [Math.exp(-1) / 2, 1 - Math.exp(-1) / 2, 1e-12, 1 - 1e-12];
    let i = 0;
    const profile = releaseProfile(answers(10), () => draws[i++]!);
    expect(profile).toEqual({ answers: 10, noise: 0.4, identification: 2.6, security: 3.4, value: 1, engagement: 5 });
  });

  it("is ε-differentially private per component: changing one person's answer from 1 to 5 changes the chance of any released value at most e-fold", () => {
    // The exact distribution of the released identification mean, over a fine grid of the uniform draw,
    // for two cohorts that differ only in one person's answer (every other answer known to the trainer).
    const others = answers(MIN_ANSWERS - 1);
    const distribution = (victim: number) => {
      const counts = new Map<number, number>();
      const steps = 400_000;
      for (let k = 0; k < steps; k++) {
        const u = (k + 0.5) / steps;
        const released = releaseProfile(
          [...others, { identification: victim, security: 3, value: 3, engagement: 3 }],
          () => u,
        )!;
        counts.set(released.identification, (counts.get(released.identification) ?? 0) + 1 / steps);
      }
      return counts;
    };
    const low = distribution(1);
    const high = distribution(5);
    let worst = 0;
    for (const value of new Set([...low.keys(), ...high.keys()])) {
      const p = low.get(value) ?? 0;
      const q = high.get(value) ?? 0;
      if (Math.min(p, q) < 1e-3) continue; // too rare for the grid to measure
      worst = Math.max(worst, p / q, q / p);
    }
    expect(worst).toBeGreaterThan(2); // the answer does move the output a little...
    expect(worst).toBeLessThanOrEqual(Math.exp(EPSILON) * 1.01); // ...but never beyond e^ε
  });
});
