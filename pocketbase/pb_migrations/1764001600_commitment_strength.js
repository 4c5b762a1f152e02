/// <reference path="../../pb_data/types.d.ts" />
// How strongly a commitment is held: the five-item goal-commitment scale of Klein, Wesson, Hollenbeck,
// Wright & DeShon (2001), answered when the commitment is written (optional), one field per item, each 1
// (strongly disagree) to 5 (strongly agree), 0 when not answered. Which items are reverse-scored, and
// the score, live in pb_hooks/lib/pure/commitment-strength.js.
// Like every other field of a commitment, they are the participant's words: the trainer's update rule
// names each as "not in the body" (see 1764001205_participants_own_words.js).

const AS_TRAINER = '@request.auth.collectionName = "trainers"';
const AS_PARTICIPANT = '@request.auth.collectionName = "participants"';
const OWN_COMMITMENT = `${AS_PARTICIPANT} && participant = @request.auth.id`;
const TRAINER_OF_COHORT = `${AS_TRAINER} && cohort.trainer = @request.auth.id`;

const STRENGTH = ["strength1", "strength2", "strength3", "strength4", "strength5"];

/** Every field of `commitments` but `hidden` before this migration (1764001205_participants_own_words.js). */
const NOT_FOR_TRAINERS_BEFORE = [
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

/** The update rule with the trainer limited to `hidden`: every field in `notForTrainers` is "not in the body". */
function updateRule(notForTrainers) {
  const onlyHidden = notForTrainers.map((field) => `@request.body.${field}:isset = false`).join(" && ");
  return [
    `(${OWN_COMMITMENT} && @request.body.hidden:isset = false && @request.body.participant:changed = false && @request.body.cohort:changed = false)`,
    `(${TRAINER_OF_COHORT} && ${onlyHidden})`,
  ].join(" || ");
}

migrate(
  (app) => {
    const commitments = app.findCollectionByNameOrId("commitments");
    for (const name of STRENGTH)
      commitments.fields.add(new NumberField({ name, required: false, min: 1, max: 5, onlyInt: true }));
    commitments.updateRule = updateRule(NOT_FOR_TRAINERS_BEFORE.concat(STRENGTH));
    app.save(commitments);
  },
  (app) => {
    const commitments = app.findCollectionByNameOrId("commitments");
    for (const name of STRENGTH) commitments.fields.removeByName(name);
    commitments.updateRule = updateRule(NOT_FOR_TRAINERS_BEFORE);
    app.save(commitments);
  },
);
