// The frame every chart of the dashboard and the report shares: a titled figure holding the drawing and its
// numbers as a table, so what the chart shows is also there as text (screen readers, print, a slide).
import { useId, type ReactNode } from "react";

interface ChartFigureProps {
  /** The `data-chart` name tests and the benchmark look for. */
  name: string;
  title: string;
  /** A sentence under the title (how to read the chart). */
  note?: string | undefined;
  /** The SVG drawing; receives the title's id for its label. */
  drawing: (titleId: string) => ReactNode;
  /** The table with the same numbers. */
  table: (titleId: string) => ReactNode;
}

/** `figure[data-chart]`: the title, an optional note, the drawing and the table with its numbers. */
export function ChartFigure({ name, title, note, drawing, table }: ChartFigureProps) {
  const titleId = useId();
  return (
    <figure className="chart" data-chart={name}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        {note ? <p className="note">{note}</p> : null}
      </figcaption>
      {drawing(titleId)}
      <div className="chart-table">{table(titleId)}</div>
    </figure>
  );
}

/** A two-column table: label and number per row. */
export function NumbersTable({
  labelledBy,
  headers,
  rows,
}: {
  labelledBy: string;
  headers: [string, string];
  rows: { key: string; label: string; value: string }[];
}) {
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{headers[0]}</th>
          <th scope="col" className="num">
            {headers[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
