// The cohort a trainer page is about comes from `?cohort=` (the site is static, so not from the path):
// the dashboard, the report, the wall and the join view read it here, and the workspace links with it.
import { useInBrowser } from "../../shared/use-in-browser";

/** The trimmed `?cohort=` in the browser ("" when missing); null during the build and hydration. */
export function useCohortParam(): string | null {
  return useInBrowser() ? (new URLSearchParams(window.location.search).get("cohort")?.trim() ?? "") : null;
}

/** `base` with `?cohort=<id>`, e.g. the dashboard of one cohort. */
export function withCohort(base: string, cohortId: string): string {
  return `${base}?cohort=${encodeURIComponent(cohortId)}`;
}
