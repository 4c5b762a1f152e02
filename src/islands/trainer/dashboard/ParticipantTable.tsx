// The participant table: search, filters and sorting are sent to the server (it counts and sorts in SQL);
// the browser only draws the rows. Selecting a name opens that participant's details above the table.
import { useCallback, useState } from "react";
import type { ParticipantRow } from "./dashboard-api";
import { ParticipantDetail } from "./ParticipantDetail";
import { ParticipantRows } from "./ParticipantRows";
import { SortHeader } from "./SortHeader";
import { TableFilters } from "./TableFilters";
import { useDashboard } from "./dashboard-context";
import type { ParticipantsState } from "./use-participants";

interface ParticipantTableProps {
  cohortId: string;
  state: ParticipantsState;
  /** Module slugs for the filter, in course order. */
  modules: readonly string[];
  /** After a participant was removed: what counts them loads again. */
  onRemoved: () => void;
}

/** `section` with the filters, the details of the selected participant and `table[data-participants]`. */
export function ParticipantTable({ cohortId, state, modules, onRemoved }: ParticipantTableProps) {
  const { text } = useDashboard();
  const { query, setQuery, rows, loading, failed } = state;
  const [selected, setSelected] = useState<ParticipantRow | null>(null);
  const select = useCallback(
    (row: ParticipantRow) => setSelected((current) => (current?.id === row.id ? null : row)),
    [],
  );
  const filtered = query.module !== "" || query.status !== "" || query.kind !== "";
  const sortProps = { sort: query.sort, onSort: (sort: string) => setQuery({ sort }) };

  function closeDetail() {
    const id = selected?.id;
    setSelected(null);
    if (id) document.querySelector<HTMLButtonElement>(`tr[data-participant="${id}"] button`)?.focus();
  }

  return (
    <section className="dash-section dash-people" aria-labelledby="dash-people-heading">
      <h2 id="dash-people-heading">{text("common.participants")}</h2>
      <TableFilters query={query} onChange={setQuery} modules={modules} />
      {filtered ? <p className="note">{text("dashboard.people.filteredNote")}</p> : null}
      <p className="field-hint" aria-live="polite" data-people-count={rows?.length ?? ""}>
        {loading ? text("common.updating") : rows ? text("dashboard.people.count", { count: rows.length }) : ""}
      </p>
      {failed ? (
        <p className="form-error" role="alert">
          {text("dashboard.people.failed")}
        </p>
      ) : null}
      {selected ? (
        <ParticipantDetail
          key={selected.id}
          cohortId={cohortId}
          participant={selected}
          onClose={closeDetail}
          onRemoved={() => {
            setSelected(null);
            onRemoved();
          }}
        />
      ) : null}
      <div className="table-scroll">
        <table className="data-table dash-people-table" data-participants="" aria-busy={loading}>
          <caption>{text("dashboard.people.caption")}</caption>
          <thead>
            <tr>
              <SortHeader sortKey="name" {...sortProps}>
                {text("dashboard.people.name")}
              </SortHeader>
              <SortHeader sortKey="commitments" firstDescending numeric {...sortProps}>
                {text("common.commitments")}
              </SortHeader>
              <SortHeader sortKey="done" firstDescending numeric {...sortProps}>
                {text("status.done")}
              </SortHeader>
              <th scope="col" className="num">
                {text("status.in_progress")}
              </th>
              <th scope="col" className="num">
                {text("status.planned")}
              </th>
              <th scope="col" className="num">
                {text("status.dropped")}
              </th>
              <SortHeader sortKey="lastCheckin" firstDescending {...sortProps}>
                {text("dashboard.people.lastCheckin")}
              </SortHeader>
              <SortHeader sortKey="joined" firstDescending {...sortProps}>
                {text("dashboard.people.joined")}
              </SortHeader>
            </tr>
          </thead>
          <ParticipantRows rows={rows ?? []} selected={selected?.id ?? null} onSelect={select} />
        </table>
      </div>
      {rows && rows.length === 0 && !loading ? <p className="note">{text("dashboard.people.empty")}</p> : null}
    </section>
  );
}
