// The one way an island loads something from the server: run the request when what it depends on
// changes (or on `reload`), keep the last answer while the next one is on its way, and ignore an answer
// that arrives after the island moved on (another cohort, a newer query, a closed panel).
import { useCallback, useEffect, useState, type DependencyList } from "react";

/** Where a load stands. `error` says why the last attempt failed; a new attempt clears it. */
export interface Load<T, E> {
  /** The last answer (kept through later attempts and failures); null until the first one. */
  data: T | null;
  error: E | null;
  /** A request is on its way. */
  loading: boolean;
  /** Asks again with the same dependencies. */
  reload: () => void;
  /** Changes the answer held, e.g. after saving one item of a loaded list. */
  update: (change: (data: T | null) => T | null) => void;
}

/**
 * Runs `load` whenever `deps` change; with `load` null nothing is asked (and what was loaded stays).
 * `describe` turns a failure into what the island shows, at the moment it failed (for example a message key
 * that depends on whether the device is online); without it `error` is just `true`.
 */
export function useLoad<T>(load: (() => Promise<T>) | null, deps: DependencyList): Load<T, true>;
export function useLoad<T, E>(
  load: (() => Promise<T>) | null,
  deps: DependencyList,
  describe: (failure: unknown) => E,
): Load<T, E>;
export function useLoad<T, E>(
  load: (() => Promise<T>) | null,
  deps: DependencyList,
  describe?: (failure: unknown) => E,
): Load<T, E | true> {
  const [state, setState] = useState<{ data: T | null; error: E | true | null; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((held) => ({ ...held, error: null, loading: true }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (failure: unknown) =>
        current && setState((held) => ({ ...held, error: describe ? describe(failure) : true, loading: false })),
    );
    return () => {
      current = false;
    };
    // `load` and `describe` are new functions at every render; what they depend on is in `deps`.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T | null) => T | null) => setState((held) => ({ ...held, data: change(held.data) })),
    [],
  );
  return { ...state, reload, update };
}
