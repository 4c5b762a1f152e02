// The cohort's belonging profile: which answers count, and its one release. The mechanism and what it
// guarantees are in pure/belonging-profile.js; the schema in the migration 1764001203_belonging_released_once.js.
const { throwFieldError, throwFieldErrors } = require("./api-errors.js");
const { findOrNull, rows } = require("./db.js");
const {
  COMPONENTS,
  MIN_ANSWERS,
  readBelongingSummary,
  releaseProfile,
  uniformFromHex,
} = require("./pure/belonging-profile.js");

const EXERCISE = "belonging-assessment";

/** Refuses a belonging result whose summary is anything but what the assessment records (a 400 on `summary`). */
function checkBelongingResult(record) {
  if (record.getString("exercise") !== EXERCISE) return;
  let summary = null;
  try {
    summary = JSON.parse(toString(record.get("summary")) || "null");
  } catch (_) {}
  if (!readBelongingSummary(summary)) throwFieldErrors({ summary: "jiannuo_belonging_summary" });
}

/**
 * The means of the cohort's valid belonging answers that count: one participant per device, from
 * devices that joined this cohort once (a device that joined two people, or none we know of, counts for none).
 */
function countedAnswers(app, cohortId) {
  const stored = rows(
    app,
    { summary: "" },
    `SELECT r.summary AS summary FROM exercise_results r JOIN participants p ON p.id = r.participant
     WHERE r.cohort = {:c} AND p.cohort = {:c} AND r.exercise = '${EXERCISE}' AND p.deviceHash != ''
       AND (SELECT COUNT(*) FROM participants q WHERE q.cohort = {:c} AND q.deviceHash = p.deviceHash) = 1`,
    { c: cohortId },
  );
  const answers = [];
  for (const row of stored) {
    try {
      const means = readBelongingSummary(JSON.parse(row.summary));
      if (means) answers.push(means);
    } catch (_) {
      // not JSON: not an answer
    }
  }
  return answers;
}

function releasedProfile(app, cohortId) {
  const record = findOrNull(() => app.findFirstRecordByData("belonging_profiles", "cohort", cohortId));
  if (!record) return null;
  const profile = {
    answers: record.getInt("answers"),
    noise: record.getFloat("noise"),
    releasedAt: record.getString("created"),
  };
  for (const component of COMPONENTS) profile[component] = record.getFloat(component);
  return profile;
}

/** What the dashboard shows: answers that count so far, how many are needed, and the released profile (or null). */
function belongingStatus(app, cohortId) {
  return {
    answers: countedAnswers(app, cohortId).length,
    needed: MIN_ANSWERS,
    profile: releasedProfile(app, cohortId),
  };
}

/** Releases the cohort's profile, once: asked again (a retry, another tab), it answers the same profile. */
function releaseBelonging(app, cohortId) {
  if (releasedProfile(app, cohortId)) return belongingStatus(app, cohortId);
  const uniform = () => uniformFromHex($security.randomStringWithAlphabet(13, "0123456789abcdef"));
  const profile = releaseProfile(countedAnswers(app, cohortId), uniform);
  if (!profile) throwFieldError(409, "belonging", "jiannuo_belonging_too_few");
  const record = new Record(app.findCachedCollectionByNameOrId("belonging_profiles"));
  record.load({ cohort: cohortId, ...profile });
  try {
    app.save(record);
  } catch (err) {
    // A release running at the same moment won the unique index: its profile is the one.
    if (!releasedProfile(app, cohortId)) throw err;
  }
  return belongingStatus(app, cohortId);
}

module.exports = { belongingStatus, checkBelongingResult, releaseBelonging };
