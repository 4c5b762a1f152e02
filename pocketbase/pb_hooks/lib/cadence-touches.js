// Puts the touches of commitments that have a cadence (commitments.cadence, chosen when committing) into
// the follow-up outbox: for each such commitment, only the latest touch due now and not yet scheduled
// (pure/cadence.js touchToSchedule), as a `followups` record of kind touch, nudge or still, with `round`
// the cadence's day and `commitment` its id. The unique index (participant, kind, round, commitment)
// makes a second run, or an overlapping one, create nothing more. Sending is the outbox's as for rounds:
// lib/followup-sender.js (email, one a participant a local day) and lib/reach-planner.js (other channels).
const { CAN_BE_EMAILED, queueFollowup, rows } = require("./db.js");
const { touchToSchedule } = require("./pure/cadence.js");
const { dateMs, pbDate } = require("./pure/pb-date.js");
const { zoneOf } = require("./time-zone.js");

const DAY = 86400000;
/** Past its day-90 touch and the nudge after it, a commitment has nothing more to schedule. */
const LAST_TOUCH_DAYS = 100;
const CADENCE_KINDS = ["touch", "nudge", "still"];
/** Commitments whose participant may be reached: the rounds' rule (CAN_BE_EMAILED, or a channel's consent). */
const REACHABLE = `(${CAN_BE_EMAILED.split(" && ")
  .map((term) => `participant.${term}`)
  .join(" && ")}) || participant.reach_channels_via_participant.consent ?= true`;

/**
 * The UTC offset of a cohort's zone at an instant, in ms, from Go's zone database (the JS engine has no
 * Intl): the zone's own "-0700" written at that instant.
 */
function offsetOf(zoneName) {
  const zone = zoneOf(zoneName).zone;
  const memo = {};
  return (ms) => {
    // Offsets change on the hour at most: one look-up per hour serves every touch planned in it.
    const key = Math.floor(ms / 3600000);
    if (memo[key] === undefined) {
      const text = new DateTime(pbDate(ms)).time().in(zone).format("-0700");
      const sign = text[0] === "-" ? -1 : 1;
      memo[key] = sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5))) * 60000;
    }
    return memo[key];
  };
}

/** When a commitment's cadence counts from: committedAt (a superuser's), else when it was made. */
function committedMs(commitment) {
  return dateMs(commitment.getString("committedAt") || commitment.getString("created"));
}

/** What touchesOf needs of a commitment: its choices, its status, and its check-ins (oldest first). */
function planInput(commitment, checkins) {
  let doneAt = null;
  for (const c of checkins) if (c.status === "done") doneAt = c.at;
  return {
    committedAt: committedMs(commitment),
    cadence: commitment.getString("cadence"),
    weekends: commitment.getBool("weekends"),
    confidence: commitment.getInt("confidence"),
    status: commitment.getString("status"),
    doneAt,
    checkins: checkins.map((c) => c.at),
  };
}

/**
 * Of every commitment with a cadence made since `since`: its check-ins, and the latest `dueAt` of its touches
 * already in the outbox. Two queries for all of them, not two per commitment (the job runs every 5 minutes).
 */
function historyOf(app, since) {
  const recent = `k.cadence != '' AND k.status != 'dropped' AND (k.committedAt >= {:since} OR (k.committedAt = '' AND k.created >= {:since}))`;
  const checkins = {};
  for (const c of rows(
    app,
    { commitment: "", created: "", status: "" },
    `SELECT c.commitment AS commitment, c.created AS created, c.status AS status FROM checkins c
     JOIN commitments k ON k.id = c.commitment WHERE ${recent} ORDER BY c.created`,
    { since },
  ))
    (checkins[c.commitment] = checkins[c.commitment] || []).push({ at: dateMs(c.created), status: c.status });
  const scheduledUntil = {};
  for (const f of rows(
    app,
    { commitment: "", dueAt: "" },
    `SELECT f.commitment AS commitment, MAX(f.dueAt) AS dueAt FROM followups f JOIN commitments k ON k.id = f.commitment
     WHERE f.kind IN (${CADENCE_KINDS.map((k) => `'${k}'`).join(", ")}) AND ${recent} GROUP BY f.commitment`,
    { since },
  ))
    scheduledUntil[f.commitment] = dateMs(f.dueAt);
  return { checkins, scheduledUntil };
}

/** Creates the touch records due now; returns how many it created. */
function scheduleTouches(app, now) {
  const since = pbDate(now - LAST_TOUCH_DAYS * DAY);
  const commitments = app.findRecordsByFilter(
    "commitments",
    `cadence != '' && status != 'dropped' && (committedAt >= {:since} || (committedAt = '' && created >= {:since})) && participant.cohort = cohort && (${REACHABLE})`,
    "",
    0,
    0,
    { since },
  );
  if (!commitments.length) return 0;
  const history = historyOf(app, since);
  const offsets = {};
  let created = 0;
  for (const commitment of commitments) {
    const cohortId = commitment.getString("cohort");
    if (!offsets[cohortId]) offsets[cohortId] = offsetOf(app.findRecordById("cohorts", cohortId).getString("timeZone"));
    const scheduledUntil = commitment.id in history.scheduledUntil ? history.scheduledUntil[commitment.id] : -Infinity;
    const input = planInput(commitment, history.checkins[commitment.id] || []);
    const touch = touchToSchedule(input, scheduledUntil, now, offsets[cohortId]);
    if (!touch) continue;
    const queued = queueFollowup(app, {
      participant: commitment.getString("participant"),
      cohort: cohortId,
      kind: touch.kind,
      round: touch.day,
      commitment: commitment.id,
      dueAt: pbDate(touch.at),
    });
    if (queued) created += 1;
  }
  return created;
}

module.exports = { CADENCE_KINDS, offsetOf, scheduleTouches };
