// Horizontal bars drawn in HTML, each with its label above it: a label wraps like text (a long module
// title is never cut, in either language), and the numbers table takes the bars' place on request.
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

/** `figure[data-chart=name]` with `ul.bar-list` (one `li[data-bar]` per datum) and its table. */
export function BarChart({ name, title, note, data, headers, max }: BarChartProps) {
  const { text } = useDashboard();
  const tableToggle = { show: text("dashboard.chart.showTable"), hide: text("dashboard.chart.showChart") };
  // Lengths in percent of the track: the geometry is the same as the SVG charts'.
  const layout = horizontalBars(
    data.map((d) => d.value),
    { x: 0, width: 100, rowHeight: 1, barHeight: 1, ...(max === undefined ? {} : { max }) },
  );
  return (
    <ChartFigure
      name={name}
      title={title}
      note={note}
      drawing={() => (
        <ul className="bar-list">
          {data.map((datum, i) => (
            <li key={datum.key} data-bar={datum.key}>
              <span className="bar-label">{datum.label}</span>
              <span className="bar-row">
                <span className="chart-track bar-track">
                  <span
                    className={`${datum.className ?? "chart-bar"} bar-fill`}
                    style={{ width: `${layout.bars[i]?.width ?? 0}%` }}
                  />
                </span>
                <span className="bar-value">{datum.display}</span>
              </span>
            </li>
          ))}
        </ul>
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
