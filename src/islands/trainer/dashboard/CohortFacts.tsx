// The cohort's facts and headline numbers. Each `[data-stat]` holds only the number, for tests and reading.
import type { DashboardData } from "../shared/cohort-api";
import { percent } from "../../../lib/charts";
import { useDashboard } from "./dashboard-context";
import { dateRange } from "../shared/date-range";

/** `h1` with the cohort's name, its facts, and the three headline numbers. */
export function CohortFacts({ data }: { data: DashboardData }) {
  const { text, locale } = useDashboard();
  const number = new Intl.NumberFormat(locale);
  const { cohort, checkins } = data;
  return (
    <header className="dash-header">
      <p className="dash-kicker">{text("dashboard.title")}</p>
      <h1>{cohort.name}</h1>
      <dl className="dash-facts">
        {cohort.organization ? (
          <div>
            <dt>{text("common.organization")}</dt>
            <dd>{cohort.organization}</dd>
          </div>
        ) : null}
        <div>
          <dt>{text("common.dates")}</dt>
          <dd>{dateRange(text, locale, cohort.startsOn, cohort.endsOn)}</dd>
        </div>
        <div>
          <dt>{text("dashboard.facts.locale")}</dt>
          <dd>{text(`dashboard.locale.${cohort.locale}`)}</dd>
        </div>
      </dl>
      <dl className="dash-stats">
        <div>
          <dt>{text("common.participants")}</dt>
          <dd data-stat="participants">{number.format(data.participants)}</dd>
        </div>
        <div>
          <dt>{text("common.commitments")}</dt>
          <dd data-stat="commitments">{number.format(data.commitments.total)}</dd>
        </div>
        <div>
          <dt>{text("common.responseRate")}</dt>
          <dd>
            <span data-stat="responseRate">{percent(checkins.responseRate, 1)}</span>%
          </dd>
          <dd className="dash-stat-note">
            {text("dashboard.stat.responseRateNote", {
              responding: checkins.participantsResponding,
              committed: checkins.participantsWithCommitments,
            })}
          </dd>
        </div>
      </dl>
    </header>
  );
}
