// The trainer's channels section (GET /api/jiannuo/cohorts/{id}/channels): for email and each channel
// beyond it, how many messages went out, how many wait, how many failed by the provider's reason code
// (counts only: no names, numbers, webhooks or message text), how many were answered, and the response
// rate by follow-up round; and each channel's message as a participant receives it, built by the code
// the follow-up job uses (pure/followup-mail.js, pure/reach-message.js, the robots' digests) for a
// made-up participant and a link that carries no valid token.
//
// "Answered": a sent message counts once a check-in came through the answer link of a follow-up it
// carried, tapped in that channel's message (checkins.channel, set by lib/checkin-answer.js): a person
// reached on two channels who answers counts under the one they answered from.
const { rows } = require("./db.js");
const { cohortRobot, PARTICIPANT_CHANNELS, ROBOT_CHANNELS } = require("./reach-choices.js");

const CHANNELS = ["email"].concat(PARTICIPANT_CHANNELS);
const PREVIEW_TOKEN = "PREVIEW".padEnd(43, "0");
const PREVIEW_COMMITMENT = "preview0000000";
// A made-up number for a robot digest's @-mention.
const PREVIEW_MOBILE = "13800000000";

const rate = (answered, sent) => (sent ? Math.round((answered / sent) * 1000) / 1000 : 0);

/** One channel's empty figures. */
function emptyStats(channel, ready) {
  return { channel, ready, sent: 0, waiting: 0, failed: {}, answered: 0, responseRate: 0, rounds: [] };
}

/** Adds grouped rows ({ state, reason, round, n, answered }) into a channel's figures. */
function addRows(stats, grouped) {
  const rounds = {};
  for (const r of grouped) {
    if (r.state === "sent") {
      stats.sent += r.n;
      stats.answered += r.answered;
      if (r.round > 0) {
        const round = (rounds[r.round] = rounds[r.round] || { round: r.round, sent: 0, answered: 0 });
        round.sent += r.n;
        round.answered += r.answered;
      }
    } else if (r.state === "queued" || r.state === "sending") stats.waiting += r.n;
    else if (r.state === "failed") {
      const reason = r.reason || "provider_unknown_error";
      stats.failed[reason] = (stats.failed[reason] || 0) + r.n;
    }
  }
  stats.responseRate = rate(stats.answered, stats.sent);
  stats.rounds = Object.keys(rounds)
    .map((k) => rounds[k])
    .sort((a, b) => a.round - b.round)
    .map((r) => ({ ...r, responseRate: rate(r.answered, r.sent) }));
  return stats;
}

const GROUPED = { channel: "", state: "", reason: "", round: 0, n: 0, answered: 0 };
/**
 * Follow-ups counted by their day: a cohort round's (days after the workshop) and a cadence's touch,
 * nudge or "still doing it?" check (days after committing, pure/cadence.js); a date reminder is day 0.
 */
const DAY_KINDS = "'round', 'touch', 'nudge', 'still'";

/**
 * Email's rows: the follow-ups themselves (only a mail server's definite refusal ends in `failed`,
 * so that is its reason); a follow-up not emailed (other channels only, no consent) is not counted,
 * nor one not due yet.
 */
function emailRows(app, cohortId, now) {
  return rows(
    app,
    GROUPED,
    `SELECT 'email' AS channel, f.state AS state, CASE WHEN f.state = 'failed' THEN 'email_refused' ELSE '' END AS reason,
       CASE WHEN f.kind IN (${DAY_KINDS}) THEN f.round ELSE 0 END AS round, COUNT(*) AS n,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM checkins ch WHERE ch.followup = f.id AND ch.channel = 'email') THEN 1 ELSE 0 END) AS answered
     FROM followups f WHERE f.cohort = {:c} AND (f.state IN ('sent', 'failed') OR
       (f.state IN ('queued', 'sending') AND f.dueAt <= {:now}))
     GROUP BY f.state, round`,
    { c: cohortId, now },
  );
}

/**
 * The other channels' rows (channel_deliveries): a message's round is the latest day of a follow-up it
 * carries (0: only a commitment's due-date reminder), answered as said at the top.
 */
function deliveryRows(app, cohortId) {
  return rows(
    app,
    GROUPED,
    `SELECT channel, state, reason, round, COUNT(*) AS n, SUM(answered) AS answered FROM (
       SELECT d.channel AS channel, d.state AS state, d.reason AS reason,
         COALESCE((SELECT MAX(f.round) FROM json_each(d.followups) j JOIN followups f ON f.id = j.value
                   WHERE f.kind IN (${DAY_KINDS})), 0) AS round,
         CASE WHEN d.state = 'sent' AND EXISTS (SELECT 1 FROM json_each(d.followups) j
                   JOIN checkins ch ON ch.followup = j.value AND ch.channel = d.channel) THEN 1 ELSE 0 END AS answered
       FROM channel_deliveries d WHERE d.cohort = {:c}
     ) GROUP BY channel, state, reason, round`,
    { c: cohortId },
  );
}

/** Each channel's message as a made-up participant of this cohort receives it. */
function previews(app, cohort, trainer) {
  const { messagesFor } = require("./generated/messages.js");
  const { followUpMail } = require("./pure/followup-mail.js");
  const { reachMessage, digestHeading, digestEntryText } = require("./pure/reach-message.js");
  const locale = cohort.getString("locale") === "en" ? "en" : "zh-CN";
  const t = messagesFor(locale);
  const words = {
    locale,
    appUrl: app.settings().meta.appURL.replace(/\/+$/, ""),
    token: PREVIEW_TOKEN,
    participantName: t["email.followup.preview.participant"],
    trainerName: trainer.getString("name"),
    cohortName: cohort.getString("name"),
    commitments: [{ id: PREVIEW_COMMITMENT, action: t["email.followup.preview.commitment"], trigger: "" }],
  };
  const mail = followUpMail({ ...words, kind: "round" });
  const out = { email: { title: mail.subject, text: mail.text } };
  for (const channel of PARTICIPANT_CHANNELS) {
    const m = reachMessage({ ...words, channel });
    if (ROBOT_CHANNELS.indexOf(channel) < 0) {
      // SMS: the approved template's words with the link filled in; the words are the provider's.
      out[channel] = channel === "sms" ? { title: "", text: m.link } : { title: m.title, text: `${m.text}\n${m.link}` };
      continue;
    }
    const protocol = require(channel === "wecom_robot" ? "./pure/wecom-robot.js" : "./pure/dingtalk-robot.js");
    const heading = digestHeading(locale, words.cohortName);
    const entry = {
      id: "preview",
      mobile: PREVIEW_MOBILE,
      name: words.participantName,
      text: digestEntryText({ ...words, channel }),
      link: m.link,
    };
    out[channel] = {
      title: heading.title,
      text: protocol.robotMessages({ ...heading, entries: [entry] })[0].body.text.content,
    };
  }
  return out;
}

/** The section's data for the cohort's trainer, as of `now` (ms). */
function cohortChannels(app, cohort, trainer, now) {
  const status = require("./channels/index.js").channelStatus();
  const byChannel = {};
  for (const channel of CHANNELS) {
    const robotSet = ROBOT_CHANNELS.indexOf(channel) < 0 || Boolean(cohortRobot(app, cohort.id, channel));
    byChannel[channel] = emptyStats(channel, Boolean(status[channel]) && robotSet);
  }
  const grouped = {};
  for (const r of emailRows(app, cohort.id, require("./pure/pb-date.js").pbDate(now)).concat(
    deliveryRows(app, cohort.id),
  ))
    (grouped[r.channel] = grouped[r.channel] || []).push(r);
  return {
    channels: CHANNELS.map((channel) => addRows(byChannel[channel], grouped[channel] || [])),
    previews: previews(app, cohort, trainer),
  };
}

module.exports = { cohortChannels };
