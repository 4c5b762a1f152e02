// The report's behaviour, self-reported and observed, in jsdom: per module and self-reported status, the
// commitments, those shared with a supervisor, discussed and observed by one, and those a buddy saw
// done, with the sources; counts only.
// The figures themselves: tests/integration/supervisors.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";
import { signInTrainer } from "../support/fake-pocketbase";
import { BASE_REPORT, renderReport } from "../support/report-page";

const report: ReportData = {
  ...BASE_REPORT,
  commitments: {
    total: 5,
    byModule: { eoac: 5 },
    byKind: { personal: 5 },
    byStatus: { planned: 2, in_progress: 3, done: 0, dropped: 0 },
  },
  observed: {
    byStatus: [
      { module: "eoac", status: "in_progress", commitments: 3, shared: 2, discussed: 2, observed: 1, buddySeen: 2 },
      { module: "eoac", status: "planned", commitments: 2, shared: 0, discussed: 0, observed: 0, buddySeen: 0 },
    ],
    supervisorsByModule: [{ module: "eoac", supervisors: 2 }],
    supervisors: 2,
  },
};

const renderObserved = (data: ReportData) => renderReport(data, "[data-report-observed]");

beforeEach(() => {
  signInTrainer();
});

describe("behaviour, self-reported and observed", () => {
  it("puts what supervisors and buddies saw beside the self-reported status, with sample sizes and sources", async () => {
    const section = await renderObserved(report);
    const cells = (key: string) =>
      [...section.querySelectorAll(`tr[data-observed="${key}"] > *`)].map((cell) => cell.textContent);
    expect(cells("eoac:in_progress")).toEqual(["The EOAC model", "In progress", "3", "2", "2", "1", "2"]);
    expect(cells("eoac:planned")).toEqual(["The EOAC model", "Planned", "2", "0", "0", "0", "0"]);
    expect(section.querySelector("thead")?.textContent).toContain("Seen done by a buddy");
    expect(section.textContent).toContain("The EOAC model: 2 supervisors marked");
    expect(section.querySelector("[data-source]")?.textContent).toContain("2 supervisors in all");
    expect(section.querySelector("[data-source]")?.textContent).toContain("buddies' “I saw them do it” taps");
  });

  it("says so when nothing is shared with a supervisor or seen by a buddy yet", async () => {
    const none = await renderObserved({
      ...report,
      observed: { byStatus: [report.observed!.byStatus[1]!], supervisorsByModule: [], supervisors: 0 },
    });
    expect(none.textContent).toContain("No participant has shared a commitment with a supervisor or a buddy yet");
  });
});
