// Small hooks of the commitment island: a debounced value, and the participant's open commitments.
import { useEffect, useState } from "react";
import type { OpenCommitment } from "../../lib/commitments-api";

/** `value` once it has stopped changing for `ms` (live hints would otherwise be read out at every keystroke). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The participant's open commitments on the server, or null while unknown (not joined, offline, loading).
 * `refresh` changes whenever the list may have changed (one of theirs was sent or dropped).
 */
export function useOpenCommitments(participant: string | undefined, refresh: string): OpenCommitment[] | null {
  // Its own effect rather than shared/use-load: every module page loads this island, and the shared hook
  // would be one more script on each (see scripts/bench/js-budgets.mjs).
  const [open, setOpen] = useState<OpenCommitment[] | null>(null);
  useEffect(() => {
    if (!participant) {
      setOpen(null);
      return;
    }
    let current = true;
    // Imported late, with the PocketBase client (see the top of commitments-api.ts).
    import("../../lib/commitments-api")
      .then(({ listOpenCommitments }) => listOpenCommitments(participant))
      .then(
        (list) => current && setOpen(list),
        // Offline: the count falls back to what waits on this device; the prompt lists nothing to replace.
        () => current && setOpen(null),
      );
    return () => {
      current = false;
    };
  }, [participant, refresh]);
  return open;
}

/** The coach (src/lib/coach.ts) and its two prompts (./advice.ts). */
export type Advice = typeof import("./advice");

let loading: Promise<Advice> | null = null;

/**
 * Loads the coach once; a failed load (offline) is tried again on the next call. It is loaded when the
 * participant starts on the form: its word rules are most of the form's weight, and module pages have a
 * JavaScript budget (scripts/bench/js-budgets.mjs).
 */
function loadAdvice(): Promise<Advice> {
  loading ??= import("./advice").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The advice once `wanted` has been true (the participant is on the form, or a draft is waiting). */
export function useAdvice(wanted: boolean): Advice | null {
  const [advice, setAdvice] = useState<Advice | null>(null);
  useEffect(() => {
    if (wanted && !advice) loadAdvice().then(setAdvice, () => {});
  }, [wanted, advice]);
  return advice;
}
