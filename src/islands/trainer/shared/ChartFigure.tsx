// The frame every chart of the dashboard and the report shares: a titled figure with the drawing, and its
// numbers as a table, shown once: screen readers get the table (the drawing is hidden from them), sighted
// readers the drawing, or the table in its place after pressing the toggle. So nothing prints twice.
import { useId, useState, type ReactNode } from "react";

interface ChartFigureProps {
  /** The `data-chart` name tests and the benchmark look for. */
  name: string;
  title: string;
  /** A sentence under the title (how to read the chart). */
  note?: string | undefined;
  /** The SVG drawing. */
  drawing: (titleId: string) => ReactNode;
  /** The table with the same numbers. */
  table: (titleId: string) => ReactNode;
  /** The toggle's words: show the table instead of the drawing, and back. */
  tableToggle: { show: string; hide: string };
  /** The title for screen readers only, where the page's heading above already says it. */
  titleHidden?: boolean | undefined;
}

/** `figure[data-chart]`: the title, an optional note, the drawing or `[data-chart-table=shown]`, and the toggle. */
export function ChartFigure({ name, title, note, drawing, table, tableToggle, titleHidden }: ChartFigureProps) {
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className="chart" data-chart={name}>
      <figcaption>
        <h3 id={titleId} className={titleHidden ? "visually-hidden" : undefined}>
          {title}
        </h3>
        {note ? <p className="note">{note}</p> : null}
      </figcaption>
      {showTable ? null : <div aria-hidden="true">{drawing(titleId)}</div>}
      <div
        id={tableId}
        className={showTable ? "chart-table" : "chart-table visually-hidden"}
        data-chart-table={showTable ? "shown" : "hidden"}
      >
        {table(titleId)}
      </div>
      <button
        type="button"
        className="link-button chart-toggle no-print"
        aria-expanded={showTable}
        aria-controls={tableId}
        data-chart-toggle={name}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? tableToggle.hide : tableToggle.show}
      </button>
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
