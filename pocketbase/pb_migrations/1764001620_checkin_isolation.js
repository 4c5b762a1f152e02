/// <reference path="../../pb_data/types.d.ts" />
// The isolation step of the Phillips ROI method: at a follow-up from day 45 on (45 and 90 by default), a
// participant may estimate what share of a change at work came from what they did (0–100 %) and how
// sure they are (0–100 %), stored with that check-in. `isolationGiven` tells an answered 0 from no answer.
// Written through the answer link's route (pb_hooks/lib/checkin-answer.js, checked by
// lib/pure/isolation.js); the report discounts each estimate by its confidence (src/lib/results-report.ts).

migrate(
  (app) => {
    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.fields.add(new NumberField({ name: "isolationShare", min: 0, max: 100, onlyInt: true }));
    checkins.fields.add(new NumberField({ name: "isolationSure", min: 0, max: 100, onlyInt: true }));
    checkins.fields.add(new BoolField({ name: "isolationGiven" }));
    app.save(checkins);
  },
  (app) => {
    const checkins = app.findCollectionByNameOrId("checkins");
    for (const name of ["isolationShare", "isolationSure", "isolationGiven"]) checkins.fields.removeByName(name);
    app.save(checkins);
  },
);
