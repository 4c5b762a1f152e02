// The participant table's state: the query the trainer sets, and the rows the server answers for it.
// Typing in the search waits a moment (debounce); filters and sorting ask at once. An older answer that
// arrives after a newer request is ignored, so the table always shows the latest query. The rows are put
// in order here, names by pinyin (participant-order.ts).
import { useEffect, useMemo, useState } from "react";
import { useLoad } from "../../shared/use-load";
import { loadParticipants, type ParticipantRow, type TableQuery } from "./dashboard-api";
import { sortParticipants } from "./participant-order";

/** How long typing must pause before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

export const EMPTY_QUERY: TableQuery = { q: "", module: "", status: "", kind: "", sort: "name" };

export interface ParticipantsState {
  query: TableQuery;
  setQuery: (change: Partial<TableQuery>) => void;
  rows: ParticipantRow[] | null;
  loading: boolean;
  failed: boolean;
  /** Asks again for the same query (after a participant was removed). */
  reload: () => void;
}

/** Rows of the participants route for the current query; `rows` stays null until the first answer. */
export function useParticipants(cohortId: string): ParticipantsState {
  const [query, setQueryState] = useState<TableQuery>(EMPTY_QUERY);
  const [sent, setSent] = useState<TableQuery>(EMPTY_QUERY);

  // Only the search text is debounced; everything else goes out with the next render.
  useEffect(() => {
    if (query.q === sent.q) {
      if (query !== sent) setSent(query);
      return;
    }
    const timer = setTimeout(() => setSent(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, sent]);

  const { data, error, loading, reload } = useLoad(() => loadParticipants(cohortId, sent), [cohortId, sent]);
  const rows = useMemo(() => (data ? sortParticipants(data, sent.sort) : null), [data, sent.sort]);

  const setQuery = (change: Partial<TableQuery>) => setQueryState((q) => ({ ...q, ...change }));
  return { query, setQuery, rows, loading, failed: error !== null, reload };
}
