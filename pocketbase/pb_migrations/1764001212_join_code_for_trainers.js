/// <reference path="../../pb_data/types.d.ts" />
// A cohort's join code is the trainer's, not its participants': anyone holding the current code can add
// people to the cohort. As a hidden field, no one but a superuser can read it, filter or sort on it
// through the record API (lists, views, expands from commitments or participants, realtime events), and
// pb_hooks/record-hooks.pb.js shows it again to the cohort's own trainer in every answer about the cohort.
// The join route answers with the cohort's name and language only (pb_hooks/lib/cohorts.js cohortInfo).

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.getByName("joinCode").hidden = true;
    app.save(cohorts);
  },
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.getByName("joinCode").hidden = false;
    app.save(cohorts);
  },
);
