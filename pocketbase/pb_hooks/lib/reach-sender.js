// Sends the other channels' outbox (channel_deliveries, planned by lib/reach-planner.js) through the
// channel senders (lib/channels/index.js). Each delivery is claimed with a lease (an atomic UPDATE only
// one run wins), consent is checked again right before sending, and the answer is recorded:
//   sent          done (a DingTalk work notice is asked again at checkAt whether it arrived)
//   retry-after   queued again for the provider's time: an outage or a limit loses nothing
//   refused       failed with the provider's reason (an SMS number that replied "T" also ends that consent)
//   config-error  failed with the reason the trainer's screens word (channels.reason.*)
// A group robot's deliveries of one cohort go out together as one digest; people it did not reach yet
// (a limit in the middle) stay queued and only they are mentioned in the next one. Nothing goes out in the
// quiet hours of the cohort's time zone (pure/cadence.js): a delivery due then (a retry after a limit or
// an outage, a late plan) waits until they end. Reasons and provider codes are all that is stored of an
// answer: never a number, a token or a message.
const { offsetOf } = require("./cadence-touches.js");
const { claimLease, findOrNull } = require("./db.js");
const { issueLink, openCommitments } = require("./followup-sender.js");
const { outOfQuietHours } = require("./pure/cadence.js");
const { ROBOT_CHANNELS, cohortRobot } = require("./reach-choices.js");
const { pbDate } = require("./pure/pb-date.js");
const { reachMessage, digestHeading, digestEntryText } = require("./pure/reach-message.js");

const BATCH = 500;
const LEASE_MS = 5 * 60000;
const LINK_RETRY_MS = 5 * 60000;
const DIGEST_MAX = 200;
const RETRY_ON_ERROR_MS = 30 * 60000;

function exec(app, sql, params) {
  return app.db().newQuery(sql).bind(params).execute().rowsAffected();
}

/** Records the outcome of one delivery; returns the job's counter it adds to. */
function finish(app, id, outcome, fields) {
  const f = fields || {};
  const state = { sent: "sent", retry: "queued", failed: "failed", skipped: "skipped" }[outcome];
  exec(
    app,
    `UPDATE channel_deliveries SET state = {:state}, leaseUntil = '', sentAt = {:sentAt}, nextAttemptAt = {:next},
     reason = {:reason}, providerCode = {:code}, providerId = {:pid}, checkAt = {:checkAt} WHERE id = {:id}`,
    {
      id,
      state,
      sentAt: f.sentAt || "",
      next: f.next || "",
      reason: String(f.reason || "").slice(0, 60),
      code: String(f.providerCode || "").slice(0, 60),
      pid: String(f.providerId || "").slice(0, 100),
      checkAt: f.checkAt || "",
    },
  );
  return outcome;
}

/** What a result means for one delivery (see the table at the top). */
function applyResult(app, delivery, result, now) {
  if (result.outcome === "sent")
    return finish(app, delivery.id, "sent", {
      sentAt: pbDate(now),
      providerId: result.providerId,
      checkAt: result.checkAt ? pbDate(result.checkAt) : "",
    });
  if (result.outcome === "retry-after")
    return finish(app, delivery.id, "retry", {
      next: pbDate(Math.max(result.retryAt || 0, now + 1000)),
      reason: result.reason,
      providerCode: result.providerCode,
    });
  if (result.reason === "sms_recipient_unsubscribed") endConsent(app, delivery);
  return finish(app, delivery.id, "failed", { reason: result.reason, providerCode: result.providerCode });
}

/** The carrier's unsubscribe (the person replied "T"): the participant's SMS consent ends too. */
function endConsent(app, delivery) {
  const choice = findOrNull(() =>
    app.findFirstRecordByFilter("reach_channels", "participant = {:p} && channel = {:ch}", {
      p: delivery.getString("participant"),
      ch: delivery.getString("channel"),
    }),
  );
  if (choice && choice.getBool("consent")) {
    choice.set("consent", false);
    app.save(choice);
  }
}

/**
 * Everything one claimed delivery needs, or { skip } / { retry } with why not now: the consented
 * choice (its number), the open commitments of its follow-ups and the answer link of the first one.
 */
function prepare(app, delivery, now) {
  const participantId = delivery.getString("participant");
  const channel = delivery.getString("channel");
  const choice = findOrNull(() =>
    app.findFirstRecordByFilter("reach_channels", "participant = {:p} && channel = {:ch} && consent = true", {
      p: participantId,
      ch: channel,
    }),
  );
  if (!choice) return { skip: "withdrawn" };
  const participant = app.findRecordById("participants", participantId);
  const ids = JSON.parse(toString(delivery.get("followups")) || "[]");
  const followups = ids.map((id) => findOrNull(() => app.findRecordById("followups", id))).filter(Boolean);
  const commitments = [];
  const seen = {};
  for (const f of followups)
    for (const k of openCommitments(app, f, participant))
      if (!seen[k.id]) {
        seen[k.id] = true;
        commitments.push(k);
      }
  if (!commitments.length) return { skip: "no open commitments" };
  // The link is the latest day's follow-up: from day 45 on its page asks the isolation question.
  let primary = followups[0];
  for (const f of followups) if (f.getInt("round") > primary.getInt("round")) primary = f;
  const token = issueLink(app, primary, commitments, now);
  if (!token) return { retry: "answer link not ready" };
  const cohort = app.findRecordById("cohorts", delivery.getString("cohort"));
  const trainer = app.findRecordById("trainers", cohort.getString("trainer"));
  return {
    mobile: choice.getString("mobile"),
    words: {
      locale: participant.getString("locale"),
      channel,
      appUrl: app.settings().meta.appURL.replace(/\/+$/, ""),
      token,
      participantName: participant.getString("name"),
      kind: primary.getString("kind"),
      trainerName: trainer.getString("name"),
      cohortName: cohort.getString("name"),
      commitments: commitments.map((k) => ({ id: k.id, action: k.getString("action") })),
    },
    cohort,
  };
}

/** A prepared delivery that is not sent now: skipped, or queued again shortly. */
function notNow(app, delivery, ready, now) {
  if (ready.skip) return finish(app, delivery.id, "skipped", { reason: ready.skip });
  return finish(app, delivery.id, "retry", { next: pbDate(now + LINK_RETRY_MS), reason: ready.retry });
}

/** A sender that throws (a body it refuses, a provider answer it cannot read) fails the delivery, named. */
function sendSafely(app, body, now) {
  const { sendToChannel } = require("./channels/index.js");
  try {
    return sendToChannel(app, body, now);
  } catch (err) {
    return { outcome: "refused", reason: "message_invalid", providerCode: "" };
  }
}

/** One person's channel (WeCom app, DingTalk work notice, SMS). */
function sendPersonal(app, delivery, now) {
  const ready = prepare(app, delivery, now);
  if (!ready.words) return notNow(app, delivery, ready, now);
  const m = reachMessage(ready.words);
  const body = {
    channel: delivery.getString("channel"),
    target: { mobile: ready.mobile },
    message: { title: m.title, text: m.text, link: m.link, linkLabel: m.linkLabel },
  };
  return applyResult(app, delivery, sendSafely(app, body, now), now);
}

/** One cohort's group robot: every claimed person of the day in one digest (more messages when long). */
function sendDigest(app, deliveries, now) {
  const outcomes = [];
  const entries = [];
  const byId = {};
  let cohort = null;
  for (const delivery of deliveries) {
    const ready = prepare(app, delivery, now);
    if (!ready.words) {
      outcomes.push(notNow(app, delivery, ready, now));
      continue;
    }
    cohort = ready.cohort;
    const m = reachMessage(ready.words);
    byId[delivery.id] = delivery;
    entries.push({
      id: delivery.id,
      mobile: ready.mobile,
      name: ready.words.participantName,
      text: digestEntryText(ready.words),
      link: m.link,
    });
  }
  if (!entries.length) return outcomes;
  const channel = deliveries[0].getString("channel");
  const robot = cohortRobot(app, cohort.id, channel);
  if (!robot) {
    for (const entry of entries) outcomes.push(finish(app, entry.id, "failed", { reason: "channel_not_configured" }));
    return outcomes;
  }
  const target =
    channel === "wecom_robot"
      ? { webhook: robot.getString("credential") }
      : { webhook: robot.getString("credential"), secret: robot.getString("secret") };
  const heading = digestHeading(cohort.getString("locale"), cohort.getString("name"));
  const result = sendSafely(app, { channel, target, digest: { ...heading, entries } }, now);
  const delivered = {};
  for (const id of result.delivered || (result.outcome === "sent" ? entries.map((e) => e.id) : []))
    delivered[id] = true;
  for (const entry of entries) {
    const delivery = byId[entry.id];
    if (delivered[entry.id]) outcomes.push(applyResult(app, delivery, { outcome: "sent", providerId: "" }, now));
    else if (result.outcome === "sent") outcomes.push(finish(app, entry.id, "failed", { reason: "message_invalid" }));
    else outcomes.push(applyResult(app, delivery, result, now));
  }
  return outcomes;
}

/** Asks DingTalk whether sent work notices arrived (at their checkAt); a refusal is recorded as failed. */
function checkNotices(app, now) {
  const { checkDelivery } = require("./channels/index.js");
  const due = app.findRecordsByFilter(
    "channel_deliveries",
    "state = 'sent' && checkAt != '' && checkAt <= {:now}",
    "checkAt",
    BATCH,
    0,
    { now: pbDate(now) },
  );
  for (const delivery of due) {
    const choice = findOrNull(() =>
      app.findFirstRecordByFilter("reach_channels", "participant = {:p} && channel = 'dingtalk_notice'", {
        p: delivery.getString("participant"),
      }),
    );
    const mobile = choice ? choice.getString("mobile") : "";
    // Without the number (consent withdrawn since) there is no one to ask about: it stays sent.
    let result = { outcome: "sent" };
    try {
      if (mobile)
        result = checkDelivery(
          app,
          { channel: "dingtalk_notice", target: { mobile }, providerId: delivery.getString("providerId") },
          now,
        );
    } catch (_) {
      // A task id DingTalk cannot be asked about: the send itself succeeded, so it stays sent.
    }
    const at = result.outcome === "retry-after" ? pbDate(Math.max(result.retryAt || 0, now + 60000)) : "";
    if (result.outcome === "refused")
      exec(
        app,
        "UPDATE channel_deliveries SET state = 'failed', reason = {:r}, providerCode = {:c}, checkAt = '' WHERE id = {:id}",
        {
          id: delivery.id,
          r: String(result.reason || "").slice(0, 60),
          c: String(result.providerCode || "").slice(0, 60),
        },
      );
    else exec(app, "UPDATE channel_deliveries SET checkAt = {:at} WHERE id = {:id}", { id: delivery.id, at });
  }
}

/**
 * Runs `send` for claimed deliveries; if it throws (a record gone in the middle, a bug), they wait
 * RETRY_ON_ERROR_MS instead of stopping the run: the emails after them still go out. The log line
 * names the error's kind only.
 */
function keepRunning(app, deliveries, now, send) {
  try {
    return send();
  } catch (err) {
    console.log(`channel deliveries: a send failed and waits (${String(err && err.name ? err.name : "error")})`);
    return deliveries.map((d) =>
      finish(app, d.id, "retry", { next: pbDate(now + RETRY_ON_ERROR_MS), reason: "provider_unknown_error" }),
    );
  }
}

/** One run: sends every due delivery; returns counts by outcome. */
function sendChannelDeliveries(app, now) {
  const counts = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  const due = app.findRecordsByFilter(
    "channel_deliveries",
    "(state = 'queued' && nextAttemptAt <= {:now}) || (state = 'sending' && leaseUntil < {:now})",
    "nextAttemptAt",
    BATCH,
    0,
    { now: pbDate(now) },
  );
  const digests = {};
  const offsets = {};
  for (const delivery of due) {
    const cohortId = delivery.getString("cohort");
    if (!offsets[cohortId]) offsets[cohortId] = offsetOf(app.findRecordById("cohorts", cohortId).getString("timeZone"));
    const quietUntil = outOfQuietHours(now, offsets[cohortId]);
    if (quietUntil > now) {
      exec(app, "UPDATE channel_deliveries SET nextAttemptAt = {:next} WHERE id = {:id} AND state = 'queued'", {
        id: delivery.id,
        next: pbDate(quietUntil),
      });
      continue;
    }
    if (!claimLease(app, "channel_deliveries", delivery.id, now, LEASE_MS)) continue;
    const channel = delivery.getString("channel");
    if (ROBOT_CHANNELS.indexOf(channel) < 0) {
      counts[keepRunning(app, [delivery], now, () => [sendPersonal(app, delivery, now)])[0]] += 1;
      continue;
    }
    const key = `${delivery.getString("cohort")}|${channel}`;
    (digests[key] = digests[key] || []).push(delivery);
  }
  for (const key of Object.keys(digests)) {
    const group = digests[key];
    for (let i = 0; i < group.length; i += DIGEST_MAX)
      for (const outcome of keepRunning(app, group.slice(i, i + DIGEST_MAX), now, () =>
        sendDigest(app, group.slice(i, i + DIGEST_MAX), now),
      ))
        counts[outcome] += 1;
  }
  checkNotices(app, now);
  return counts;
}

module.exports = { sendChannelDeliveries };
