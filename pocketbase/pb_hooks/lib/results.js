// Result measures and their values (migration 1764001610_result_measures.js): the limits the rules
// cannot count (three measures per cohort, 200 values per measure), and the CSV import, which writes
// every row or none (lib/pure/result-values-csv.js reads and checks the file first).
const { throwFieldErrors, throwNotFound } = require("./api-errors.js");
const { requestBody } = require("./body-limit.js");
const { findOrNull, scalar, writeTransaction } = require("./db.js");
const { MAX_VALUES, readResultValues } = require("./pure/result-values-csv.js");

/** Measures one cohort may have. */
const MAX_MEASURES = 3;

/** Before a measure is created, by any path: refuses a fourth one in its cohort. */
function checkMeasureLimit(app, record) {
  const n = scalar(app, "SELECT COUNT(*) AS n FROM result_measures WHERE cohort = {:c}", {
    c: record.getString("cohort"),
  });
  if (n >= MAX_MEASURES) throwFieldErrors({ cohort: "jiannuo_results_too_many_measures" });
}

/** Before a value is created, by any path: refuses one past the measure's 200. */
function checkValueLimit(app, record) {
  const n = scalar(app, "SELECT COUNT(*) AS n FROM result_values WHERE measure = {:m}", {
    m: record.getString("measure"),
  });
  if (n >= MAX_VALUES) throwFieldErrors({ measure: "jiannuo_results_too_many_values" });
}

/**
 * POST /api/jiannuo/results/import { measure, csv }: the measure's values from a CSV file, for the
 * cohort's trainer (anyone else: 404). A value for a day the measure already has replaces it, so the
 * same file imported twice changes nothing. Any bad row: 400 naming each (`row<n>`), nothing written.
 */
function importResultValues(e) {
  const body = requestBody(e, "");
  const id = typeof body.measure === "string" ? body.measure : "";
  const measure = /^[a-z0-9]{15}$/.test(id) ? findOrNull(() => e.app.findRecordById("result_measures", id)) : null;
  const cohort = measure && findOrNull(() => e.app.findRecordById("cohorts", measure.getString("cohort")));
  if (!cohort || !e.auth || cohort.getString("trainer") !== e.auth.id) throwNotFound("Measure not found.");
  const { values, errors } = readResultValues(body.csv);
  if (Object.keys(errors).length) throwFieldErrors(errors, "Nothing was imported: please fix the rows named.");

  // Read and written in one write transaction (lib/db.js), so a typed value saved meanwhile is counted.
  return writeTransaction(e.app, (tx) => {
    const existing = {};
    for (const record of tx.findRecordsByFilter("result_values", "measure = {:m}", "", 0, 0, { m: id }))
      existing[record.getString("measuredOn").slice(0, 10)] = record;
    const added = values.filter((v) => !existing[v.measuredOn]).length;
    if (Object.keys(existing).length + added > MAX_VALUES) throwFieldErrors({ csv: "jiannuo_results_too_many_values" });
    const collection = tx.findCollectionByNameOrId("result_values");
    let changed = 0;
    for (const { measuredOn, value } of values) {
      const record = existing[measuredOn] || new Record(collection);
      if (existing[measuredOn] && record.getFloat("value") === value) continue;
      record.set("measure", id);
      record.set("measuredOn", `${measuredOn} 00:00:00.000Z`);
      record.set("value", value);
      tx.save(record);
      changed += 1;
    }
    return { rows: values.length, added, changed };
  });
}

module.exports = { MAX_MEASURES, checkMeasureLimit, checkValueLimit, importResultValues };
