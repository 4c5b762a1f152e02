// POST /api/jiannuo/join, the only way into a cohort: anyone with a valid code of an open cohort gets a
// participant session. Participants never have a password: the record gets a hash that no password
// matches, which also spares the bcrypt cost of a sign-up (a room of 300 joins at once).
// Wrong codes, and bodies too large or unreadable, count against the device and the client's address
// (lib/guess-limit.js); successful joins never do.
const { throwFieldErrors } = require("./api-errors.js");
const { requestBody } = require("./body-limit.js");
const { cohortInfo } = require("./cohorts.js");
const { findOrNull } = require("./db.js");
const guesses = require("./guess-limit.js");
const { readJoinInput } = require("./pure/join-input.js");

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

/** The participant a retried join (same device, lost response) made before, or null; anyone else's id is refused. */
function earlierJoin(app, cohort, id, keyHash) {
  const participant = id ? findOrNull(() => app.findRecordById("participants", id)) : null;
  if (!participant) return null;
  if (!(
    participant.getString("cohort") === cohort.id && $security.equal(participant.getString("joinKeyHash"), keyHash)
  )) {
    throwFieldErrors({ id: "jiannuo_id_conflict" });
  }
  return participant;
}

function newParticipant(app, cohort, value, keyHash) {
  if (value.email && findOrNull(() => app.findAuthRecordByEmail("participants", value.email))) {
    throwFieldErrors({ email: "jiannuo_email_taken" });
  }
  const participant = new Record(app.findCachedCollectionByNameOrId("participants"));
  if (value.id) participant.set("id", value.id);
  participant.set("cohort", cohort.id);
  participant.set("name", value.name);
  participant.set("email", value.email);
  participant.set("emailVisibility", false);
  participant.set("followUpConsent", value.followUpConsent);
  participant.set("namedInReport", value.namedInReport);
  participant.set("locale", value.locale || cohort.getString("locale"));
  participant.set("joinKeyHash", keyHash);
  participant.set("deviceHash", value.device ? $security.sha256(value.device) : "");
  const password = participant.getRaw("password");
  password.hash = "!no-password-sign-in";
  participant.setRaw("password", password);
  app.save(participant);
  return participant;
}

/** Joins (or joins again) from the request's body; returns the session: token, participant and cohort. */
function joinCohort(e) {
  guesses.assertNotLimited(e, "join");
  // A body too large or unreadable counts as a failed guess; a field refused here does not (no code
  // was looked up, so nothing was guessed).
  const { value, errors } = readJoinInput(requestBody(e, "join"));
  if (Object.keys(errors).length) throwFieldErrors(errors);
  const cohort = cohortOfCode(e, value.code);
  const keyHash = value.joinKey ? $security.sha256(value.joinKey) : "";
  const participant = earlierJoin(e.app, cohort, value.id, keyHash) || newParticipant(e.app, cohort, value, keyHash);
  participant.ignoreEmailVisibility(true);
  return {
    token: participant.newAuthToken(),
    record: participant,
    cohort: cohortInfo(cohort),
  };
}

module.exports = { joinCohort };
