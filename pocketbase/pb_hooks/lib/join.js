// POST /api/jiannuo/join, the only way into a cohort: anyone with a valid code of an open cohort gets a
// participant session. Participants never have a password: the record gets a hash that no password
// matches, which also spares the bcrypt cost of a sign-up (a room of 300 joins at once).
// Wrong codes, and bodies too large or unreadable, count against the device and the client's address
// (lib/guess-limit.js); successful joins never do.
// A code admits at most the cohort's capacity of participants, and at most that many new ones in any
// JOIN_WINDOW_MS (a whole room may arrive at once; someone with the code who deletes and re-joins in a
// loop is held to that pace). An email links the participant to its address (lib/addresses.js), and the
// answer is the same whether or not that address is already known.
const { throwFieldError, throwFieldErrors } = require("./api-errors.js");
const { addressOf, emailOf, requestConfirmation } = require("./addresses.js");
const { requestBody } = require("./body-limit.js");
const { capacityOf, cohortInfo } = require("./cohorts.js");
const { findOrNull, scalar, writeTransaction } = require("./db.js");
const guesses = require("./guess-limit.js");
const { readJoinInput } = require("./pure/join-input.js");

const JOIN_WINDOW_MS = 10 * 60000;
const JOINS_PREFIX = "jiannuo:joins:";

/** The open cohort with this code; an unknown code counts as a failed guess. */
function cohortOfCode(e, code) {
  const cohort = findOrNull(() => e.app.findFirstRecordByData("cohorts", "joinCode", code));
  if (!cohort) {
    guesses.recordFailure(e, "join");
    throwFieldErrors({ code: "jiannuo_code_unknown" });
  }
  if (cohort.getBool("archived")) throwFieldErrors({ code: "jiannuo_cohort_archived" });
  return cohort;
}

/** Whether `participant` is the one this device's join made (same cohort, same join key). */
function sameDevice(participant, cohort, keyHash) {
  return (
    participant.getString("cohort") === cohort.id && $security.equal(participant.getString("joinKeyHash"), keyHash)
  );
}

/** The participant a retried join (same device, lost response) made before, or null; anyone else's id is refused. */
function earlierJoin(app, cohort, id, keyHash) {
  const participant = id ? findOrNull(() => app.findRecordById("participants", id)) : null;
  if (!participant) return null;
  if (!sameDevice(participant, cohort, keyHash)) throwFieldErrors({ id: "jiannuo_id_conflict" });
  return participant;
}

/**
 * Takes one of the cohort's new-join places of the current window (counted in memory, like failed
 * guesses: nothing to write, and a restart only forgets a few minutes). False when they are used up.
 */
function takeJoinPlace(cohort) {
  const limit = capacityOf(cohort);
  const now = Date.now();
  let taken = false;
  // setFunc runs under the store's lock, so parallel joins never take more places than there are.
  $app.store().setFunc(JOINS_PREFIX + cohort.id, (old) => {
    const entry = old && old.resetAt > now ? old : { count: 0, resetAt: now + JOIN_WINDOW_MS };
    taken = entry.count < limit;
    return taken ? { count: entry.count + 1, resetAt: entry.resetAt } : entry;
  });
  return taken;
}

/** Refuses a join: a full cohort (400), its new-join places of this window used up (429), an id taken meanwhile (400). */
function refuseJoin(e, cohort, reason) {
  if (reason === "full") throwFieldErrors({ code: "jiannuo_cohort_full" });
  if (reason === "conflict") throwFieldErrors({ id: "jiannuo_id_conflict" });
  const entry = $app.store().get(JOINS_PREFIX + cohort.id);
  const seconds = Math.ceil(((entry ? entry.resetAt : 0) - Date.now()) / 1000);
  e.response.header().set("Retry-After", String(Math.max(1, seconds)));
  throwFieldError(429, "code", "jiannuo_cohort_busy");
}

function newParticipant(e, cohort, value, keyHash) {
  let participant = null;
  let refused = "";
  // One transaction on SQLite's single writer: the count and the insert cannot interleave with another
  // join, so a full cohort is never overfilled. (Errors thrown in here would lose their status.)
  writeTransaction(e.app, (tx) => {
    // The same device's retry may have made it since earlierJoin looked.
    const made = value.id ? findOrNull(() => tx.findRecordById("participants", value.id)) : null;
    if (made) {
      if (sameDevice(made, cohort, keyHash)) participant = made;
      else refused = "conflict";
      return;
    }
    if (
      scalar(tx, "SELECT COUNT(*) AS n FROM participants WHERE cohort = {:c}", { c: cohort.id }) >= capacityOf(cohort)
    ) {
      refused = "full";
      return;
    }
    if (!takeJoinPlace(cohort)) {
      refused = "busy";
      return;
    }
    const address = value.email ? addressOf(tx, value.email) : null;
    const record = new Record(tx.findCachedCollectionByNameOrId("participants"));
    if (value.id) record.set("id", value.id);
    record.set("cohort", cohort.id);
    record.set("name", value.name);
    record.set("address", address ? address.id : "");
    record.set("followUpConsent", value.followUpConsent);
    record.set("namedInReport", value.namedInReport);
    record.set("locale", value.locale || cohort.getString("locale"));
    record.set("joinKeyHash", keyHash);
    record.set("deviceHash", value.device ? $security.sha256(value.device) : "");
    const password = record.getRaw("password");
    password.hash = "!no-password-sign-in";
    record.setRaw("password", password);
    tx.save(record);
    if (address && value.followUpConsent) requestConfirmation(tx, address.id);
    participant = record;
  });
  if (refused) refuseJoin(e, cohort, refused);
  return participant;
}

/**
 * Joins (or joins again) from the request's body; returns the session: token, participant, cohort, and
 * the email the participant gave (normalised, "" for none), which only the participant's device sees.
 */
function joinCohort(e) {
  guesses.assertNotLimited(e, "join");
  // A body too large or unreadable counts as a failed guess; a field refused here does not (no code
  // was looked up, so nothing was guessed).
  const { value, errors } = readJoinInput(requestBody(e, "join"));
  if (Object.keys(errors).length) throwFieldErrors(errors);
  const cohort = cohortOfCode(e, value.code);
  const keyHash = value.joinKey ? $security.sha256(value.joinKey) : "";
  const participant = earlierJoin(e.app, cohort, value.id, keyHash) || newParticipant(e, cohort, value, keyHash);
  return {
    token: participant.newAuthToken(),
    record: participant,
    cohort: cohortInfo(cohort),
    email: emailOf(e.app, participant.getString("address")),
  };
}

module.exports = { joinCohort };
