// The report's "level by level" section in jsdom: each level with its source, results before and after
// with the credited part, the isolation estimates adjusted (estimate × confidence), and the benefit-cost
// line only once the trainer gives a cost and a value per unit. The arithmetic: tests/unit/results-report.test.ts.
import { fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";
import { signInTrainer } from "../support/fake-pocketbase";
import { BASE_REPORT, renderReport } from "../support/report-page";

const report: ReportData = {
  ...BASE_REPORT,
  levels: {
    exercises: [{ exercise: "eoac-builder", participants: 3 }],
    results: [
      {
        id: "measure00000001",
        name: "Complaints per 1,000 orders",
        unit: "‰",
        direction: "lower",
        baseline: 4,
        baselineOn: "2026-07-01 00:00:00.000Z",
        modules: ["eoac"],
        values: [
          { measuredOn: "2026-09-15 00:00:00.000Z", value: 3.5 },
          { measuredOn: "2026-11-01 00:00:00.000Z", value: 3 },
        ],
      },
    ],
    // (0.6 × 0.8 + 0.2 × 0.5) ÷ 4 asked = 0.145
    isolation: {
      answers: [
        { share: 60, sure: 80 },
        { share: 20, sure: 50 },
      ],
      asked: 4,
    },
  },
};

const renderLevels = (data: ReportData = report) => renderReport(data, "[data-report-levels]");

const level = (name: string) => document.querySelector<HTMLElement>(`[data-level="${name}"]`)!;

beforeEach(() => {
  signInTrainer();
});

describe("level by level", () => {
  it("goes from reaction to return on investment, each level saying where its figures came from", async () => {
    const section = await renderLevels();
    expect(
      within(section)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      "Level 1: Reaction",
      "Level 2: Learning",
      "Level 3: Commitment",
      "Level 3: Behaviour, as participants report it",
      "Level 4: Results",
      "How much of the change came from the programme (participants' estimates)",
      "Level 5: Return on investment",
    ]);
    for (const name of ["reaction", "learning", "commitment", "behaviour", "results", "isolation", "roi"])
      expect({
        name,
        source: level(name).querySelector("[data-source]")?.textContent?.startsWith("Source: ") ?? name === "roi",
      }).toEqual({ name, source: true });
    expect(level("learning").querySelector('[data-exercise="eoac-builder"]')?.textContent).toBe(
      "EOAC feedback builder: done by 3 of 4 participants",
    );
    expect(level("commitment").querySelector('[data-figure="confidence"]')?.textContent).toBe(
      "Mean confidence 8 out of 10 (4 commitments).",
    );
    expect(level("commitment").querySelector('[data-figure="strength"]')?.textContent).toContain(
      "Strength of commitment 4.2 out of 5, from the 3 of 5 commitments",
    );
    expect(level("behaviour").querySelector('[data-figure="behaviour"]')?.textContent).toBe(
      "Of 5 commitments: 1 done, 2 under way; 3 of the 4 participants with commitments answered a follow-up.",
    );
  });

  it("shows each result before and after with its sample, and credits only the adjusted share", async () => {
    await renderLevels();
    const measure = level("results").querySelector<HTMLElement>('[data-measure="measure00000001"]')!;
    const row = (name: string) => measure.querySelector(`tr[data-row="${name}"] td`)?.textContent;
    expect(measure.querySelector("h4")?.textContent).toBe("Complaints per 1,000 orders · Lower is better");
    expect(row("before")).toBe("4 ‰ (2026-07-01)");
    expect(row("after")).toBe("3 ‰ (2026-11-01) · 2 values after the baseline");
    expect(row("change")).toBe("-1 ‰ · better");
    // 1 ‰ improvement × 14.5 %
    expect(row("credited")).toBe("0.15 ‰");
    expect(level("results").textContent).toContain("no comparison group");
    expect(level("isolation").querySelector('[data-figure="isolation"]')?.textContent).toBe(
      "2 of 4 participants gave an estimate: on average they credit 40% of the change to what they did, 65% sure. Discounted as estimate × confidence, with those who did not answer counted as none, the programme is credited with 15%.",
    );
  });

  it("claims no return on investment until the trainer gives the cost and a value per unit", async () => {
    await renderLevels();
    expect(level("roi").querySelector('[data-figure="roi-none"]')?.textContent).toBe(
      "No programme cost and value per unit were given, so no return on investment is claimed.",
    );
    fireEvent.change(screen.getByLabelText("Value of one unit (‰) of improvement"), { target: { value: "20,000" } });
    expect(level("roi").querySelector('[data-figure="roi"]')).toBeNull();
    fireEvent.change(screen.getByLabelText("Programme cost"), { target: { value: "2000" } });
    // 1 × 0.145 × 20,000 = 2,900 against 2,000
    expect(level("roi").querySelector('[data-figure="roi"]')?.textContent).toBe(
      "Complaints per 1,000 orders: benefit credited to the programme 2,900 against a cost of 2,000; benefit-cost ratio 1.45, ROI 45%.",
    );
    expect(level("roi").querySelector("[data-source]")?.textContent).toBe(
      "Worked out as improvement 1 ‰ × share credited 15% × value per unit 20,000. The cost and the value per unit are the trainer's figures.",
    );
  });

  it("says so when there are no measures and no estimates yet", async () => {
    await renderLevels({ ...report, levels: { exercises: [], results: [], isolation: { answers: [], asked: 0 } } });
    expect(level("results").textContent).toContain("No result measures yet");
    expect(level("isolation").textContent).toContain(
      "No estimates yet (0 participants were sent a follow-up from day 45 on).",
    );
    expect(level("roi")).toBeNull();
  });
});
