/// <reference path="../../pb_data/types.d.ts" />
// The cohort's belonging profile no longer comes from a view that averaged whatever was stored: a
// trainer could add participants of their own through the join code, give known answers and read one
// real person's answers from the exact average (and 1e308 or text was accepted as an answer). Instead
// (the mechanism and its guarantee are in pb_hooks/lib/pure/belonging-profile.js):
// - participants.deviceHash: sha256 of an id the joining device keeps apart from the per-person join key;
//   only participants whose device joined the cohort once count (one contributor per device);
// - pb_hooks/record-hooks.pb.js refuses a belonging summary that is not four means on the scale's grid
//   and the weakest component, nothing else;
// - belonging_profiles: the one profile released per cohort, from at least 10 such answers, with
//   calibrated noise, and never changed afterwards. Written by the server only; trainers read it through
//   their dashboard route, and no one can read, filter or sort it through the record API.

migrate(
  (app) => {
    app.delete(app.findCollectionByNameOrId("cohort_belonging"));

    const participants = app.findCollectionByNameOrId("participants");
    participants.fields.add(new TextField({ name: "deviceHash", hidden: true, max: 64 }));
    participants.indexes = participants.indexes.concat([
      "CREATE INDEX idx_participants_cohort_device ON participants (cohort, deviceHash)",
    ]);
    app.save(participants);

    const profiles = new Collection({
      id: "jn_belonging_pr",
      type: "base",
      name: "belonging_profiles",
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        {
          type: "relation",
          name: "cohort",
          required: true,
          collectionId: "jn_cohorts00001",
          maxSelect: 1,
          cascadeDelete: true,
        },
        // The minimum is the threshold itself: pb_hooks/lib/pure/belonging-profile.js reads it (npm run types).
        { type: "number", name: "answers", required: true, min: 10, onlyInt: true },
        // The scale's ends, read the same way.
        { type: "number", name: "identification", required: true, min: 1, max: 5 },
        { type: "number", name: "security", required: true, min: 1, max: 5 },
        { type: "number", name: "value", required: true, min: 1, max: 5 },
        { type: "number", name: "engagement", required: true, min: 1, max: 5 },
        // The Laplace scale used, shown to the trainer as the profile's expected error.
        { type: "number", name: "noise", required: true, min: 0 },
        { type: "autodate", name: "created", onCreate: true, onUpdate: false },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: ["CREATE UNIQUE INDEX idx_belonging_profiles_cohort ON belonging_profiles (cohort)"],
    });
    app.save(profiles);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("belonging_profiles"));
    const participants = app.findCollectionByNameOrId("participants");
    participants.indexes = participants.indexes.filter((i) => !i.includes("idx_participants_cohort_device"));
    participants.fields.removeByName("deviceHash");
    app.save(participants);
    // The view as 1764000200_exercise_results.js made it.
    app.save(
      new Collection({
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
        HAVING COUNT(*) >= 3`,
      }),
    );
  },
);
