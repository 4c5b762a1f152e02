// The report island for /trainer/report/?cohort=<id>: a printable account of what the cohort did after the
// workshop, for the client company, in the page's language (the dashboard links to the cohort's).
import { useMemo } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { loadReport, type ReportData } from "../dashboard/dashboard-api";
import { LoadFailed, Loading, NoCohort, SignInFirst } from "../dashboard/PageStates";
import { DashboardContext, textFor, type DashboardStrings } from "../dashboard/strings";
import { useCohortData } from "../dashboard/use-cohort-data";
import { useCohortParam } from "../dashboard/use-cohort-param";
import { ReportBody } from "./ReportBody";
import { ReportContext, reportTextFor, type ReportStrings } from "./strings";

/** Where the report's links go, in the page's language (the report itself in each language). */
export interface ReportHrefs {
  signIn: string;
  dashboard: string;
  report: Readonly<Record<"zh-CN" | "en", string>>;
}

/** Props ReportPage passes; strings and module titles are already in the page's language. */
export interface CohortReportProps {
  locale: "zh-CN" | "en";
  strings: ReportStrings;
  moduleTitles: Readonly<Record<string, string>>;
  hrefs: ReportHrefs;
}

/** The island's root. */
export default function CohortReport({ locale, strings, moduleTitles, hrefs }: CohortReportProps) {
  // The dashboard's parts (chart, page states) read their words from the same strings.
  const dashboard = useMemo(
    () => ({ text: textFor(strings as Partial<DashboardStrings>), locale, moduleTitles }),
    [strings, locale, moduleTitles],
  );
  const text = useMemo(() => reportTextFor(strings), [strings]);
  const cohortId = useCohortParam();
  let content;
  if (cohortId === null) content = <Loading />;
  else if (cohortId === "") content = <NoCohort />;
  else if (!trainerPb.authStore.isValid) content = <SignInFirst href={hrefs.signIn} />;
  else content = <LoadedReport key={cohortId} cohortId={cohortId} hrefs={hrefs} />;
  return (
    <DashboardContext.Provider value={dashboard}>
      <ReportContext.Provider value={text}>{content}</ReportContext.Provider>
    </DashboardContext.Provider>
  );
}

function LoadedReport({ cohortId, hrefs }: { cohortId: string; hrefs: ReportHrefs }) {
  const { data, failed, retry } = useCohortData<ReportData>(cohortId, loadReport);

  if (failed) return <LoadFailed onRetry={retry} />;
  if (!data) return <Loading />;
  return <ReportBody data={data} cohortId={cohortId} hrefs={hrefs} />;
}
