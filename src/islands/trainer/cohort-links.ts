// Where each cohort's links go; the page passes the base paths in its own language.

/** Base paths of the trainer pages for one cohort, e.g. `/trainer/join/` or `/en/trainer/join/`. */
export interface CohortPaths {
  joinView: string;
  wall: string;
  dashboard: string;
}

/** `base?cohort=<id>`. */
export function cohortHref(base: string, id: string): string {
  return `${base}?cohort=${encodeURIComponent(id)}`;
}
