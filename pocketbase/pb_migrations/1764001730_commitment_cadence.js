/// <reference path="../../pb_data/types.d.ts" />
// How often a commitment's follow-ups reach its participant, chosen when committing (README "How
// participants are reached"; the plan is pb_hooks/lib/pure/cadence.js):
// - commitments.cadence: "steady" (the research-based default), "weekly" or "light"; empty for a
//   commitment made before this migration or without one: it follows the cohort's rounds as before.
// - commitments.weekends: touches may fall on Saturday and Sunday too (off: the Monday after).
// - commitments.committedAt: when the cadence counts from; empty means `created`. Hidden, so only a
//   superuser can write it (PocketBase drops hidden fields from other bodies): an operator moving a
//   commitment's plan, and the integration tests that need days of time travel.
// - followups.kind gains "touch", "nudge" and "still" (a cadence's touch, the one nudge after a missed
//   touch, and the 45/90-day "still doing it?" of a commitment done); `round` is the cadence's day.
// Like every other field of a commitment, cadence and weekends are the participant's: the trainer's
// update rule names each as "not in the body" (see 1764001205_participants_own_words.js).

const CADENCES = ["steady", "weekly", "light"];
const NEW_FIELDS = ["cadence", "weekends", "committedAt"];
const CADENCE_KINDS = ["touch", "nudge", "still"];

/** The trainer's part of the update rule with `fields` also "not in the body" (or no longer, for down). */
function trainerRule(rule, fields, add) {
  const clause = (f) => `@request.body.${f}:isset = false`;
  if (add)
    return rule.replace(/@request\.body\.updated:isset = false/, (m) => [m].concat(fields.map(clause)).join(" && "));
  let out = rule;
  for (const f of fields) out = out.split(` && ${clause(f)}`).join("");
  return out;
}

migrate(
  (app) => {
    const commitments = app.findCollectionByNameOrId("commitments");
    commitments.fields.add(new SelectField({ name: "cadence", required: false, values: CADENCES, maxSelect: 1 }));
    commitments.fields.add(new BoolField({ name: "weekends" }));
    commitments.fields.add(new DateField({ name: "committedAt", hidden: true }));
    commitments.updateRule = trainerRule(commitments.updateRule, NEW_FIELDS, true);
    app.save(commitments);

    const followups = app.findCollectionByNameOrId("followups");
    const kind = followups.fields.getByName("kind");
    kind.values = kind.values.concat(CADENCE_KINDS);
    app.save(followups);
  },
  (app) => {
    app.db().newQuery("DELETE FROM followups WHERE kind IN ('touch', 'nudge', 'still')").execute();
    const followups = app.findCollectionByNameOrId("followups");
    const kind = followups.fields.getByName("kind");
    kind.values = kind.values.filter((v) => CADENCE_KINDS.indexOf(v) < 0);
    app.save(followups);

    const commitments = app.findCollectionByNameOrId("commitments");
    for (const name of NEW_FIELDS) commitments.fields.removeByName(name);
    commitments.updateRule = trainerRule(commitments.updateRule, NEW_FIELDS, false);
    app.save(commitments);
  },
);
