// The report's "behaviour seen by supervisors" in jsdom: per module and self-reported status, the
// commitments, those shared with a supervisor, discussed and observed, with the source; counts only.
// The figures themselves: tests/integration/supervisors.test.ts.
import { render, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import CohortReport from "../../src/islands/trainer/report/CohortReport";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";
import { fakePocketBase, json, on, signInTrainer } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const report: ReportData = {
  cohort: {
    id: COHORT,
    name: "Front desk cohort",
    organization: "Example Hotel",
    startsOn: "2026-08-01 00:00:00.000Z",
    endsOn: "2026-08-02 00:00:00.000Z",
    locale: "en",
  },
  participants: 4,
  commitments: {
    total: 5,
    byModule: { eoac: 5 },
    byKind: { personal: 5 },
    byStatus: { planned: 2, in_progress: 3, done: 0, dropped: 0 },
  },
  confidence: [0, 0, 0, 0, 0, 0, 1, 2, 1, 0],
  strength: { mean: null, n: 0 },
  checkins: { total: 6, participantsWithCommitments: 4, participantsResponding: 3, responseRate: 0.75 },
  followThrough: [{ week: 0, planned: 5, in_progress: 0, done: 0, dropped: 0 }],
  belonging: { answers: 0, needed: 10, profile: null },
  generatedAt: "2026-12-04 09:00:00.000Z",
  trainerName: "Li Na",
  hiddenCount: 0,
  commitmentList: [],
  notShown: [],
  quotes: [],
  observed: {
    byStatus: [
      { module: "eoac", status: "in_progress", commitments: 3, shared: 2, discussed: 2, observed: 1 },
      { module: "eoac", status: "planned", commitments: 2, shared: 0, discussed: 0, observed: 0 },
    ],
    supervisorsByModule: [{ module: "eoac", supervisors: 2 }],
    supervisors: 2,
  },
};

async function renderReport(data: ReportData) {
  fakePocketBase(on("GET", `/api/jiannuo/cohorts/${COHORT}/report`, () => json(200, data)));
  render(
    <CohortReport
      locale="en"
      strings={pickMessages("en", ISLAND_KEYS.report)}
      moduleTitles={{ eoac: "The EOAC model" }}
      hrefs={{
        signIn: "/en/trainer/",
        dashboard: "/en/trainer/cohort/",
        report: { "zh-CN": "/trainer/report/", en: "/en/trainer/report/" },
      }}
    />,
  );
  return waitFor(() => {
    const section = document.querySelector<HTMLElement>("[data-report-observed]");
    if (!section) throw new Error("not yet");
    return section;
  });
}

beforeEach(() => {
  window.history.replaceState({}, "", `/en/trainer/report/?cohort=${COHORT}`);
  signInTrainer();
});

describe("behaviour seen by supervisors", () => {
  it("puts what supervisors saw beside the self-reported status, with sample sizes and sources", async () => {
    const section = await renderReport(report);
    const cells = (key: string) =>
      [...section.querySelectorAll(`tr[data-observed="${key}"] > *`)].map((cell) => cell.textContent);
    expect(cells("eoac:in_progress")).toEqual(["The EOAC model", "In progress", "3", "2", "2", "1"]);
    expect(cells("eoac:planned")).toEqual(["The EOAC model", "Planned", "2", "0", "0", "0"]);
    expect(section.textContent).toContain("The EOAC model: 2 supervisors marked");
    expect(section.querySelector("[data-source]")?.textContent).toContain("2 supervisors in all");
  });

  it("says so when nothing is shared with a supervisor yet", async () => {
    const none = await renderReport({
      ...report,
      observed: { byStatus: [report.observed!.byStatus[1]!], supervisorsByModule: [], supervisors: 0 },
    });
    expect(none.textContent).toContain("No participant has shared a commitment with a supervisor yet");
  });
});
