// Beside the confidence chart: how strongly the cohort holds its commitments, the mean of the
// goal-commitment scale (pb_hooks/lib/pure/commitment-strength.js) and how many commitments it is from.
import type { DashboardData } from "../shared/cohort-api";
import { useDashboard } from "./dashboard-context";

/** `section[data-strength]`, with the mean in `[data-stat=strength]`. */
export function StrengthSummary({ strength, total }: { strength: DashboardData["strength"]; total: number }) {
  const { text, locale } = useDashboard();
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return (
    <section className="chart strength-summary" data-strength="" aria-labelledby="dash-strength-heading">
      <h3 id="dash-strength-heading">{text("dashboard.strength.title")}</h3>
      {strength.mean === null ? (
        <p>{text("dashboard.strength.none")}</p>
      ) : (
        <>
          <p className="strength-mean">
            {text("dashboard.chart.mean")} <strong data-stat="strength">{number.format(strength.mean)}</strong>
          </p>
          <p className="chart-note">{text("dashboard.strength.note", { n: strength.n, total })}</p>
        </>
      )}
    </section>
  );
}
