// The follow-up as a channel message (WeCom app, DingTalk work notice, SMS) or as one person's entry in
// a group robot's digest (which the group reads: only a count there, never a commitment's words): in
// the participant's language, their open commitments, their own check-in
// link (it opens the first commitment; two taps record an answer) and a one-tap withdrawal link for
// THIS channel only. The text stays under the smallest card (WeCom's 512 bytes) with the withdrawal
// link whole: commitments are shortened first. Pure.
const { formatMessage, messagesFor } = require("../generated/messages.js");
const { byteLength, truncateBytes } = require("./digest.js");

/** WeCom's text card description is the tightest limit (pure/wecom-app.js); some room for escaping. */
const MAX_TEXT_BYTES = 480;
const MAX_ACTION_BYTES = 90;

/**
 * The check-in page for the token's first commitment (the token stays in the fragment, out of logs);
 * `ch` names the channel, so the answer counts under it (lib/checkin-answer.js).
 */
function checkinLink(appUrl, locale, token, commitmentId, channel) {
  const page = locale === "en" ? "/en/checkin/" : "/checkin/";
  return `${appUrl}${page}#t=${encodeURIComponent(token)}&c=${encodeURIComponent(commitmentId)}&ch=${channel}`;
}

/** The unsubscribe page, for one channel (`ch`): it withdraws that channel's consent only. */
function withdrawLink(appUrl, locale, token, channel) {
  const page = locale === "en" ? "/en/unsubscribe/" : "/unsubscribe/";
  return `${appUrl}${page}#t=${encodeURIComponent(token)}&ch=${channel}`;
}

/** `head`, a line per item and `tail`, the items shortened until the whole fits `max` bytes (dropped if they cannot). */
function fitLines(head, items, tail, max) {
  let budget = MAX_ACTION_BYTES;
  for (;;) {
    const lines = items.map((a) => `• ${truncateBytes(a, budget)}`);
    const text = [head].concat(lines, tail).join("\n");
    if (byteLength(text) <= max || budget <= 12) return byteLength(text) <= max ? text : [head].concat(tail).join("\n");
    budget = Math.floor(budget * 0.7);
  }
}

/**
 * The message for one participant on one channel.
 * @param {{ locale: string, channel: string, kind?: string, appUrl: string, token: string, participantName: string,
 *   trainerName: string, cohortName: string, commitments: { id: string, action: string }[] }} m
 * @returns {{ title: string, text: string, link: string, linkLabel: string, withdraw: string }}
 */
function reachMessage(m) {
  const t = messagesFor(m.locale);
  const say = (key, values) => formatMessage(t[key], values || {});
  const withdraw = withdrawLink(m.appUrl, m.locale, m.token, m.channel);
  // A nudge and a "still doing it?" check (pure/cadence.js) have words of their own; the rest ask as a round.
  const intro =
    m.kind === "nudge" || m.kind === "still" ? `channels.followup.intro.${m.kind}` : "channels.followup.intro";
  const head = say(intro, {
    name: m.participantName,
    trainer: m.trainerName,
    cohort: m.cohortName,
  });
  const tail = [
    say("channels.followup.tap"),
    say("channels.followup.stop", { channel: t[`channels.name.${m.channel}`], link: withdraw }),
  ];
  return {
    title: say("channels.followup.title"),
    text: fitLines(
      head,
      m.commitments.map((k) => k.action),
      tail,
      MAX_TEXT_BYTES,
    ),
    link: checkinLink(m.appUrl, m.locale, m.token, m.commitments[0].id, m.channel),
    linkLabel: say("channels.followup.button"),
    withdraw,
  };
}

/** A group digest's title and intro, in the cohort's language. */
function digestHeading(locale, cohortName) {
  const t = messagesFor(locale);
  return {
    title: truncateBytes(formatMessage(t["channels.followup.digestTitle"], { cohort: cohortName }), 60),
    intro: t["channels.followup.digestIntro"],
  };
}

/**
 * One person's entry text in a digest: how many commitments wait for them and how to stop being
 * mentioned. Never the commitments themselves: the whole group reads the digest.
 */
function digestEntryText(m) {
  const t = messagesFor(m.locale);
  const withdraw = withdrawLink(m.appUrl, m.locale, m.token, m.channel);
  return [
    formatMessage(t["channels.followup.digestEntry"], { count: m.commitments.length }),
    formatMessage(t["channels.followup.stop"], { channel: t[`channels.name.${m.channel}`], link: withdraw }),
  ].join("\n");
}

module.exports = { reachMessage, digestHeading, digestEntryText, checkinLink, withdrawLink };
