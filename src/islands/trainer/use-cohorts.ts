// The trainer's cohort list: loaded once signed in, kept sorted like the server sorts it (latest first).
import { useCallback, useEffect, useState } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import type { CohortsRecord } from "../../lib/pocketbase-types";
import { listCohorts } from "./trainer-api";
import { requestErrorKey } from "./trainer-errors";

/** Latest first day first, like `sort: "-startsOn"`. */
export function sortCohorts(cohorts: readonly CohortsRecord[]): CohortsRecord[] {
  return [...cohorts].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.created.localeCompare(a.created));
}

/** The list (null while loading), its load error, and ways to reload it or put in a saved record. */
export function useCohorts() {
  const [cohorts, setCohorts] = useState<CohortsRecord[] | null>(null);
  const [error, setError] = useState<ErrorMessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    listCohorts().then(
      (records) => {
        if (active) setCohorts(sortCohorts(records));
      },
      (failure: unknown) => {
        if (active) setError(requestErrorKey(failure));
      },
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const reload = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  const put = useCallback((record: CohortsRecord) => {
    setCohorts((list) => sortCohorts([...(list ?? []).filter((c) => c.id !== record.id), record]));
  }, []);

  return { cohorts, error, reload, put };
}
