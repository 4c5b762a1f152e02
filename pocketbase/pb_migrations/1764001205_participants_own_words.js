/// <reference path="../../pb_data/types.d.ts" />
// A participant's words and statuses are theirs. A trainer moderates and nothing more: they may hide a
// commitment from the live wall and the report (the one field `hidden`), and may remove a whole
// participant (which takes that person's commitments and check-ins with them), but they may not write a
// commitment, change any other field of one, delete one, or create or delete a check-in. So every
// action, status and answer the dashboard and the report show is the participant's own (or the server's,
// from an answer link in the participant's email).
//
// Before: trainers could create commitments for their participants, update every field, and delete
// commitments and check-ins; a status they set became a check-in indistinguishable from the participant's.

const AS_TRAINER = '@request.auth.collectionName = "trainers"';
const AS_PARTICIPANT = '@request.auth.collectionName = "participants"';
const OWN_COMMITMENT = `${AS_PARTICIPANT} && participant = @request.auth.id`;
const TRAINER_OF_COHORT = `${AS_TRAINER} && cohort.trainer = @request.auth.id`;
const OWN_CHECKIN = `${AS_PARTICIPANT} && commitment.participant = @request.auth.id`;
const TRAINER_OF_CHECKIN = `${AS_TRAINER} && commitment.cohort.trainer = @request.auth.id`;

/**
 * Every field of `commitments` but `hidden`, named in the trainer's update rule as "not in the body".
 * tests/integration/access-matrix-writes.test.ts checks that this list covers the collection's fields,
 * so a field added later fails that test until it is added here (in a new migration).
 */
const NOT_FOR_TRAINERS = [
  "participant",
  "cohort",
  "module",
  "kind",
  "action",
  "trigger",
  "dueOn",
  "measure",
  "support",
  "confidence",
  "visibility",
  "status",
  "created",
  "updated",
];

/** The rules as the initial schema wrote them, for `down`. */
const BEFORE = {
  commitments: {
    createRule: `(${OWN_COMMITMENT} && cohort = @request.auth.cohort && @request.body.hidden:isset = false) || (${TRAINER_OF_COHORT} && participant.cohort = cohort)`,
    updateRule: `((${OWN_COMMITMENT} && @request.body.hidden:isset = false) || (${TRAINER_OF_COHORT})) && @request.body.participant:changed = false && @request.body.cohort:changed = false`,
    deleteRule: `(${OWN_COMMITMENT}) || (${TRAINER_OF_COHORT})`,
  },
  checkins: { deleteRule: `(${OWN_CHECKIN}) || (${TRAINER_OF_CHECKIN})` },
};

migrate(
  (app) => {
    const onlyHidden = NOT_FOR_TRAINERS.map((field) => `@request.body.${field}:isset = false`).join(" && ");
    const commitments = app.findCollectionByNameOrId("commitments");
    commitments.createRule = `${OWN_COMMITMENT} && cohort = @request.auth.cohort && @request.body.hidden:isset = false`;
    commitments.updateRule = [
      `(${OWN_COMMITMENT} && @request.body.hidden:isset = false && @request.body.participant:changed = false && @request.body.cohort:changed = false)`,
      `(${TRAINER_OF_COHORT} && ${onlyHidden})`,
    ].join(" || ");
    commitments.deleteRule = OWN_COMMITMENT;
    app.save(commitments);

    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.deleteRule = OWN_CHECKIN;
    app.save(checkins);
  },
  (app) => {
    const commitments = app.findCollectionByNameOrId("commitments");
    commitments.createRule = BEFORE.commitments.createRule;
    commitments.updateRule = BEFORE.commitments.updateRule;
    commitments.deleteRule = BEFORE.commitments.deleteRule;
    app.save(commitments);
    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.deleteRule = BEFORE.checkins.deleteRule;
    app.save(checkins);
  },
);
