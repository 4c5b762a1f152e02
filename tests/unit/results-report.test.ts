import { describe, expect, it } from "vitest";
import { benefitCost, isolationAdjusted, resultChange, type MeasureFigures } from "../../src/lib/results-report";

const complaints: MeasureFigures = {
  direction: "lower",
  baseline: 4,
  baselineOn: "2026-10-01 00:00:00.000Z",
  values: [
    { measuredOn: "2027-01-05 00:00:00.000Z", value: 3 },
    { measuredOn: "2026-12-01 00:00:00.000Z", value: 3.5 },
    // On the baseline's day or before: not an "after".
    { measuredOn: "2026-10-01 00:00:00.000Z", value: 9 },
  ],
};

describe("resultChange", () => {
  it("compares the latest later value with the baseline, in the better direction", () => {
    expect(resultChange(complaints)).toEqual({
      baseline: 4,
      latest: 3,
      latestOn: "2027-01-05",
      laterValues: 2,
      change: -1,
      relative: -0.25,
      improvement: 1,
      improved: true,
    });
  });

  it("credits no improvement when the measure got worse or has no later value", () => {
    const worse = resultChange({ ...complaints, direction: "higher" });
    expect([worse.improved, worse.improvement]).toEqual([false, 0]);
    expect(resultChange({ ...complaints, values: [] })).toMatchObject({ latest: null, improvement: 0, improved: null });
    expect(resultChange({ ...complaints, baseline: 0, direction: "higher" }).relative).toBeNull();
  });
});

describe("isolationAdjusted", () => {
  it("discounts each estimate by its own confidence (Phillips: estimate × confidence)", () => {
    const figures = isolationAdjusted([
      { share: 60, sure: 80 },
      { share: 20, sure: 50 },
    ]);
    expect(figures.meanShare).toBeCloseTo(0.4);
    expect(figures.meanSure).toBeCloseTo(0.65);
    // (0.6 × 0.8 + 0.2 × 0.5) ÷ 2 = 0.29, below the plain mean share of 0.4
    expect(figures.adjustedShare).toBeCloseTo(0.29);
  });

  it("counts the asked who did not answer as crediting nothing, and never claims more than 100 %", () => {
    expect(isolationAdjusted([{ share: 60, sure: 80 }], 4).adjustedShare).toBeCloseTo(0.12);
    expect(isolationAdjusted([{ share: 250, sure: 100 }]).adjustedShare).toBe(1);
    expect(isolationAdjusted([{ share: -10, sure: 90 }]).adjustedShare).toBe(0);
    expect(isolationAdjusted([], 5)).toEqual({
      respondents: 0,
      base: 5,
      meanShare: null,
      meanSure: null,
      adjustedShare: 0,
    });
  });
});

describe("benefitCost", () => {
  const change = resultChange(complaints);
  const isolation = isolationAdjusted([{ share: 50, sure: 80 }]);

  it("values the improvement credited to the programme, against its cost", () => {
    // 1 unit × 0.4 × 10,000 = 4,000 against 2,000
    expect(benefitCost(change, isolation, { cost: 2000, valuePerUnit: 10000 })).toEqual({
      benefit: 4000,
      cost: 2000,
      ratio: 2,
      roi: 1,
    });
  });

  it("is left out unless the trainer gives both a cost and a value per unit", () => {
    expect(benefitCost(change, isolation, { cost: 0, valuePerUnit: 10000 })).toBeNull();
    expect(benefitCost(change, isolation, { cost: 2000, valuePerUnit: Number.NaN })).toBeNull();
  });

  it("claims no benefit from a measure that got worse", () => {
    const worse = resultChange({ ...complaints, direction: "higher" });
    expect(benefitCost(worse, isolation, { cost: 2000, valuePerUnit: 10000 })?.benefit).toBe(0);
  });
});
