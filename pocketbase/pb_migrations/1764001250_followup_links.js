/// <reference path="../../pb_data/types.d.ts" />
// Answer links that answer only what their email showed, and tokens that a resend repeats:
// - followups.shownCommitments: the ids of the commitments the email listed (its links answer only
//   those). Emails sent before this migration get what they could have shown: a reminder its one
//   commitment, a round the participant's commitments of that cohort made before it was sent.
// - server_secrets: superuser-only values the server makes for itself; the first is the key answer
//   tokens are derived from (pb_hooks/lib/answer-token.js).

migrate(
  (app) => {
    const followups = app.findCollectionByNameOrId("followups");
    followups.fields.add(new JSONField({ name: "shownCommitments", maxSize: 100000 }));
    app.save(followups);
    app
      .db()
      .newQuery(
        "UPDATE followups SET shownCommitments = json_array(commitment) WHERE kind = 'due' AND commitment != ''",
      )
      .execute();
    app
      .db()
      .newQuery(
        `UPDATE followups SET shownCommitments = (
         SELECT json_group_array(k.id) FROM commitments k
         WHERE k.participant = followups.participant AND k.cohort = followups.cohort AND (followups.sentAt = '' OR k.created <= followups.sentAt))
       WHERE kind = 'round' AND tokenHash != ''`,
      )
      .execute();

    const secrets = new Collection({
      id: "jn_srvsecrets01",
      type: "base",
      name: "server_secrets",
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { type: "text", name: "name", required: true, max: 40 },
        { type: "text", name: "value", required: true, hidden: true, max: 200 },
      ],
      indexes: ["CREATE UNIQUE INDEX idx_server_secrets_name ON server_secrets (name)"],
    });
    app.save(secrets);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("server_secrets"));
    const followups = app.findCollectionByNameOrId("followups");
    followups.fields.removeByName("shownCommitments");
    app.save(followups);
  },
);
