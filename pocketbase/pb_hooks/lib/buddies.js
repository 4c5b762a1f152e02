// Buddies (README "Who sees what"): the trainer pairs a cohort's participants (at random, odd numbers
// making one triad, and moves people between pairs); each member consents, for the others of their
// pair by name, to share their commitments' words, status and last check-in date. A member sees the
// others only while both consented, and never a note, a private ("only my trainer") or a hidden
// commitment. Encouragements and "I saw them do it" (buddy_observations) go between consented members.
// The collections are the server's alone (migration 1764001710): every read and write is here.
const { throwFieldError, throwFieldErrors } = require("./api-errors.js");
const { findOrNull, rows, scalar, writeTransaction } = require("./db.js");
const { encouragementWords, pairAtRandom } = require("./pure/buddies.js");
const { pbDate } = require("./pure/pb-date.js");

const ID = /^[a-z0-9]{15}$/;
/** A partner's commitments a buddy may read. */
const SHARED = "k.visibility = 'cohort' AND k.hidden = FALSE";
const LAST_CHECKIN = "(SELECT MAX(ch.created) FROM checkins ch WHERE ch.commitment = k.id)";

/** Members of the cohort's pairs with their names and whether they consented, oldest pair first. */
function membersOf(app, cohortId) {
  return rows(
    app,
    { pair: "", participant: "", name: "", consentAt: "" },
    `SELECT m.pair, m.participant, p.name, m.consentAt FROM buddy_members m
     JOIN participants p ON p.id = m.participant JOIN buddy_pairs b ON b.id = m.pair
     WHERE m.cohort = {:c} ORDER BY b.created, b.id, m.created, m.id`,
    { c: cohortId },
  );
}

/** The trainer's view: the pairs with their members (consented or not), those in no pair, the board's switch. */
function trainerBuddies(app, cohort) {
  const pairs = [];
  for (const m of membersOf(app, cohort.id)) {
    let pair = pairs.find((p) => p.id === m.pair);
    if (!pair) pairs.push((pair = { id: m.pair, members: [] }));
    pair.members.push({ participant: m.participant, name: m.name, consented: !!m.consentAt });
  }
  const unpaired = rows(
    app,
    { participant: "", name: "" },
    `SELECT p.id AS participant, p.name FROM participants p WHERE p.cohort = {:c}
     AND NOT EXISTS (SELECT 1 FROM buddy_members m WHERE m.participant = p.id) ORDER BY p.created, p.id`,
    { c: cohort.id },
  );
  return { pairs, unpaired, boardOn: cohort.getBool("boardOn"), buddyChoice: cohort.getBool("buddyChoice") };
}

function addMember(tx, cohortId, pairId, participantId) {
  // Paired by the trainer: no longer looking for a buddy of their own choice.
  tx.db().newQuery("DELETE FROM buddy_wishes WHERE participant = {:p}").bind({ p: participantId }).execute();
  const member = new Record(tx.findCollectionByNameOrId("buddy_members"));
  member.load({ pair: pairId, participant: participantId, cohort: cohortId, consentAt: "" });
  tx.save(member);
}

function newPair(tx, cohortId) {
  const pair = new Record(tx.findCollectionByNameOrId("buddy_pairs"));
  pair.set("cohort", cohortId);
  tx.save(pair);
  return pair.id;
}

/** Recipients changed: every member of the pair must consent again (one consent per recipient). */
function clearConsents(tx, pairId) {
  tx.db().newQuery("UPDATE buddy_members SET consentAt = '' WHERE pair = {:pair}").bind({ pair: pairId }).execute();
}

/**
 * Pairs at random everyone in no pair yet; one left over joins the newest pair of two (a triad).
 * Answers the trainer's view.
 */
function pairCohortAtRandom(app, cohort) {
  writeTransaction(app, (tx) => {
    const free = trainerBuddies(tx, cohort).unpaired.map((u) => u.participant);
    const groups = pairAtRandom(free, Math.random);
    for (const group of groups) {
      const pairId = newPair(tx, cohort.id);
      for (const id of group) addMember(tx, cohort.id, pairId, id);
    }
    if (free.length === 1) {
      const two = rows(
        tx,
        { pair: "" },
        `SELECT m.pair FROM buddy_members m JOIN buddy_pairs b ON b.id = m.pair WHERE m.cohort = {:c}
         GROUP BY m.pair HAVING COUNT(*) = 2 ORDER BY MAX(b.created) DESC LIMIT 1`,
        { c: cohort.id },
      )[0];
      if (two) {
        clearConsents(tx, two.pair);
        addMember(tx, cohort.id, two.pair, free[0]);
      }
    }
  });
  return trainerBuddies(app, cohort);
}

/**
 * Moves a participant of the cohort into another of its pairs (`pair`: its id), into a new pair
 * ("new") or out of pairs (""). The moved person and the pair they join consent again; a pair left
 * empty is deleted. Answers the trainer's view.
 */
function moveBuddy(app, cohort, body) {
  const participantId = typeof body.participant === "string" ? body.participant : "";
  const target = typeof body.pair === "string" ? body.pair : null;
  if (!ID.test(participantId) || target === null || (target && target !== "new" && !ID.test(target)))
    throwFieldErrors({ participant: "jiannuo_buddy_unknown" });
  writeTransaction(app, (tx) => {
    const participant = findOrNull(() => tx.findRecordById("participants", participantId));
    const pair = target && target !== "new" ? findOrNull(() => tx.findRecordById("buddy_pairs", target)) : null;
    if (
      !participant ||
      participant.getString("cohort") !== cohort.id ||
      (target && target !== "new" && (!pair || pair.getString("cohort") !== cohort.id))
    )
      throwFieldErrors({ participant: "jiannuo_buddy_unknown" });
    const current = findOrNull(() => tx.findFirstRecordByData("buddy_members", "participant", participantId));
    if (current && pair && current.getString("pair") === pair.id) return;
    if (current) {
      const left = current.getString("pair");
      tx.delete(current);
      if (!scalar(tx, "SELECT COUNT(*) AS n FROM buddy_members WHERE pair = {:p}", { p: left }))
        tx.delete(tx.findRecordById("buddy_pairs", left));
    }
    if (!target) return;
    const pairId = pair ? pair.id : newPair(tx, cohort.id);
    clearConsents(tx, pairId);
    addMember(tx, cohort.id, pairId, participantId);
  });
  return trainerBuddies(app, cohort);
}

/** The signed-in participant's membership, or null. */
function membershipOf(app, participantId) {
  return findOrNull(() => app.findFirstRecordByData("buddy_members", "participant", participantId));
}

/** The others of the participant's pair who consented, if the participant consented too; else []. */
function consentedPartners(app, participantId) {
  const me = membershipOf(app, participantId);
  if (!me || !me.getString("consentAt")) return [];
  return rows(
    app,
    { id: "", name: "", locale: "" },
    `SELECT p.id, p.name, p.locale FROM buddy_members m JOIN participants p ON p.id = m.participant
     WHERE m.pair = {:pair} AND m.participant != {:me} AND m.consentAt != '' ORDER BY m.created, m.id`,
    { pair: me.getString("pair"), me: participantId },
  );
}

/** A partner's commitments as their buddy sees them: words, status, last check-in date; nothing else. */
function sharedCommitments(app, partnerId) {
  return rows(
    app,
    { id: "", module: "", action: "", status: "", lastCheckinAt: "" },
    `SELECT k.id, k.module, k.action, k.status, COALESCE(${LAST_CHECKIN}, '') AS lastCheckinAt
     FROM commitments k WHERE k.participant = {:p} AND ${SHARED} ORDER BY k.created, k.id`,
    { p: partnerId },
  );
}

/** What /me/ shows of buddies: the pair (names, consents), the partners' commitments, encouragements received. */
function myBuddies(app, auth) {
  const me = membershipOf(app, auth.id);
  if (!me) {
    const { choiceOf } = require("./buddy-choice.js");
    return { paired: false, consented: false, members: [], partners: [], received: [], choice: choiceOf(app, auth) };
  }
  const members = rows(
    app,
    { name: "", consentAt: "" },
    `SELECT p.name, m.consentAt FROM buddy_members m JOIN participants p ON p.id = m.participant
     WHERE m.pair = {:pair} AND m.participant != {:me} ORDER BY m.created, m.id`,
    { pair: me.getString("pair"), me: auth.id },
  ).map((m) => ({ name: m.name, consented: !!m.consentAt }));
  const partners = consentedPartners(app, auth.id).map((p) => ({
    id: p.id,
    name: p.name,
    commitments: sharedCommitments(app, p.id),
  }));
  // What was said to me stays mine to read, also after the sender left the pair.
  const received = rows(
    app,
    { id: "", name: "", words: "", created: "" },
    `SELECT e.id, p.name, e.words, e.created FROM buddy_encouragements e JOIN participants p ON p.id = e."from"
     WHERE e."to" = {:me} ORDER BY e.created DESC, e.id LIMIT 20`,
    { me: auth.id },
  );
  return { paired: true, consented: !!me.getString("consentAt"), members, partners, received };
}

/** One tap: consent (for the pair's members as they are now) or withdraw. */
function setBuddyConsent(app, auth, body) {
  if (typeof body.agree !== "boolean") throwFieldErrors({ agree: "jiannuo_value_invalid" });
  const me = membershipOf(app, auth.id);
  if (!me) throwFieldErrors({ agree: "jiannuo_buddy_not_paired" });
  app
    .db()
    .newQuery("UPDATE buddy_members SET consentAt = {:at}, updated = {:now} WHERE id = {:id}")
    .bind({ id: me.id, at: body.agree ? pbDate(Date.now()) : "", now: pbDate(Date.now()) })
    .execute();
  return myBuddies(app, auth);
}

/** A client-chosen id makes a retried tap idempotent: an id already taken by the same writer is a success. */
function alreadySaved(app, collection, id, from) {
  const existing = id ? findOrNull(() => app.findRecordById(collection, id)) : null;
  if (existing && existing.getString("from") !== from) throwFieldErrors({ id: "jiannuo_id_conflict" });
  return !!existing;
}

function checkedId(body) {
  if (body.id === undefined) return "";
  if (typeof body.id !== "string" || !ID.test(body.id)) throwFieldErrors({ id: "jiannuo_id_format" });
  return body.id;
}

/** An encouragement to a consented partner: one tap, optional words (at most WORDS_MAX characters). */
function encourage(app, auth, body) {
  const checked = encouragementWords(body.words);
  if (checked.error) throwFieldErrors({ words: checked.error });
  const id = checkedId(body);
  const partner = consentedPartners(app, auth.id).find((p) => p.id === body.to);
  if (!partner) throwFieldError(404, "to", "jiannuo_buddy_not_paired");
  if (alreadySaved(app, "buddy_encouragements", id, auth.id)) return { saved: true };
  const record = new Record(app.findCollectionByNameOrId("buddy_encouragements"));
  if (id) record.set("id", id);
  record.load({ cohort: auth.getString("cohort"), from: auth.id, to: partner.id, words: checked.words });
  app.save(record);
  return { saved: true };
}

/** "I saw them do it" (看到了) for one of a consented partner's shared commitments. */
function observe(app, auth, body) {
  const id = checkedId(body);
  const commitment = typeof body.commitment === "string" && ID.test(body.commitment) ? body.commitment : "";
  const partners = consentedPartners(app, auth.id);
  const shared = commitment
    ? scalar(
        app,
        `SELECT COUNT(*) AS n FROM commitments k WHERE k.id = {:k} AND ${SHARED} AND k.participant IN (${partners.map((_, i) => `{:p${i}}`).join(",") || "''"})`,
        Object.assign({ k: commitment }, ...partners.map((p, i) => ({ [`p${i}`]: p.id }))),
      )
    : 0;
  if (!shared) throwFieldError(404, "commitment", "jiannuo_buddy_not_paired");
  if (alreadySaved(app, "buddy_observations", id, auth.id)) return { saved: true };
  const record = new Record(app.findCollectionByNameOrId("buddy_observations"));
  if (id) record.set("id", id);
  record.load({ cohort: auth.getString("cohort"), from: auth.id, commitment });
  app.save(record);
  return { saved: true };
}

module.exports = {
  trainerBuddies,
  pairCohortAtRandom,
  moveBuddy,
  myBuddies,
  setBuddyConsent,
  encourage,
  observe,
  consentedPartners,
  SHARED,
  LAST_CHECKIN,
};
