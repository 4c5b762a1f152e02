// How sure participants felt they would keep their word: one column per score from 1 to 10, and the
// counts as a two-row table (scores across, so ten numbers stay on one line) in its place on request.
import { columns, countAxis } from "../../../lib/charts";
import { CountTicks } from "../shared/CountTicks";
import { ChartFigure } from "../shared/ChartFigure";
import { useDashboard } from "./dashboard-context";

const WIDTH = 320;
const HEIGHT = 190;
const PLOT = { x: 44, top: 10, width: WIDTH - 48, height: HEIGHT - 36, gap: 5 };

/** `figure[data-chart=confidence]`: counts of commitments per confidence score. */
export function ConfidenceChart({ counts }: { counts: readonly number[] }) {
  const { text, locale } = useDashboard();
  const number = new Intl.NumberFormat(locale);
  const scores = Array.from({ length: 10 }, (_, i) => counts[i] ?? 0);
  const axis = countAxis(Math.max(0, ...scores));
  const { bars, max } = columns(scores, { ...PLOT, max: axis.max });
  const bottom = PLOT.top + PLOT.height;
  return (
    <ChartFigure
      name="confidence"
      title={text("dashboard.chart.confidence")}
      drawing={(titleId) => (
        <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
          <CountTicks ticks={axis.ticks} max={max} plot={PLOT} locale={locale} />
          {bars.map((bar, i) => (
            <g key={i}>
              <rect
                className="chart-bar chart-bar-confidence"
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
              />
              <text className="chart-axis" x={bar.x + bar.width / 2} y={bottom + 18} textAnchor="middle">
                {i + 1}
              </text>
            </g>
          ))}
        </svg>
      )}
      table={(titleId) => (
        <table className="data-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="row">{text("dashboard.chart.score")}</th>
              {scores.map((_, i) => (
                <th key={i} scope="col" className="num">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{text("dashboard.chart.count")}</th>
              {scores.map((n, i) => (
                <td key={i} className="num" data-score={i + 1}>
                  {number.format(n)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      tableToggle={{ show: text("dashboard.chart.showTable"), hide: text("dashboard.chart.showChart") }}
    />
  );
}
