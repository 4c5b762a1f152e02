// The workshop's facts: name, client organisation, dates, participants, commitments, response rate.
import { percent } from "../../../lib/charts";
import type { ReportData } from "../shared/cohort-api";
import { dateRange } from "../shared/date-range";
import type { ReportWords } from "./ReportBody";

/** `section[data-report-facts]` as a definition list. */
export function ReportFacts({ data, words }: { data: ReportData; words: ReportWords }) {
  const { text, locale } = words;
  const number = new Intl.NumberFormat(locale);
  const facts: [string, string, string][] = [
    ["name", text("report.facts.name"), data.cohort.name],
    ["organization", text("common.organization"), data.cohort.organization],
    ["dates", text("common.dates"), dateRange(text, locale, data.cohort.startsOn, data.cohort.endsOn)],
    ["participants", text("report.facts.participants"), number.format(data.participants)],
    ["commitments", text("report.facts.commitments"), number.format(data.commitments.total)],
    ["responseRate", text("common.responseRate"), `${percent(data.checkins.responseRate, 1)}%`],
  ];
  return (
    <section className="report-section report-first" aria-labelledby="report-facts-heading" data-report-facts="">
      <h2 id="report-facts-heading">{text("report.facts.heading")}</h2>
      <dl className="report-facts">
        {facts
          .filter(([, , value]) => value !== "")
          .map(([key, label, value]) => (
            <div key={key} data-fact={key}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
