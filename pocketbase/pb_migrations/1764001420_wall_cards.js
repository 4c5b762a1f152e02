/// <reference path="../../pb_data/types.d.ts" />
// Wall cards: exactly what the live wall shows of each shared commitment, kept by record hooks
// (pb_hooks/lib/wall-cards.js), so that the wall's realtime rule is a plain comparison of this record's
// own fields with the subscriber's. The commitments' rule does relation lookups for every subscriber on
// every event; with a room of tablets watching the wall, that was the cost (README "The wall on every
// tablet").
// A card's id is its commitment's id. A commitment has a card while it is shared with the cohort and not
// hidden by the trainer; the participant's name is on it only when the cohort shows names on the wall.
// `shown` mirrors the cohort's cover: while the trainer keeps the wall hidden, participants see no card.
// Nobody writes cards through the API: only the hooks do.

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    const cards = new Collection({
      id: "jn_wallcards001",
      type: "base",
      name: "wall_cards",
      listRule:
        '(@request.auth.collectionName = "participants" && cohort = @request.auth.cohort && shown = true) || (@request.auth.collectionName = "trainers" && trainer = @request.auth.id)',
      viewRule:
        '(@request.auth.collectionName = "participants" && cohort = @request.auth.cohort && shown = true) || (@request.auth.collectionName = "trainers" && trainer = @request.auth.id)',
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        {
          type: "relation",
          name: "cohort",
          required: true,
          collectionId: cohorts.id,
          maxSelect: 1,
          cascadeDelete: true,
        },
        // The cohort's trainer, copied so that the trainer's rule needs no lookup either.
        {
          type: "relation",
          name: "trainer",
          required: true,
          collectionId: app.findCollectionByNameOrId("trainers").id,
          maxSelect: 1,
          cascadeDelete: true,
        },
        // Whose card it is: for the hooks (a name change, a participant removed) and never sent out.
        {
          type: "relation",
          name: "participant",
          required: true,
          hidden: true,
          collectionId: app.findCollectionByNameOrId("participants").id,
          maxSelect: 1,
          cascadeDelete: true,
        },
        { type: "bool", name: "shown" },
        { type: "text", name: "module", required: true, max: 40 },
        { type: "text", name: "action", required: true, max: 500 },
        { type: "text", name: "trigger", max: 300 },
        { type: "text", name: "name", max: 40 },
        // When the commitment was written: the wall's order (newest first).
        { type: "date", name: "posted", required: true },
        { type: "autodate", name: "created", onCreate: true, onUpdate: false },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_wall_cards_cohort ON wall_cards (cohort, posted)",
        "CREATE INDEX idx_wall_cards_trainer ON wall_cards (trainer)",
        "CREATE INDEX idx_wall_cards_participant ON wall_cards (participant)",
      ],
    });
    app.save(cards);

    // Cards for what is already shared. Plain SQL, in the same shape as the hooks write.
    app
      .db()
      .newQuery(
        `INSERT INTO wall_cards (id, cohort, trainer, participant, shown, module, action, "trigger", name, posted, created, updated)
        SELECT c.id, c.cohort, h.trainer, c.participant, CASE WHEN h.wallHidden THEN 0 ELSE 1 END, c.module, c.action,
          c."trigger", CASE WHEN h.showNamesOnWall THEN p.name ELSE '' END, c.created, {:now}, {:now}
        FROM commitments c JOIN cohorts h ON h.id = c.cohort JOIN participants p ON p.id = c.participant
        WHERE c.visibility = 'cohort' AND NOT c.hidden`,
      )
      .bind({ now: new DateTime().string() })
      .execute();
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("wall_cards"));
  },
);
