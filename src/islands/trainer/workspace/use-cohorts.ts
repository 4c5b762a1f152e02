// The trainer's cohort list: loaded once signed in, kept sorted like the server sorts it (latest first).
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { requestErrorKey } from "../../../lib/request-errors";
import { useLoad } from "../../shared/use-load";
import { listCohorts } from "../shared/trainer-api";

/** Latest first day first, like `sort: "-startsOn"`. */
export function sortCohorts(cohorts: readonly CohortsRecord[]): CohortsRecord[] {
  return [...cohorts].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.created.localeCompare(a.created));
}

const listSorted = async () => sortCohorts(await listCohorts());

/** The list (null while loading), its load error, and ways to reload it or put in a saved record. */
export function useCohorts() {
  const { data: cohorts, error, reload, update } = useLoad(listSorted, [], requestErrorKey);
  const put = (record: CohortsRecord) =>
    update((list) => sortCohorts([...(list ?? []).filter((c) => c.id !== record.id), record]));
  return { cohorts, error, reload, put };
}
