// The value axis of a column chart of counts (countAxis in src/lib/charts.ts): a rule and a whole number
// at each tick, inside the chart's SVG.
import type { Locale } from "../../../i18n/locales";

interface CountTicksProps {
  ticks: readonly number[];
  /** The axis maximum: the top of the plot area. */
  max: number;
  plot: { x: number; top: number; width: number; height: number };
  locale: Locale;
}

/** One `g` per tick: a horizontal rule across the plot and its number at the left. */
export function CountTicks({ ticks, max, plot, locale }: CountTicksProps) {
  const number = new Intl.NumberFormat(locale);
  const bottom = plot.top + plot.height;
  return ticks.map((tick) => {
    const y = bottom - (tick / max) * plot.height;
    return (
      <g key={tick}>
        <line className="chart-rule" x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} />
        <text className="chart-axis" x={plot.x - 6} y={y + 4} textAnchor="end">
          {number.format(tick)}
        </text>
      </g>
    );
  });
}
