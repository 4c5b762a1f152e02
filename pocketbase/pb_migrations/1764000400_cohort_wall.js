/// <reference path="../../pb_data/types.d.ts" />
// The trainer's control of the live wall, kept on the cohort so a projector and the trainer's tablet
// stay in step through realtime: hide it until a reveal, and show cards or the cohort's themes.

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.add(new BoolField({ name: "wallHidden" }));
    cohorts.fields.add(new SelectField({ name: "wallView", values: ["cards", "themes"], maxSelect: 1 }));
    app.save(cohorts);
  },
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.removeByName("wallHidden");
    cohorts.fields.removeByName("wallView");
    app.save(cohorts);
  },
);
