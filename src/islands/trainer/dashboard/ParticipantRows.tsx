// The table's body: plain rows, memoised so typing in the search does not redraw 500 rows per keystroke.
import { memo } from "react";
import type { ParticipantRow } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";
import { momentFormatter } from "../../../lib/dates";

interface ParticipantRowsProps {
  rows: readonly ParticipantRow[];
  selected: string | null;
  onSelect: (row: ParticipantRow) => void;
}

/** `tbody` with `tr[data-participant=<id>]`; the name is a button that opens the participant's details. */
export const ParticipantRows = memo(function ParticipantRows({ rows, selected, onSelect }: ParticipantRowsProps) {
  const { text, locale } = useDashboard();
  const moment = momentFormatter(locale);
  const none = text("dashboard.people.noCheckin");
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id} data-participant={row.id} aria-selected={row.id === selected ? true : undefined}>
          <th scope="row">
            <button
              type="button"
              className="link-button"
              aria-expanded={row.id === selected}
              onClick={() => onSelect(row)}
            >
              {row.name}
            </button>
            {row.namedInReport ? <span className="tag">{text("dashboard.people.namedInReport")}</span> : null}
            {row.followUpConsent ? <span className="tag">{text("dashboard.people.followUp")}</span> : null}
          </th>
          <td className="num">{row.commitments}</td>
          <td className="num">{row.done}</td>
          <td className="num">{row.inProgress}</td>
          <td className="num">{row.planned}</td>
          <td className="num">{row.dropped}</td>
          <td>{row.lastCheckin ? moment(row.lastCheckin) : none}</td>
          <td>{moment(row.joined)}</td>
        </tr>
      ))}
    </tbody>
  );
});
