// The follow-through numbers: one row per week, one column per status, and the total.
import { STATUSES, type FollowThroughWeek } from "./cohort-api";
import type { CohortPageText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";

/** "Week 3", or "Now" for the last entry (which is today, not a week's end). */
export function weekLabel(text: CohortPageText, weeks: readonly FollowThroughWeek[]): (index: number) => string {
  return (index) =>
    index === weeks.length - 1 && index > 0
      ? text("dashboard.chart.now")
      : text("dashboard.chart.weekLabel", { week: weeks[index]?.week ?? index });
}

interface FollowThroughTableProps {
  weeks: readonly FollowThroughWeek[];
  labelledBy: string;
  text: CohortPageText;
  locale: Locale;
}

/** The table beside the follow-through chart (and the report's follow-up table). */
export function FollowThroughTable({ weeks, labelledBy, text, locale }: FollowThroughTableProps) {
  const number = new Intl.NumberFormat(locale);
  const label = weekLabel(text, weeks);
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{text("dashboard.chart.week")}</th>
          {STATUSES.map((s) => (
            <th key={s} scope="col" className="num">
              {text(`status.${s}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {text("common.total")}
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={week.week} data-week={week.week}>
            <th scope="row">{label(i)}</th>
            {STATUSES.map((s) => (
              <td key={s} className="num">
                {number.format(week[s])}
              </td>
            ))}
            <td className="num">{number.format(STATUSES.reduce((sum, s) => sum + week[s], 0))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
