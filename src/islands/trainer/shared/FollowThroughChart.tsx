// Follow-through over the weeks after the workshop: one stacked column per week (done at the bottom),
// a legend, and the same numbers as a table. The report prints it too.
import { countAxis, stackedColumns } from "../../../lib/charts";
import { STATUSES, type FollowThroughWeek } from "./cohort-api";
import { CountTicks } from "./CountTicks";
import { ChartFigure } from "./ChartFigure";
import { FollowThroughTable, weekLabel } from "./FollowThroughTable";
import type { CohortPageText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { x: 48, top: 12, width: WIDTH - 56, height: HEIGHT - 44 };

interface FollowThroughChartProps {
  weeks: readonly FollowThroughWeek[];
  title: string;
  note: string;
  /** The title for screen readers only (the report's section heading says it). */
  titleHidden?: boolean;
  text: CohortPageText;
  locale: Locale;
}

/** `figure[data-chart=followThrough]`. */
export function FollowThroughChart({ weeks, title, note, titleHidden, text, locale }: FollowThroughChartProps) {
  const label = weekLabel(text, weeks);
  const rows = weeks.map((w) => STATUSES.map((s) => w[s]));
  const axis = countAxis(Math.max(0, ...rows.map((row) => row.reduce((sum, n) => sum + n, 0))));
  const { bars, max } = stackedColumns(rows, { ...PLOT, gap: weeks.length > 12 ? 3 : 10, max: axis.max });
  const bottom = PLOT.top + PLOT.height;
  const every = Math.ceil(weeks.length / 9); // at most ~9 axis labels, so they never overlap
  return (
    <ChartFigure
      name="followThrough"
      title={title}
      note={note}
      drawing={(titleId) => (
        <>
          <ul className="chart-legend">
            {STATUSES.map((s) => (
              <li key={s}>
                <span className={`swatch status-${s}`} aria-hidden="true" />
                {text(`status.${s}`)}
              </li>
            ))}
          </ul>
          <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
            <CountTicks ticks={axis.ticks} max={max} plot={PLOT} locale={locale} />
            {bars.map((segments, i) => (
              <g key={i}>
                {segments.map((seg) => (
                  <rect
                    key={seg.series}
                    className={`chart-stack status-${STATUSES[seg.series]}`}
                    x={seg.x}
                    y={seg.y}
                    width={seg.width}
                    height={seg.height}
                  />
                ))}
                {i % every === 0 || i === bars.length - 1 ? (
                  <text
                    className="chart-axis"
                    x={PLOT.x + (i + 0.5) * (PLOT.width / bars.length)}
                    y={bottom + 18}
                    textAnchor="middle"
                  >
                    {label(i)}
                  </text>
                ) : null}
              </g>
            ))}
          </svg>
        </>
      )}
      table={(titleId) => <FollowThroughTable weeks={weeks} labelledBy={titleId} text={text} locale={locale} />}
      tableToggle={{ show: text("dashboard.chart.showTable"), hide: text("dashboard.chart.showChart") }}
      titleHidden={titleHidden}
    />
  );
}
