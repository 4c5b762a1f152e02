// The report island for /trainer/report/?cohort=<id>: a printable account of what the cohort did after the
// workshop, for the client company, in the page's language (the dashboard links to the cohort's).
import { useMemo } from "react";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";
import { trainerPb } from "../../../lib/pocketbase";
import { loadReport } from "../shared/cohort-api";
import { LoadFailed, Loading, NoCohort, SignInFirst } from "../shared/PageStates";
import { useLoad } from "../../shared/use-load";
import { useCohortParam } from "../shared/cohort-param";
import { ReportBody, type ReportWords } from "./ReportBody";

/** Where the report's links go, in the page's language (the report itself in each language). */
export interface ReportHrefs {
  signIn: string;
  dashboard: string;
  report: Readonly<Record<Locale, string>>;
}

/** Props ReportPage passes; strings and module titles are already in the page's language. */
export interface CohortReportProps {
  locale: Locale;
  strings: IslandStrings<"report">;
  moduleTitles: Readonly<Record<string, string>>;
  hrefs: ReportHrefs;
}

/** The island's root. */
export default function CohortReport({ locale, strings, moduleTitles, hrefs }: CohortReportProps) {
  const words = useMemo(() => ({ text: textFor(strings), locale, moduleTitles }), [strings, locale, moduleTitles]);
  const { text } = words;
  const cohortId = useCohortParam();
  if (cohortId === null) return <Loading text={text} />;
  if (cohortId === "") return <NoCohort text={text} />;
  if (!trainerPb.authStore.isValid)
    return (
      <SignInFirst
        message={text("dashboard.state.signedOut")}
        link={text("common.trainerSignIn")}
        href={hrefs.signIn}
      />
    );
  return <LoadedReport key={cohortId} cohortId={cohortId} hrefs={hrefs} words={words} />;
}

function LoadedReport({ cohortId, hrefs, words }: { cohortId: string; hrefs: ReportHrefs; words: ReportWords }) {
  const { data, error, reload } = useLoad(() => loadReport(cohortId), [cohortId]);

  if (error) return <LoadFailed text={words.text} onRetry={reload} />;
  if (!data) return <Loading text={words.text} />;
  return <ReportBody data={data} cohortId={cohortId} hrefs={hrefs} words={words} />;
}
