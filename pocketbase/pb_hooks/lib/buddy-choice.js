// Participants choosing their buddy, where the trainer allows it (cohorts.buddyChoice): a participant
// in no pair says they are looking (buddy_wishes), sees the others of the cohort who are looking, and
// chooses one. Choosing is agreeing, for that person by name, after the same plain words as any buddy
// consent (README "Who sees what"); when two chose each other they become a pair, both agreed. Only
// those looking see who else is looking, and stopping is one tap.
const { throwFieldErrors } = require("./api-errors.js");
const { findOrNull, rows, writeTransaction } = require("./db.js");
const { pbDate } = require("./pure/pb-date.js");

const ID = /^[a-z0-9]{15}$/;

/** What /me/ shows of choosing: whether the cohort allows it, whether I am looking, whom I chose, who else looks. */
function choiceOf(app, auth) {
  const cohort = app.findRecordById("cohorts", auth.getString("cohort"));
  if (!cohort.getBool("buddyChoice")) return { on: false, looking: false, wish: "", people: [] };
  const mine = findOrNull(() => app.findFirstRecordByData("buddy_wishes", "participant", auth.id));
  if (!mine) return { on: true, looking: false, wish: "", people: [] };
  const people = rows(
    app,
    { id: "", name: "" },
    `SELECT p.id, p.name FROM buddy_wishes w JOIN participants p ON p.id = w.participant
     WHERE w.cohort = {:c} AND w.participant != {:me} ORDER BY p.name, p.id`,
    { c: cohort.id, me: auth.id },
  );
  return { on: true, looking: true, wish: mine.getString("wish"), people };
}

/**
 * `{ looking: false }` stops looking; `{ looking: true, wish? }` looks (and chooses `wish`, one of those
 * looking). Two who chose each other become a pair at once. Answers the choice as /me/ shows it.
 */
function chooseBuddy(app, auth, body) {
  if (typeof body.looking !== "boolean") throwFieldErrors({ looking: "jiannuo_value_invalid" });
  const wish = body.wish === undefined || body.wish === "" ? "" : body.wish;
  if (wish && (typeof wish !== "string" || !ID.test(wish) || wish === auth.id))
    throwFieldErrors({ wish: "jiannuo_buddy_unknown" });
  writeTransaction(app, (tx) => {
    const cohort = tx.findRecordById("cohorts", auth.getString("cohort"));
    if (!cohort.getBool("buddyChoice")) throwFieldErrors({ looking: "jiannuo_buddy_choice_off" });
    if (findOrNull(() => tx.findFirstRecordByData("buddy_members", "participant", auth.id)))
      throwFieldErrors({ looking: "jiannuo_buddy_already_paired" });
    const mine = findOrNull(() => tx.findFirstRecordByData("buddy_wishes", "participant", auth.id));
    if (!body.looking) {
      if (mine) tx.delete(mine);
      return;
    }
    const theirs = wish ? findOrNull(() => tx.findFirstRecordByData("buddy_wishes", "participant", wish)) : null;
    if (wish && (!theirs || theirs.getString("cohort") !== cohort.id))
      throwFieldErrors({ wish: "jiannuo_buddy_unknown" });
    const record = mine || new Record(tx.findCollectionByNameOrId("buddy_wishes"));
    record.load({ participant: auth.id, cohort: cohort.id, wish });
    tx.save(record);
    if (theirs && theirs.getString("wish") === auth.id) pairChosen(tx, cohort.id, [record, theirs]);
  });
  return choiceOf(app, auth);
}

/** Two wishes that match: a pair whose members both agreed (each chose the other), and no wishes left. */
function pairChosen(tx, cohortId, wishes) {
  const pair = new Record(tx.findCollectionByNameOrId("buddy_pairs"));
  pair.set("cohort", cohortId);
  tx.save(pair);
  const now = pbDate(Date.now());
  for (const wish of wishes) {
    const member = new Record(tx.findCollectionByNameOrId("buddy_members"));
    member.load({ pair: pair.id, participant: wish.getString("participant"), cohort: cohortId, consentAt: now });
    tx.save(member);
    tx.delete(wish);
  }
}

module.exports = { choiceOf, chooseBuddy };
