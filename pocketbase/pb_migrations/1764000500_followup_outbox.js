/// <reference path="../../pb_data/types.d.ts" />
// Follow-up emails: what each follow-up is (a round after the workshop, or a commitment's due-date
// reminder), the lease that makes sending idempotent, the retry schedule, and the answer token (kept
// only as a hash). Check-ins remember the follow-up they answer, so a second click corrects the first.

migrate(
  (app) => {
    const followups = app.findCollectionByNameOrId("followups");
    followups.fields.add(new SelectField({ name: "kind", required: true, values: ["round", "due"], maxSelect: 1 }));
    followups.fields.add(new NumberField({ name: "round", min: 0, max: 365, onlyInt: true }));
    followups.fields.add(
      new RelationField({ name: "commitment", collectionId: "jn_commitments1", maxSelect: 1, cascadeDelete: true }),
    );
    followups.fields.add(new DateField({ name: "leaseUntil" }));
    followups.fields.add(new DateField({ name: "nextAttemptAt" }));
    followups.fields.add(new TextField({ name: "tokenHash", hidden: true, max: 64 }));
    followups.fields.add(new DateField({ name: "tokenExpiresAt" }));
    followups.indexes = followups.indexes.concat([
      "CREATE UNIQUE INDEX idx_followups_once ON followups (participant, kind, round, commitment)",
      "CREATE INDEX idx_followups_token ON followups (tokenHash)",
    ]);
    app.save(followups);

    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.fields.add(
      new RelationField({ name: "followup", collectionId: followups.id, maxSelect: 1, cascadeDelete: false }),
    );
    checkins.fields.add(new BoolField({ name: "needsHelp" }));
    checkins.indexes = checkins.indexes.concat([
      "CREATE UNIQUE INDEX idx_checkins_one_per_followup ON checkins (followup, commitment) WHERE followup != ''",
    ]);
    // Only the server sets these (the email route); the app's check-ins never do.
    checkins.createRule = `(${checkins.createRule}) && @request.body.followup:isset = false`;
    checkins.updateRule = `(${checkins.updateRule}) && @request.body.followup:isset = false`;
    app.save(checkins);
  },
  (app) => {
    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.indexes = checkins.indexes.filter((i) => !i.includes("idx_checkins_one_per_followup"));
    checkins.fields.removeByName("followup");
    checkins.fields.removeByName("needsHelp");
    checkins.createRule = checkins.createRule.replace(/^\((.*)\) && @request\.body\.followup:isset = false$/, "$1");
    checkins.updateRule = checkins.updateRule.replace(/^\((.*)\) && @request\.body\.followup:isset = false$/, "$1");
    app.save(checkins);
    const followups = app.findCollectionByNameOrId("followups");
    followups.indexes = followups.indexes.filter(
      (i) => !i.includes("idx_followups_once") && !i.includes("idx_followups_token"),
    );
    for (const name of ["kind", "round", "commitment", "leaseUntil", "nextAttemptAt", "tokenHash", "tokenExpiresAt"])
      followups.fields.removeByName(name);
    app.save(followups);
  },
);
