// The dashboard's charts, each drawn from the dashboard route's figures.
import { KINDS, STATUSES, type DashboardData } from "./dashboard-api";
import { BarChart, type BarDatum } from "./BarChart";
import { BelongingProfile } from "./BelongingProfile";
import { ConfidenceChart } from "./ConfidenceChart";
import { FollowThroughChart } from "./FollowThroughChart";
import { moduleTitle, useDashboard } from "./strings";

/** Module slugs in course order (the page's titles are in that order), then any the course no longer has. */
export function moduleOrder(titles: Readonly<Record<string, string>>, counts: Readonly<Record<string, unknown>>): string[] {
  const known = Object.keys(titles);
  return [...known, ...Object.keys(counts).filter((slug) => !known.includes(slug)).sort()];
}

/** `section` with every chart of the overview. */
export function OverviewCharts({ data }: { data: DashboardData }) {
  const { text, locale, moduleTitles } = useDashboard();
  const number = new Intl.NumberFormat(locale);
  const count = (key: string, label: string, value: number): BarDatum => ({ key, label, value, display: number.format(value) });
  const { byModule, byKind, byStatus } = data.commitments;
  const headers = (first: Parameters<typeof text>[0]): [string, string] => [text(first), text("dashboard.chart.count")];
  return (
    <section className="dash-section" aria-labelledby="dash-charts-heading">
      <h2 id="dash-charts-heading">{text("dashboard.charts.heading")}</h2>
      <div className="chart-grid">
        <BarChart
          name="modules"
          title={text("dashboard.chart.modules")}
          headers={headers("dashboard.chart.module")}
          data={moduleOrder(moduleTitles, byModule).map((slug) => count(slug, moduleTitle(moduleTitles, slug), byModule[slug] ?? 0))}
        />
        <BarChart name="kinds" title={text("dashboard.chart.kinds")} headers={headers("dashboard.chart.kind")} data={KINDS.map((k) => count(k, text(`dashboard.kind.${k}`), byKind[k] ?? 0))} />
        <BarChart name="statuses" title={text("dashboard.chart.statuses")} headers={headers("dashboard.chart.status")} data={STATUSES.map((s) => ({ ...count(s, text(`dashboard.status.${s}`), byStatus[s] ?? 0), className: `status-${s}` }))} />
        <ConfidenceChart counts={data.confidence} />
      </div>
      <FollowThroughChart weeks={data.followThrough} title={text("dashboard.chart.followThrough")} note={text("dashboard.chart.followThroughNote")} />
      <BelongingProfile cohortId={data.cohort.id} initial={data.belonging} />
    </section>
  );
}
