// The report's first lines: on screen only, the print button and a way to the cohort's language and the
// dashboard; then the title block a client reads first: what it is, for whom, by whom and when.
import type { ReportData } from "../shared/cohort-api";
import { formatMoment } from "../../../lib/dates";
import { dateRange } from "../shared/date-range";
import type { ReportWords } from "./ReportBody";

interface ReportHeaderProps {
  data: ReportData;
  words: ReportWords;
  dashboardHref: string;
  /** The report in the cohort's language (shown when this page is in another one). */
  otherLocaleHref: string;
}

/** `header` with `h1`, `[data-report-trainer]` and `[data-generated-at]`. */
export function ReportHeader({ data, words, dashboardHref, otherLocaleHref }: ReportHeaderProps) {
  const { text, locale } = words;
  const generated = formatMoment(data.generatedAt, locale, { dateStyle: "long", timeStyle: "short" });
  const language = text(`dashboard.locale.${data.cohort.locale}`);
  const place = [data.cohort.organization, dateRange(text, locale, data.cohort.startsOn, data.cohort.endsOn)];
  return (
    <header className="report-header">
      <div className="no-print report-controls">
        {data.cohort.locale !== locale ? (
          <p className="note" data-report-locale-note="">
            {text("report.localeNote", { language })}{" "}
            <a href={otherLocaleHref} lang={data.cohort.locale}>
              {text("report.localeLink", { language })}
            </a>
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button" data-print="" onClick={() => window.print()}>
            {text("report.print")}
          </button>
          <a className="button button-secondary" href={dashboardHref}>
            {text("report.backToDashboard")}
          </a>
        </div>
        <p className="field-help">{text("report.printHint")}</p>
      </div>
      <p className="report-kicker">{text("report.kicker")}</p>
      <h1>{data.cohort.name}</h1>
      <p className="report-place">{place.filter(Boolean).join(" · ")}</p>
      <p className="report-byline">
        {data.trainerName ? (
          <span data-report-trainer="">{text("report.trainer", { name: data.trainerName })}</span>
        ) : null}
        <span data-generated-at={data.generatedAt}>{text("report.generated", { date: generated })}</span>
      </p>
    </header>
  );
}
