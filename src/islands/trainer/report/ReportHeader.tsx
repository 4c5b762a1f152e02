// The report's title block: what it is (behaviour after training, Kirkpatrick level 3), when it was
// generated, and, on screen only, the print button and a way to the cohort's language and the dashboard.
import type { ReportData } from "../shared/cohort-api";
import { formatMoment } from "../../../lib/dates";
import type { ReportWords } from "./ReportBody";

interface ReportHeaderProps {
  data: ReportData;
  words: ReportWords;
  dashboardHref: string;
  /** The report in the cohort's language (shown when this page is in another one). */
  otherLocaleHref: string;
}

/** `header` with `h1`, `[data-kirkpatrick]` and `[data-generated-at]`. */
export function ReportHeader({ data, words, dashboardHref, otherLocaleHref }: ReportHeaderProps) {
  const { text, locale } = words;
  const generated = formatMoment(data.generatedAt, locale, { dateStyle: "long", timeStyle: "short" });
  const language = text(`dashboard.locale.${data.cohort.locale}`);
  return (
    <header className="report-header">
      {data.cohort.locale !== locale ? (
        <p className="note no-print" data-report-locale-note="">
          {text("report.localeNote", { language })}{" "}
          <a href={otherLocaleHref} lang={data.cohort.locale}>
            {text("report.localeLink", { language })}
          </a>
        </p>
      ) : null}
      <p className="report-kicker">{text("report.kicker")}</p>
      <h1>{data.cohort.name}</h1>
      <p className="report-statement" data-kirkpatrick="">
        {text("report.statement")}
      </p>
      <p className="note" data-generated-at={data.generatedAt}>
        {text("report.generated", { date: generated })}
      </p>
      <div className="button-row no-print">
        <button type="button" className="button" data-print="" onClick={() => window.print()}>
          {text("report.print")}
        </button>
        <a className="button button-secondary" href={dashboardHref}>
          {text("report.backToDashboard")}
        </a>
      </div>
      <p className="field-help no-print">{text("report.printHint")}</p>
    </header>
  );
}
