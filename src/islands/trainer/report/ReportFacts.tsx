// The report's key figures, first on the first page: participants, commitments, how many are done or
// under way, and how many people answered a follow-up; then what the report is (Kirkpatrick level 3).
import { percent } from "../../../lib/charts";
import type { ReportData } from "../shared/cohort-api";
import type { ReportWords } from "./ReportBody";

/** `section[data-report-facts]`: `[data-fact=<key>]` tiles, the statement and, if any, what was left out. */
export function ReportFacts({ data, words }: { data: ReportData; words: ReportWords }) {
  const { text, locale } = words;
  const number = new Intl.NumberFormat(locale);
  const { total, byStatus } = data.commitments;
  const moving = byStatus.done + byStatus.in_progress;
  const facts: [string, string, string][] = [
    ["participants", text("report.facts.participants"), number.format(data.participants)],
    ["commitments", text("report.facts.commitments"), number.format(total)],
    [
      "progress",
      text("report.facts.progress"),
      text("report.facts.progressValue", { count: number.format(moving), percent: percent(moving, total) }),
    ],
    ["responseRate", text("common.responseRate"), `${percent(data.checkins.responseRate, 1)}%`],
  ];
  return (
    <section className="report-facts-section" aria-labelledby="report-facts-heading" data-report-facts="">
      <h2 id="report-facts-heading">{text("report.facts.heading")}</h2>
      <dl className="report-facts">
        {facts.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-statement" data-kirkpatrick="">
        {text("report.statement")}
      </p>
      {data.hiddenCount > 0 ? (
        <p className="note" data-report-hidden={data.hiddenCount}>
          {text("report.hiddenNote", { count: data.hiddenCount })}
        </p>
      ) : null}
    </section>
  );
}
