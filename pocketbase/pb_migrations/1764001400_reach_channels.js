/// <reference path="../../pb_data/types.d.ts" />
// Follow-ups beyond email (README "How participants are reached"):
// - reach_channels: a participant's choice of each other channel, with its own consent (PIPL: one
//   consent per purpose and recipient). Only the participant reads and writes their own; the server
//   stamps when consent was given and withdrawn, and drops the number on withdrawal. One row per
//   participant and channel. Trainers never see a number.
// - cohort_robots: a cohort's WeCom or DingTalk group robot, as its credential (key, access token,
//   signing secret). The server's alone: the trainer's route shows only its last characters.
// - channel_deliveries: the outbox of the other channels, one row per participant, channel and day
//   (the unique index makes a second one impossible), with the lease, retry time and the provider's
//   answer (a reason code, never personal data). The server's alone.
// - followups.channelsPlannedAt: when the job put a due follow-up into the channels' outbox.
const AS_PARTICIPANT = '@request.auth.collectionName = "participants"';
const PARTICIPANT_CHANNELS = ["wecom_robot", "dingtalk_robot", "wecom_app", "dingtalk_notice", "sms"];

/** When a record was made and last changed. */
function timestamps() {
  return [
    { type: "autodate", name: "created", onCreate: true, onUpdate: false },
    { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
  ];
}

/** A required relation whose records go with the one it points to. */
function ownedBy(name, collectionId) {
  return { type: "relation", name, required: true, collectionId, maxSelect: 1, cascadeDelete: true };
}

migrate(
  (app) => {
    const OWN = `${AS_PARTICIPANT} && participant = @request.auth.id`;
    const SERVER_TIMES = "@request.body.consentAt:isset = false && @request.body.withdrawnAt:isset = false";
    const reach = new Collection({
      id: "jn_reachchan001",
      type: "base",
      name: "reach_channels",
      listRule: OWN,
      viewRule: OWN,
      createRule: `${OWN} && ${SERVER_TIMES}`,
      updateRule: `${OWN} && ${SERVER_TIMES} && @request.body.participant:changed = false && @request.body.channel:changed = false`,
      deleteRule: OWN,
      fields: [
        ownedBy("participant", "jn_participants"),
        { type: "select", name: "channel", required: true, values: PARTICIPANT_CHANNELS, maxSelect: 1 },
        // Mainland mobile number (11 digits after the server normalised it): every channel here needs it
        // (the apps look the person up by it, robots mention by it, SMS goes to it), and nothing else.
        { type: "text", name: "mobile", max: 20 },
        { type: "bool", name: "consent" },
        { type: "date", name: "consentAt" },
        { type: "date", name: "withdrawnAt" },
        ...timestamps(),
      ],
      indexes: ["CREATE UNIQUE INDEX idx_reach_channels_once ON reach_channels (participant, channel)"],
    });
    app.save(reach);

    const robots = new Collection({
      id: "jn_cohortrobot1",
      type: "base",
      name: "cohort_robots",
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        ownedBy("cohort", "jn_cohorts00001"),
        { type: "select", name: "channel", required: true, values: ["wecom_robot", "dingtalk_robot"], maxSelect: 1 },
        { type: "text", name: "credential", required: true, hidden: true, max: 200 },
        { type: "text", name: "secret", hidden: true, max: 200 },
        // What the trainer is shown of it: its last four characters.
        { type: "text", name: "hint", max: 8 },
        ...timestamps(),
      ],
      indexes: ["CREATE UNIQUE INDEX idx_cohort_robots_once ON cohort_robots (cohort, channel)"],
    });
    app.save(robots);

    const deliveries = new Collection({
      id: "jn_chandeliver1",
      type: "base",
      name: "channel_deliveries",
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        ownedBy("participant", "jn_participants"),
        ownedBy("cohort", "jn_cohorts00001"),
        { type: "select", name: "channel", required: true, values: PARTICIPANT_CHANNELS, maxSelect: 1 },
        // The day in the cohort's time zone (YYYY-MM-DD): one message per channel and person a day.
        { type: "text", name: "day", required: true, max: 10 },
        {
          type: "select",
          name: "state",
          required: true,
          values: ["queued", "sending", "sent", "failed", "skipped"],
          maxSelect: 1,
        },
        // The follow-ups this message bundles; the first one's answer token is the message's link.
        { type: "json", name: "followups", maxSize: 20000 },
        { type: "number", name: "attempts", min: 0, onlyInt: true },
        { type: "date", name: "nextAttemptAt" },
        { type: "date", name: "leaseUntil" },
        { type: "date", name: "sentAt" },
        // DingTalk work notifications: when to ask whether it reached the person.
        { type: "date", name: "checkAt" },
        { type: "text", name: "providerId", max: 100 },
        { type: "text", name: "reason", max: 60 },
        { type: "text", name: "providerCode", max: 60 },
        ...timestamps(),
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_channel_deliveries_once ON channel_deliveries (participant, channel, day)",
        "CREATE INDEX idx_channel_deliveries_due ON channel_deliveries (state, nextAttemptAt)",
        "CREATE INDEX idx_channel_deliveries_cohort ON channel_deliveries (cohort)",
      ],
    });
    app.save(deliveries);

    const followups = app.findCollectionByNameOrId("followups");
    followups.fields.add(new DateField({ name: "channelsPlannedAt" }));
    app.save(followups);
  },
  (app) => {
    const followups = app.findCollectionByNameOrId("followups");
    followups.fields.removeByName("channelsPlannedAt");
    app.save(followups);
    for (const name of ["channel_deliveries", "cohort_robots", "reach_channels"])
      app.delete(app.findCollectionByNameOrId(name));
  },
);
