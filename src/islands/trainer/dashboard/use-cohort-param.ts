// The cohort the trainer pages are about comes from `?cohort=` (the site is static, so not from the path).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** The trimmed `?cohort=` in the browser ("" when missing); null during the build and hydration. */
export function useCohortParam(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get("cohort")?.trim() ?? "",
    () => null,
  );
}

/** `base` with `?cohort=<id>`. */
export function withCohort(base: string, cohortId: string): string {
  return `${base}?cohort=${encodeURIComponent(cohortId)}`;
}
