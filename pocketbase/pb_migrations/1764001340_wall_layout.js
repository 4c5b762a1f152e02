/// <reference path="../../pb_data/types.d.ts" />
// How the live wall shows a room's cards, kept on the cohort next to wallHidden and wallView so the
// projector and the trainer's own device stay in step through realtime:
// - wallLayout: "fit" (every card on one screen, smaller as more arrive; empty means fit), "pages"
//   (larger cards, the trainer turns the pages) or "rotate" (larger cards, the pages turn by themselves);
// - wallPage: the page the trainer turned to (0 is the first; the wall shows its last page when a
//   number is past the end, so a page number never needs correcting when cards are hidden).

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.add(new SelectField({ name: "wallLayout", values: ["fit", "pages", "rotate"], maxSelect: 1 }));
    cohorts.fields.add(new NumberField({ name: "wallPage", min: 0, max: 999, onlyInt: true }));
    app.save(cohorts);
  },
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.removeByName("wallLayout");
    cohorts.fields.removeByName("wallPage");
    app.save(cohorts);
  },
);
