// A radar chart of the four component means, drawn as plain SVG. The numbers are in the <desc> and in
// the table beside the chart, so nothing is only visual.
import { BELONGING_COMPONENTS, type BelongingComponent } from "../../../lib/belonging";

interface RadarChartProps {
  names: Readonly<Record<BelongingComponent, string>>;
  means: Readonly<Record<BelongingComponent, number>>;
  title: string;
  description: string;
}

const WIDTH = 480;
const HEIGHT = 360;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 120;
const MAX = 5;

/** Axis i of n, starting at the top and going clockwise. */
function angle(i: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / BELONGING_COMPONENTS.length;
}

function point(i: number, value: number, radius = RADIUS): [number, number] {
  const r = (radius * value) / MAX;
  return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))];
}

function polygon(values: readonly number[]): string {
  return values
    .map((v, i) =>
      point(i, v)
        .map((n) => n.toFixed(1))
        .join(","),
    )
    .join(" ");
}

/** Where an axis label goes and how it is anchored, so labels sit outside the chart. */
function labelPosition(i: number): { x: number; y: number; anchor: "start" | "middle" | "end" } {
  const [x, y] = point(i, MAX, RADIUS + 18);
  const cos = Math.cos(angle(i));
  const anchor = Math.abs(cos) < 0.1 ? "middle" : cos > 0 ? "start" : "end";
  const sin = Math.sin(angle(i));
  return { x, y: sin > 0.1 ? y + 14 : sin < -0.1 ? y - 4 : y + 5, anchor };
}

/** The chart; screen readers get the title and the description with every number. */
export function RadarChart({ names, means, title, description }: RadarChartProps) {
  const values = BELONGING_COMPONENTS.map((c) => means[c]);
  return (
    <svg
      className="radar-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="belonging-chart-title belonging-chart-desc"
    >
      <title id="belonging-chart-title">{title}</title>
      <desc id="belonging-chart-desc">{description}</desc>
      {[1, 2, 3, 4, 5].map((ring) => (
        <polygon key={ring} className="radar-ring" points={polygon(BELONGING_COMPONENTS.map(() => ring))} />
      ))}
      {BELONGING_COMPONENTS.map((c, i) => {
        const [x, y] = point(i, MAX);
        return <line key={c} className="radar-axis" x1={CX} y1={CY} x2={x} y2={y} />;
      })}
      <polygon className="radar-area" points={polygon(values)} />
      {BELONGING_COMPONENTS.map((c, i) => {
        const [x, y] = point(i, means[c]);
        const label = labelPosition(i);
        return (
          <g key={c}>
            <circle className="radar-dot" cx={x} cy={y} r={5} />
            <text className="radar-label" x={label.x} y={label.y} textAnchor={label.anchor}>
              {names[c]} {means[c].toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
