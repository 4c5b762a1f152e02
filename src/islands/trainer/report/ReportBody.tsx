// The report itself: header with the Kirkpatrick statement, facts, commitments, follow-through, quotes.
// Every section after the first starts on a new printed page (see report.css).
import { FollowThroughChart } from "../dashboard/FollowThroughChart";
import type { ReportData } from "../dashboard/dashboard-api";
import { withCohort } from "../dashboard/use-cohort-param";
import type { ReportHrefs } from "./CohortReport";
import { ReportCommitments } from "./ReportCommitments";
import { ReportFacts } from "./ReportFacts";
import { ReportHeader } from "./ReportHeader";
import { ReportQuotes } from "./ReportQuotes";
import { useReportText } from "./strings";

/** `article[data-report][data-cohort=<id>]`. */
export function ReportBody({ data, cohortId, hrefs }: { data: ReportData; cohortId: string; hrefs: ReportHrefs }) {
  const text = useReportText();
  return (
    <article className="report" data-report="" data-cohort={cohortId}>
      <ReportHeader data={data} dashboardHref={withCohort(hrefs.dashboard, cohortId)} otherLocaleHref={withCohort(hrefs.report[data.cohort.locale], cohortId)} />
      <ReportFacts data={data} />
      <ReportCommitments list={data.commitmentList} notShown={data.notShown} />
      <section className="report-section" aria-labelledby="report-follow-heading">
        <h2 id="report-follow-heading">{text("report.followThrough.heading")}</h2>
        <FollowThroughChart weeks={data.followThrough} title={text("dashboard.chart.followThrough")} note={text("report.followThrough.intro")} />
      </section>
      <ReportQuotes quotes={data.quotes} />
    </article>
  );
}
