// Loads one cohort's data from a trainer route, with a retry after a failure; an answer that arrives
// after the cohort changed is ignored.
import { useEffect, useState } from "react";

/** `data` once loaded, `failed` after an error, and `retry` to load again. */
export function useCohortData<T>(cohortId: string, load: (cohortId: string) => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    load(cohortId).then(
      (answer) => current && setData(answer),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [cohortId, attempt, load]);

  return { data, failed, retry: () => setAttempt((n) => n + 1) };
}
