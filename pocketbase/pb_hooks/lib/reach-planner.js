// Puts due follow-ups into the other channels' outbox (channel_deliveries): for each channel the
// participant consented to, ONE delivery per day (in the cohort's time zone) bundles every follow-up
// that fell due that day. A participant's due follow-ups are planned together, once
// (followups.channelsPlannedAt, set in the same transaction); a delivery already on its way or sent
// takes nothing more, so a follow-up falling due later that day goes into the next day's. The unique index (participant, channel, day) makes a second delivery impossible.
// Only channels the server can send through are planned (a robot: when the cohort has one), and only
// follow-ups that fell due in the last STALE_DAYS: a channel chosen today does not replay old rounds.
const { findOrNull, writeTransaction } = require("./db.js");
const { ROBOT_CHANNELS, cohortRobot } = require("./reach-choices.js");
const { pbDate } = require("./pure/pb-date.js");
const { zoneOf } = require("./time-zone.js");

const BATCH = 500;
const DAY = 86400000;
const STALE_DAYS = 7;

/** The day of `ms` in the zone (zoneOf) as YYYY-MM-DD, and the ms until that day ends. */
function dayIn(zone, ms) {
  const local = new DateTime(pbDate(ms)).time().in(zone.zone);
  const clock = local.format("15:04:05").split(":");
  const since = ((+clock[0] * 60 + +clock[1]) * 60 + +clock[2]) * 1000;
  return { day: local.format("2006-01-02"), endsIn: DAY - since };
}

/** Adds the follow-up to the queued delivery of that day, or makes it; false when that day's is under way. */
function queueInto(tx, followup, channel, day, at) {
  const participant = followup.getString("participant");
  const existing = findOrNull(() =>
    tx.findFirstRecordByFilter("channel_deliveries", "participant = {:p} && channel = {:ch} && day = {:d}", {
      p: participant,
      ch: channel,
      d: day,
    }),
  );
  if (existing) {
    const added = tx
      .db()
      .newQuery(
        "UPDATE channel_deliveries SET followups = json_insert(followups, '$[#]', {:f}) WHERE id = {:id} AND state = 'queued'",
      )
      .bind({ f: followup.id, id: existing.id })
      .execute()
      .rowsAffected();
    return added === 1;
  }
  const record = new Record(tx.findCachedCollectionByNameOrId("channel_deliveries"));
  record.load({
    participant,
    cohort: followup.getString("cohort"),
    channel,
    day,
    state: "queued",
    followups: [followup.id],
    attempts: 0,
    nextAttemptAt: pbDate(at),
  });
  tx.save(record);
  return true;
}

const DUE = "dueAt <= {:now} && dueAt >= {:stale} && channelsPlannedAt = ''";

/**
 * Plans every due follow-up of one participant at once into each consented channel, so that all that
 * fell due together goes out in one message; returns how many follow-ups it planned.
 */
function planParticipant(app, participantId, now, ready) {
  return writeTransaction(app, (tx) => {
    const followups = tx.findRecordsByFilter("followups", `participant = {:p} && ${DUE}`, "dueAt", 0, 0, {
      p: participantId,
      now: pbDate(now),
      stale: pbDate(now - STALE_DAYS * DAY),
    });
    if (!followups.length) return 0;
    const cohort = tx.findRecordById("cohorts", followups[0].getString("cohort"));
    const zone = zoneOf(cohort.getString("timeZone"));
    const today = dayIn(zone, now);
    const tomorrow = { day: dayIn(zone, now + today.endsIn).day, at: now + today.endsIn };
    const choices = tx.findRecordsByFilter("reach_channels", "participant = {:p} && consent = true", "", 0, 0, {
      p: participantId,
    });
    for (const choice of choices) {
      const channel = choice.getString("channel");
      if (!ready[channel] || (ROBOT_CHANNELS.indexOf(channel) >= 0 && !cohortRobot(tx, cohort.id, channel))) continue;
      for (const followup of followups)
        if (!queueInto(tx, followup, channel, today.day, now))
          queueInto(tx, followup, channel, tomorrow.day, tomorrow.at);
    }
    for (const followup of followups)
      tx.db()
        .newQuery("UPDATE followups SET channelsPlannedAt = {:now} WHERE id = {:id}")
        .bind({ now: pbDate(now), id: followup.id })
        .execute();
    return followups.length;
  });
}

/** Plans every due follow-up of participants with a consented channel; returns how many it planned. */
function planChannelDeliveries(app, now) {
  const due = app.findRecordsByFilter(
    "followups",
    `${DUE} && participant.reach_channels_via_participant.consent ?= true`,
    "dueAt",
    BATCH,
    0,
    { now: pbDate(now), stale: pbDate(now - STALE_DAYS * DAY) },
  );
  if (!due.length) return 0;
  const ready = require("./channels/index.js").channelStatus();
  const participants = [...new Set(due.map((f) => f.getString("participant")))];
  let planned = 0;
  for (const participant of participants) {
    try {
      planned += planParticipant(app, participant, now, ready);
    } catch (err) {
      // Left unplanned for the next run; the other participants (and the emails) go on.
      console.log(
        `channel planning: a participant's follow-ups wait (${String(err && err.name ? err.name : "error")})`,
      );
    }
  }
  return planned;
}

module.exports = { planChannelDeliveries, dayIn };
