/// <reference path="../../pb_data/types.d.ts" />
// Buddies and the cohort progress board (README "Who sees what").
// - buddy_pairs: a pair (or triad) in a cohort, made by its trainer (pb_hooks/lib/buddies.js).
// - buddy_members: who is in which pair, and each member's own consent to share with the others of
//   that pair (consentAt; PIPL Art. 23: one consent per recipient, so a change of recipients clears it).
//   A member sees the others only while both consented; withdrawing clears consentAt.
// - buddy_encouragements: one tap and optional words from a buddy to their partner.
// - buddy_observations: a buddy's "I saw them do it" (看到了) for one of the partner's commitments.
// - buddy_nudges: the weekly email reminding a buddy to encourage, one per buddy and week (an outbox).
// - buddy_wishes: where the trainer lets participants choose (cohorts.buddyChoice), who is looking for a
//   buddy and whom they chose; two who chose each other become a pair, each having agreed by choosing.
// - cohorts.boardOn: the trainer's switch for the cohort's progress board; participants.boardAt: the
//   participant's own opt-in to appear on it (set and cleared by the server's route only).
// All buddy collections are the server's alone (null rules): every read and write goes through the
// routes, which check pairing and consent, so neither the record API nor realtime reaches them.

function timestamps() {
  return [
    { type: "autodate", name: "created", onCreate: true, onUpdate: false },
    { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
  ];
}

function serverOnly(fields) {
  return { listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null, fields };
}

migrate(
  (app) => {
    const cohorts = app.findCollectionByNameOrId("cohorts");
    const participants = app.findCollectionByNameOrId("participants");
    const commitments = app.findCollectionByNameOrId("commitments");
    const relation = (name, collectionId, required = true) => ({
      type: "relation",
      name,
      required,
      collectionId,
      maxSelect: 1,
      cascadeDelete: true,
    });

    const pairs = new Collection({
      id: "jn_buddypairs01",
      type: "base",
      name: "buddy_pairs",
      ...serverOnly([relation("cohort", cohorts.id), ...timestamps()]),
      indexes: ["CREATE INDEX idx_buddy_pairs_cohort ON buddy_pairs (cohort)"],
    });
    app.save(pairs);

    app.save(
      new Collection({
        id: "jn_buddymembr01",
        type: "base",
        name: "buddy_members",
        ...serverOnly([
          relation("pair", pairs.id),
          relation("participant", participants.id),
          relation("cohort", cohorts.id),
          { type: "date", name: "consentAt" },
          ...timestamps(),
        ]),
        // One pair per participant.
        indexes: [
          "CREATE UNIQUE INDEX idx_buddy_members_participant ON buddy_members (participant)",
          "CREATE INDEX idx_buddy_members_pair ON buddy_members (pair)",
        ],
      }),
    );

    app.save(
      new Collection({
        id: "jn_buddyencou01",
        type: "base",
        name: "buddy_encouragements",
        ...serverOnly([
          relation("cohort", cohorts.id),
          relation("from", participants.id),
          relation("to", participants.id),
          { type: "text", name: "words", max: 200 },
          ...timestamps(),
        ]),
        indexes: [
          "CREATE INDEX idx_buddy_encouragements_to ON buddy_encouragements (`to`, created)",
          "CREATE INDEX idx_buddy_encouragements_cohort ON buddy_encouragements (cohort)",
        ],
      }),
    );

    app.save(
      new Collection({
        id: "jn_buddyobser01",
        type: "base",
        name: "buddy_observations",
        ...serverOnly([
          relation("cohort", cohorts.id),
          relation("from", participants.id),
          relation("commitment", commitments.id),
          ...timestamps(),
        ]),
        indexes: [
          "CREATE INDEX idx_buddy_observations_cohort ON buddy_observations (cohort)",
          "CREATE INDEX idx_buddy_observations_commitment ON buddy_observations (commitment)",
        ],
      }),
    );

    app.save(
      new Collection({
        id: "jn_buddynudge01",
        type: "base",
        name: "buddy_nudges",
        ...serverOnly([
          relation("participant", participants.id),
          relation("cohort", cohorts.id),
          // The week it is for, as the date of its Monday (UTC): one nudge per buddy and week.
          { type: "text", name: "week", required: true, max: 10, pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          {
            type: "select",
            name: "state",
            required: true,
            values: ["queued", "sending", "sent", "skipped"],
            maxSelect: 1,
          },
          { type: "number", name: "attempts", min: 0, onlyInt: true },
          { type: "date", name: "nextAttemptAt" },
          { type: "date", name: "leaseUntil" },
          { type: "date", name: "sentAt" },
          { type: "text", name: "lastError", max: 1000 },
          ...timestamps(),
        ]),
        indexes: [
          "CREATE UNIQUE INDEX idx_buddy_nudges_week ON buddy_nudges (participant, week)",
          "CREATE INDEX idx_buddy_nudges_state ON buddy_nudges (state, nextAttemptAt)",
        ],
      }),
    );

    app.save(
      new Collection({
        id: "jn_buddywishs01",
        type: "base",
        name: "buddy_wishes",
        ...serverOnly([
          relation("participant", participants.id),
          relation("cohort", cohorts.id),
          // Whom they chose; empty while only looking.
          { type: "relation", name: "wish", collectionId: participants.id, maxSelect: 1, cascadeDelete: false },
          ...timestamps(),
        ]),
        indexes: [
          "CREATE UNIQUE INDEX idx_buddy_wishes_participant ON buddy_wishes (participant)",
          "CREATE INDEX idx_buddy_wishes_cohort ON buddy_wishes (cohort)",
        ],
      }),
    );

    cohorts.fields.add(new BoolField({ name: "boardOn" }));
    cohorts.fields.add(new BoolField({ name: "buddyChoice" }));
    app.save(cohorts);
    participants.fields.add(new DateField({ name: "boardAt" }));
    // The opt-in's time is the server's to keep, like the other consents'.
    participants.updateRule = `${participants.updateRule} && @request.body.boardAt:isset = false`;
    app.save(participants);
  },
  (app) => {
    for (const name of [
      "buddy_wishes",
      "buddy_nudges",
      "buddy_observations",
      "buddy_encouragements",
      "buddy_members",
      "buddy_pairs",
    ])
      app.delete(app.findCollectionByNameOrId(name));
    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.removeByName("boardOn");
    cohorts.fields.removeByName("buddyChoice");
    app.save(cohorts);
    const participants = app.findCollectionByNameOrId("participants");
    participants.fields.removeByName("boardAt");
    participants.updateRule = participants.updateRule.replace(" && @request.body.boardAt:isset = false", "");
    app.save(participants);
  },
);
