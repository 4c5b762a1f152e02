/// <reference path="../../pb_data/types.d.ts" />
// Exercise results: a participant's own records (one per exercise). Trainers never read them one by
// one; they see the cohort's average belonging profile through the cohort_belonging view, and only
// once enough people answered that no single person's answers can be read from it.

const AS_PARTICIPANT = '@request.auth.collectionName = "participants"';
const EXERCISES = ["mindset-sort", "eoac-builder", "above-standard-scenario", "belonging-assessment"];
/** Fewer answers than this and the cohort average would reveal individuals. */
const MIN_ANSWERS = 3;

migrate(
  (app) => {
    const own = `${AS_PARTICIPANT} && participant = @request.auth.id`;
    const results = new Collection({
      id: "jn_exercise_res",
      type: "base",
      name: "exercise_results",
      listRule: own,
      viewRule: own,
      createRule: `${own} && cohort = @request.auth.cohort`,
      updateRule: `${own} && @request.body.participant:changed = false && @request.body.cohort:changed = false && @request.body.exercise:changed = false`,
      deleteRule: own,
      fields: [
        {
          type: "relation",
          name: "participant",
          required: true,
          collectionId: "jn_participants",
          maxSelect: 1,
          cascadeDelete: true,
        },
        {
          type: "relation",
          name: "cohort",
          required: true,
          collectionId: "jn_cohorts00001",
          maxSelect: 1,
          cascadeDelete: true,
        },
        { type: "select", name: "exercise", required: true, values: EXERCISES, maxSelect: 1 },
        { type: "text", name: "module", required: true, max: 40, pattern: "^[a-z0-9-]+$" },
        // Small figures only (e.g. the four belonging means), never free text.
        { type: "json", name: "summary", required: true, maxSize: 2000 },
        { type: "autodate", name: "created", onCreate: true, onUpdate: false },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_exercise_results_one_per_exercise ON exercise_results (participant, exercise)",
      ],
    });
    app.save(results);

    const belonging = new Collection({
      id: "jn_cohort_belon",
      type: "view",
      name: "cohort_belonging",
      listRule: '@request.auth.collectionName = "trainers" && cohort.trainer = @request.auth.id',
      viewRule: '@request.auth.collectionName = "trainers" && cohort.trainer = @request.auth.id',
      viewQuery: `
        SELECT cohort AS id, cohort, COUNT(*) AS answers,
          CAST(ROUND(AVG(json_extract(summary, '$.identification')), 2) AS REAL) AS identification,
          CAST(ROUND(AVG(json_extract(summary, '$.security')), 2) AS REAL) AS security,
          CAST(ROUND(AVG(json_extract(summary, '$.value')), 2) AS REAL) AS value,
          CAST(ROUND(AVG(json_extract(summary, '$.engagement')), 2) AS REAL) AS engagement
        FROM exercise_results
        WHERE exercise = 'belonging-assessment'
        GROUP BY cohort
        HAVING COUNT(*) >= ${MIN_ANSWERS}`,
    });
    app.save(belonging);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("cohort_belonging"));
    app.delete(app.findCollectionByNameOrId("exercise_results"));
  },
);
