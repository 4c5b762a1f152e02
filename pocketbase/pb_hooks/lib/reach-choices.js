// A participant's choice of the channels beyond email (reach_channels, migration 1764001400): each with
// its own consent, given and withdrawn by the participant alone (API rules), withdrawn in one tap from
// "my commitments" or from a link in any message of that channel. The server stamps the times, keeps a
// number only while consent lasts, and stops what was queued for a channel the moment it is withdrawn.
const { throwFieldErrors } = require("./api-errors.js");
const { findOrNull } = require("./db.js");
const { normalizeMobile } = require("./pure/channel-request.js");
const { pbDate } = require("./pure/pb-date.js");

const PARTICIPANT_CHANNELS = ["wecom_robot", "dingtalk_robot", "wecom_app", "dingtalk_notice", "sms"];
const ROBOT_CHANNELS = ["wecom_robot", "dingtalk_robot"];

/** Record API, before saving: the number as 11 digits; consent needs one. */
function checkChoiceRequest(record) {
  const raw = record.getString("mobile");
  const mobile = normalizeMobile(raw);
  if ((raw && !mobile) || (record.getBool("consent") && !mobile))
    throwFieldErrors({ mobile: "jiannuo_mobile_invalid" });
  record.set("mobile", mobile);
}

/** Every save: consent and withdrawal stamped now; without consent no number is kept. */
function stampChoice(record, original) {
  const given = record.getBool("consent");
  const wasGiven = original ? original.getBool("consent") : false;
  const now = pbDate(Date.now());
  if (given && !wasGiven) {
    record.set("consentAt", now);
    record.set("withdrawnAt", "");
  } else if (!given) {
    if (wasGiven) record.set("withdrawnAt", now);
    record.set("mobile", "");
  }
}

/** After a withdrawal (or a deleted choice): what was queued for that channel is not sent. */
function stopQueued(app, participantId, channel) {
  app
    .db()
    .newQuery(
      "UPDATE channel_deliveries SET state = 'skipped', reason = 'withdrawn' WHERE participant = {:p} AND channel = {:ch} AND state = 'queued'",
    )
    .bind({ p: participantId, ch: channel })
    .execute();
}

/** The channels this participant may choose: those the server has settings for (robots: their cohort's). */
function reachOptions(app, participant) {
  const status = require("./channels/index.js").channelStatus();
  const channels = PARTICIPANT_CHANNELS.filter((channel) => {
    if (!status[channel]) return false;
    if (ROBOT_CHANNELS.indexOf(channel) < 0) return true;
    return Boolean(cohortRobot(app, participant.getString("cohort"), channel));
  });
  return { channels };
}

/** The cohort's robot of `channel` (cohort_robots), or null. */
function cohortRobot(app, cohortId, channel) {
  return findOrNull(() =>
    app.findFirstRecordByFilter("cohort_robots", "cohort = {:c} && channel = {:ch}", { c: cohortId, ch: channel }),
  );
}

/**
 * A message's withdrawal link (POST { t, ch }): the token of the follow-up it came with names the
 * participant; that channel's consent ends. Expired links still work (as for email unsubscribes).
 */
function withdrawByLink(app, body) {
  const b = body || {};
  const channel = PARTICIPANT_CHANNELS.indexOf(b.ch) >= 0 ? b.ch : "";
  const { followupOfToken } = require("./answer-token.js");
  const followup = followupOfToken(app, b.t, true);
  if (!channel) throwFieldErrors({ ch: "jiannuo_channel_unknown" });
  const choice = findOrNull(() =>
    app.findFirstRecordByFilter("reach_channels", "participant = {:p} && channel = {:ch}", {
      p: followup.getString("participant"),
      ch: channel,
    }),
  );
  if (choice && choice.getBool("consent")) {
    choice.set("consent", false);
    app.save(choice);
  }
  return { withdrawn: true, channel };
}

module.exports = {
  PARTICIPANT_CHANNELS,
  ROBOT_CHANNELS,
  checkChoiceRequest,
  stampChoice,
  stopQueued,
  reachOptions,
  cohortRobot,
  withdrawByLink,
};
