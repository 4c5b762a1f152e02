/// <reference path="../../pb_data/types.d.ts" />
// The trainer's desk in the room:
// - cohorts.timeZone: the IANA zone the cohort's times are written in (CSV exports, and later the
//   follow-up schedule); existing cohorts get Asia/Shanghai, new ones get it from the hook when left empty.
// - rejoin_links: single-use, short-lived links a trainer makes so a participant who lost their session
//   gets it back on a device (pb_hooks/lib/rejoin.js). Only a hash of the token is kept; superusers only.

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.add(
      new TextField({
        name: "timeZone",
        required: true,
        max: 64,
        // The shape of an IANA zone name ("Asia/Shanghai", "America/Argentina/Buenos_Aires", "UTC");
        // whether the zone exists is checked by the hook (lib/cohorts.js).
        pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$",
      }),
    );
    app.save(cohorts);
    app.db().newQuery("UPDATE cohorts SET timeZone = 'Asia/Shanghai' WHERE timeZone = ''").execute();

    const links = new Collection({
      id: "jn_rejoinlinks1",
      type: "base",
      name: "rejoin_links",
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
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
          name: "trainer",
          required: true,
          collectionId: "jn_trainers0001",
          maxSelect: 1,
          cascadeDelete: true,
        },
        // sha256 of the token, hex; the token itself is shown once to the trainer and never stored.
        { type: "text", name: "tokenHash", required: true, hidden: true, min: 64, max: 64 },
        { type: "date", name: "expiresAt", required: true },
        { type: "date", name: "usedAt" },
        { type: "autodate", name: "created", onCreate: true, onUpdate: false },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_rejoin_links_token ON rejoin_links (tokenHash)",
        "CREATE INDEX idx_rejoin_links_participant ON rejoin_links (participant)",
      ],
    });
    app.save(links);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("rejoin_links"));
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.removeByName("timeZone");
    app.save(cohorts);
  },
);
