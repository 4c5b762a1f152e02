// The report itself. The first page is its summary: title, client, trainer and date, the key figures, what
// the report measures, and follow-through over the weeks; then the commitments by module, the
// participants' own words, and the figures level by level (reaction to benefit-cost, ReportLevels).
// Printed pages carry the cohort, page numbers, trainer and date (PrintFrame).
import type { IslandText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";
import { FollowThroughChart } from "../shared/FollowThroughChart";
import type { ReportData } from "../shared/cohort-api";
import { withCohort } from "../shared/cohort-param";
import type { ReportHrefs } from "./CohortReport";
import { ReportCommitments } from "./ReportCommitments";
import { ReportFacts } from "./ReportFacts";
import { ReportHeader } from "./ReportHeader";
import { ReportQuotes } from "./ReportQuotes";
import { ReportLevels } from "./ReportLevels";
import { ReportBuddies } from "./ReportBuddies";
import { ReportObserved } from "./ReportObserved";
import { PrintFrame } from "./PrintFrame";

/** What every section of the report reads: its words, the page's locale and the module titles. */
export interface ReportWords {
  text: IslandText<"report">;
  locale: Locale;
  moduleTitles: Readonly<Record<string, string>>;
}

/** `article[data-report][data-cohort=<id>]`. */
export function ReportBody({
  data,
  cohortId,
  hrefs,
  words,
}: {
  data: ReportData;
  cohortId: string;
  hrefs: ReportHrefs;
  words: ReportWords;
}) {
  const { text, locale } = words;
  return (
    <article className="report" data-report="" data-cohort={cohortId}>
      <PrintFrame data={data} words={words} />
      <ReportHeader
        data={data}
        words={words}
        dashboardHref={withCohort(hrefs.dashboard, cohortId)}
        otherLocaleHref={withCohort(hrefs.report[data.cohort.locale], cohortId)}
      />
      <ReportFacts data={data} words={words} />
      <section className="report-section report-summary" aria-labelledby="report-follow-heading">
        <h2 id="report-follow-heading">{text("report.followThrough.heading")}</h2>
        <FollowThroughChart
          weeks={data.followThrough}
          title={text("dashboard.chart.followThrough")}
          note={text("report.followThrough.intro")}
          titleHidden
          text={text}
          locale={locale}
        />
      </section>
      <ReportCommitments list={data.commitmentList} notShown={data.notShown} words={words} />
      <ReportQuotes quotes={data.quotes} words={words} />
      <ReportLevels data={data} words={words} />
      <ReportObserved observed={data.observed} words={words} />
      <ReportBuddies figures={data.buddies} words={words} />
    </article>
  );
}
