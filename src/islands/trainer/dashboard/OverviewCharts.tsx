// The dashboard's charts, each drawn from the dashboard route's figures.
import { KINDS, STATUSES, type DashboardData } from "../shared/cohort-api";
import { BarChart, type BarDatum } from "./BarChart";
import { BelongingProfile } from "./BelongingProfile";
import { ConfidenceChart } from "./ConfidenceChart";
import { StrengthSummary } from "./StrengthSummary";
import { FollowThroughChart } from "../shared/FollowThroughChart";
import { useDashboard } from "./dashboard-context";
import { moduleOrder, moduleTitle } from "../../../lib/module-titles";

/** `section` with every chart of the overview. */
export function OverviewCharts({ data }: { data: DashboardData }) {
  const { text, locale, moduleTitles } = useDashboard();
  const number = new Intl.NumberFormat(locale);
  const count = (key: string, label: string, value: number): BarDatum => ({
    key,
    label,
    value,
    display: number.format(value),
  });
  const { byModule, byKind, byStatus } = data.commitments;
  const headers = (first: Parameters<typeof text>[0]): [string, string] => [text(first), text("dashboard.chart.count")];
  return (
    <section className="dash-section" aria-labelledby="dash-charts-heading">
      <h2 id="dash-charts-heading">{text("dashboard.charts.heading")}</h2>
      <div className="chart-grid">
        <BarChart
          name="modules"
          title={text("dashboard.chart.modules")}
          headers={headers("common.module")}
          data={moduleOrder(moduleTitles, byModule).map((slug) =>
            count(slug, moduleTitle(moduleTitles, slug), byModule[slug] ?? 0),
          )}
        />
        <BarChart
          name="kinds"
          title={text("dashboard.chart.kinds")}
          headers={headers("common.kind")}
          data={KINDS.map((k) => count(k, text(`dashboard.kind.${k}`), byKind[k] ?? 0))}
        />
        <BarChart
          name="statuses"
          title={text("dashboard.chart.statuses")}
          headers={headers("common.status")}
          data={STATUSES.map((s) => ({ ...count(s, text(`status.${s}`), byStatus[s] ?? 0), className: `status-${s}` }))}
        />
        <ConfidenceChart counts={data.confidence} />
        <StrengthSummary strength={data.strength} total={data.commitments.total} />
      </div>
      <FollowThroughChart
        weeks={data.followThrough}
        title={text("dashboard.chart.followThrough")}
        note={text("dashboard.chart.followThroughNote")}
        text={text}
        locale={locale}
      />
      <BelongingProfile cohortId={data.cohort.id} initial={data.belonging} />
    </section>
  );
}
