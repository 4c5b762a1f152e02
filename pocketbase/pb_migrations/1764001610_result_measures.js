/// <reference path="../../pb_data/types.d.ts" />
// Results the client can weigh: per cohort, the trainer sets one to three client measures (complaints
// per 1,000 orders, a satisfaction score …), each with its unit, which direction is better, a baseline
// value and date, and the modules it is meant to move; later values, with their dates, are
// `result_values` (typed one by one, or imported from CSV: POST /api/jiannuo/results/import). The limits
// of three measures per cohort and 200 values per measure are hooks' (pb_hooks/lib/results.js).
// Only the cohort's trainer reads or writes any of it: a client's figures are not the participants'.

const TRAINER = '@request.auth.collectionName = "trainers"';

function timestamps() {
  return [
    { type: "autodate", name: "created", onCreate: true, onUpdate: false },
    { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
  ];
}

migrate(
  (app) => {
    const OWN_MEASURE = `${TRAINER} && cohort.trainer = @request.auth.id`;
    const measures = new Collection({
      id: "jn_resultmeas01",
      type: "base",
      name: "result_measures",
      listRule: OWN_MEASURE,
      viewRule: OWN_MEASURE,
      createRule: OWN_MEASURE,
      updateRule: `${OWN_MEASURE} && @request.body.cohort:changed = false`,
      deleteRule: OWN_MEASURE,
      fields: [
        {
          type: "relation",
          name: "cohort",
          required: true,
          collectionId: app.findCollectionByNameOrId("cohorts").id,
          maxSelect: 1,
          cascadeDelete: true,
        },
        { type: "text", name: "name", required: true, max: 80 },
        { type: "text", name: "unit", max: 30 },
        // Which way is better: fewer complaints ("lower"), a higher satisfaction score ("higher").
        { type: "select", name: "direction", required: true, values: ["lower", "higher"], maxSelect: 1 },
        // Not required: 0 is a real baseline (no complaints).
        { type: "number", name: "baseline" },
        { type: "date", name: "baselineOn", required: true },
        // The modules meant to move it, as their slugs separated by commas.
        { type: "text", name: "modules", max: 300, pattern: "^([a-z0-9-]+(,[a-z0-9-]+)*)?$" },
        ...timestamps(),
      ],
      indexes: ["CREATE INDEX idx_result_measures_cohort ON result_measures (cohort)"],
    });
    app.save(measures);

    const OWN_VALUE = `${TRAINER} && measure.cohort.trainer = @request.auth.id`;
    const values = new Collection({
      id: "jn_resultvals01",
      type: "base",
      name: "result_values",
      listRule: OWN_VALUE,
      viewRule: OWN_VALUE,
      createRule: OWN_VALUE,
      updateRule: `${OWN_VALUE} && @request.body.measure:changed = false`,
      deleteRule: OWN_VALUE,
      fields: [
        {
          type: "relation",
          name: "measure",
          required: true,
          collectionId: measures.id,
          maxSelect: 1,
          cascadeDelete: true,
        },
        // Not required: 0 is a real value.
        { type: "number", name: "value" },
        { type: "date", name: "measuredOn", required: true },
        ...timestamps(),
      ],
      // One value per measure and day: an import of the same file again changes nothing.
      indexes: ["CREATE UNIQUE INDEX idx_result_values_measure_day ON result_values (measure, measuredOn)"],
    });
    app.save(values);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("result_values"));
    app.delete(app.findCollectionByNameOrId("result_measures"));
  },
);
