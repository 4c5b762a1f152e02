// Horizontal bars with their labels above them (long module titles never get cut), and the numbers table
// in their place on request.
import { horizontalBars } from "../../../lib/charts";
import { ChartFigure, NumbersTable } from "../shared/ChartFigure";
import { useDashboard } from "./dashboard-context";

/** One bar: a stable key, its label, its value and how the value is written. */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  display: string;
  /** Extra class for the bar (e.g. a status colour). */
  className?: string;
}

interface BarChartProps {
  name: string;
  title: string;
  note?: string | undefined;
  data: readonly BarDatum[];
  headers: [string, string];
  /** A fixed axis maximum (e.g. 5 for a 1-5 scale); otherwise a nice one above the largest value. */
  max?: number;
}

const WIDTH = 320;
const ROW = 50;
const BAR = 20;
const VALUE_SPACE = 56;

/** `figure[data-chart=name]` with an SVG bar chart and its table. */
export function BarChart({ name, title, note, data, headers, max }: BarChartProps) {
  const { text } = useDashboard();
  const tableToggle = { show: text("dashboard.chart.showTable"), hide: text("dashboard.chart.showChart") };
  const layout = horizontalBars(
    data.map((d) => d.value),
    { x: 0, width: WIDTH - VALUE_SPACE, rowHeight: ROW, barHeight: BAR, ...(max === undefined ? {} : { max }) },
  );
  return (
    <ChartFigure
      name={name}
      title={title}
      note={note}
      drawing={(titleId) => (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${WIDTH} ${Math.max(layout.height, ROW)}`}
          role="img"
          aria-labelledby={titleId}
        >
          {layout.bars.map((bar, i) => {
            const datum = data[i];
            if (!datum) return null;
            return (
              <g key={datum.key}>
                <text className="chart-label" x={0} y={bar.y - 4}>
                  {datum.label}
                </text>
                <rect className="chart-track" x={0} y={bar.y} width={WIDTH - VALUE_SPACE} height={bar.height} />
                <rect
                  className={datum.className ?? "chart-bar"}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                />
                <text className="chart-value" x={bar.x + bar.width + 6} y={bar.y + bar.height - 4}>
                  {datum.display}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      table={(titleId) => (
        <NumbersTable
          labelledBy={titleId}
          headers={headers}
          rows={data.map((d) => ({ key: d.key, label: d.label, value: d.display }))}
        />
      )}
      tableToggle={tableToggle}
    />
  );
}
