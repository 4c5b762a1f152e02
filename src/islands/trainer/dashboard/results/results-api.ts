// The cohort's result measures and their values, through the trainer's client: the collections'
// rules let only the cohort's trainer read or write them (migration 1764001610_result_measures.js).
import { trainerPb } from "../../../../lib/pocketbase";
import type { ResultMeasuresRecord, ResultValuesRecord } from "../../../../lib/pocketbase-types";

/** A measure with its values, oldest first. */
export interface MeasureWithValues {
  measure: ResultMeasuresRecord;
  values: ResultValuesRecord[];
}

/** What the measure form sends. */
export type MeasureFields = Pick<
  ResultMeasuresRecord,
  "name" | "unit" | "direction" | "baseline" | "baselineOn" | "modules"
>;

/** The cohort's measures (in the order they were set) with their values. */
export async function loadResults(cohortId: string): Promise<MeasureWithValues[]> {
  const c = { c: cohortId };
  const [measures, values] = await Promise.all([
    trainerPb
      .collection("result_measures")
      .getFullList({ filter: trainerPb.filter("cohort = {:c}", c), sort: "created", requestKey: null }),
    trainerPb
      .collection("result_values")
      .getFullList({ filter: trainerPb.filter("measure.cohort = {:c}", c), sort: "measuredOn", requestKey: null }),
  ]);
  return measures.map((measure) => ({ measure, values: values.filter((v) => v.measure === measure.id) }));
}

/** Sets a new measure for the cohort. */
export function createMeasure(cohortId: string, fields: MeasureFields): Promise<ResultMeasuresRecord> {
  return trainerPb.collection("result_measures").create({ cohort: cohortId, ...fields }, { requestKey: null });
}

/** Removes a measure and its values. */
export function deleteMeasure(id: string): Promise<boolean> {
  return trainerPb.collection("result_measures").delete(id, { requestKey: null });
}

/** Adds one value of a measure, measured on a day ("YYYY-MM-DD"). */
export function addValue(measure: string, value: number, measuredOn: string): Promise<ResultValuesRecord> {
  return trainerPb.collection("result_values").create({ measure, value, measuredOn }, { requestKey: null });
}

/** Removes one value. */
export function deleteValue(id: string): Promise<boolean> {
  return trainerPb.collection("result_values").delete(id, { requestKey: null });
}

/** Imports a CSV file's values (every row or none): how many rows it had, how many days were new, how many values changed. */
export function importValues(measure: string, csv: string): Promise<{ rows: number; added: number; changed: number }> {
  return trainerPb.send("/api/jiannuo/results/import", { method: "POST", body: { measure, csv }, requestKey: null });
}
