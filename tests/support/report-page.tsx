// The trainer's report in jsdom, for the tests of its sections: a cohort's figures as the report route
// answers them (in English), and the report island rendered on them until a section is there.
import { render, waitFor } from "@testing-library/react";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import CohortReport from "../../src/islands/trainer/report/CohortReport";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";
import { fakePocketBase, json, on } from "./fake-pocketbase";

export const REPORT_COHORT = "cohort000000001";

/** A small cohort's report without the level-by-level figures; tests add what their section reads. */
export const BASE_REPORT: ReportData = {
  cohort: {
    id: REPORT_COHORT,
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
    byStatus: { planned: 1, in_progress: 2, done: 1, dropped: 1 },
  },
  confidence: [0, 0, 0, 0, 0, 0, 1, 2, 1, 0],
  strength: { mean: 4.2, n: 3 },
  checkins: { total: 6, participantsWithCommitments: 4, participantsResponding: 3, responseRate: 0.75 },
  followThrough: [{ week: 0, planned: 5, in_progress: 0, done: 0, dropped: 0 }],
  belonging: { answers: 0, needed: 10, profile: null },
  generatedAt: "2026-12-04 09:00:00.000Z",
  trainerName: "Li Na",
  hiddenCount: 0,
  commitmentList: [],
  notShown: [],
  quotes: [],
};

/** Renders the report of `data` in English; resolves with the section `selector` once it is shown. */
export function renderReport(data: ReportData, selector: string): Promise<HTMLElement> {
  window.history.replaceState({}, "", `/en/trainer/report/?cohort=${REPORT_COHORT}`);
  fakePocketBase(on("GET", `/api/jiannuo/cohorts/${REPORT_COHORT}/report`, () => json(200, data)));
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
    const section = document.querySelector<HTMLElement>(selector);
    if (!section) throw new Error("not yet");
    return section;
  });
}
