// Sends due follow-ups exactly once in normal operation: each is claimed with a lease (an atomic
// UPDATE that only one run can win), sent, then recorded. A run that dies after claiming leaves a
// lease that expires; a failed send is retried with backoff and its error kept. Consent is checked
// again right before sending. Without SMTP nothing is claimed: follow-ups wait in the outbox. Only a
// mail server's definite refusal ends in `failed` (after MAX_ATTEMPTS); while it is unreachable the
// follow-up waits, retried at most every 6 hours, for as long as the outage lasts.
// SMTP delivery is at least once: a crash after the mail server took an email and before it was
// recorded sends it again once the lease expires. Its answer token is the same (lib/answer-token.js),
// so both copies work. Missed follow-ups collapse into the latest round (pure/followup-plan.js).
// A participant's follow-ups due together go out as one email; a cadence's touch (lib/cadence-touches.js)
// waits out the quiet hours and a local day that already had an email.
const { followupToken, linkAnswers } = require("./answer-token.js");
const { CADENCE_KINDS, offsetOf, scheduleTouches } = require("./cadence-touches.js");
const { CAN_BE_EMAILED, OPEN_COMMITMENT, claimLease, followUpAddress, queueFollowup } = require("./db.js");
const { localDay, nextDaySend, outOfQuietHours } = require("./pure/cadence.js");
const { linkExpiry, mergeShown } = require("./pure/answer-link.js");
const { followUpMail } = require("./pure/followup-mail.js");
const { followUpPlan, supersedingRound, retryDelayMs, isPermanentMailError } = require("./pure/followup-plan.js");
const { mailErrorForLog } = require("./pure/mail-error.js");
const { dateMs, pbDate } = require("./pure/pb-date.js");

const MAX_ATTEMPTS = 8;
/** Why a missed follow-up was not sent (the dashboard's delivery log words it: FollowUpLog.tsx). */
const SUPERSEDED = "superseded by a later round";
const LEASE_MS = 5 * 60000;
const BATCH = 500;

/** What the plan needs of a cohort: its last day and its follow-up days. */
function scheduleOf(cohort) {
  return { endsOn: cohort.getString("endsOn"), followUpDays: JSON.parse(toString(cohort.get("followUpDays")) || "[]") };
}

function exec(app, sql, params) {
  return app.db().newQuery(sql).bind(params).execute().rowsAffected();
}

/** Creates the follow-up records the plan asks for and that do not exist yet. */
function scheduleFollowups(app) {
  let created = 0;
  for (const cohort of app.findRecordsByFilter("cohorts", "endsOn != ''", "", 0, 0)) {
    // Those who may be emailed, and those who chose another channel (lib/reach-planner.js sends those).
    const participants = app.findRecordsByFilter(
      "participants",
      `cohort = {:c} && ((${CAN_BE_EMAILED}) || reach_channels_via_participant.consent ?= true)`,
      "",
      0,
      0,
      { c: cohort.id },
    );
    if (!participants.length) continue;
    const commitments = app
      // A commitment with a cadence has its own touches instead of a date reminder.
      .findRecordsByFilter("commitments", "cohort = {:c} && cadence = ''", "", 0, 0, { c: cohort.id })
      .map((k) => ({
        id: k.id,
        participant: k.getString("participant"),
        dueOn: k.getString("dueOn"),
        status: k.getString("status"),
      }));
    const plan = followUpPlan(
      scheduleOf(cohort),
      participants.map((p) => ({ id: p.id })),
      commitments,
    );
    const existing = {};
    for (const f of app.findRecordsByFilter("followups", "cohort = {:c}", "", 0, 0, { c: cohort.id })) {
      existing[
        [f.getString("participant"), f.getString("kind"), f.getInt("round"), f.getString("commitment")].join("|")
      ] = true;
    }
    for (const item of plan) {
      if (existing[[item.participant, item.kind, item.round, item.commitment].join("|")]) continue;
      const queued = queueFollowup(app, {
        participant: item.participant,
        cohort: cohort.id,
        kind: item.kind,
        round: item.round,
        commitment: item.commitment,
        dueAt: item.dueAt,
      });
      if (queued) created += 1;
    }
  }
  return created;
}

/** Wins the follow-up for this run, or returns false when another run has it or it is not due. */
function claim(app, id, now) {
  return claimLease(app, "followups", id, now, LEASE_MS);
}

function finish(app, id, state, fields) {
  exec(
    app,
    `UPDATE followups SET state = {:state}, sentAt = {:sentAt}, lastError = {:error}, nextAttemptAt = {:next}, leaseUntil = '' WHERE id = {:id}`,
    { id, state, sentAt: fields.sentAt || "", error: fields.error || "", next: fields.next || "" },
  );
}

/**
 * The commitments a follow-up asks about; empty means there is nothing to ask. A date reminder and a
 * cadence's touch or nudge ask about their commitment while it is open, a "still doing it?" check about
 * its commitment done; a round asks about the open commitments that have no cadence of their own.
 */
function openCommitments(app, followup, participant) {
  const kind = followup.getString("kind");
  if (kind !== "round") {
    return app.findRecordsByFilter(
      "commitments",
      `id = {:k} && ${kind === "still" ? "status = 'done'" : OPEN_COMMITMENT}`,
      "",
      0,
      0,
      { k: followup.getString("commitment") },
    );
  }
  return app.findRecordsByFilter(
    "commitments",
    `participant = {:p} && cohort = {:c} && cadence = '' && ${OPEN_COMMITMENT}`,
    "created",
    0,
    0,
    { p: participant.id, c: followup.getString("cohort") },
  );
}

/** The later round that replaces this follow-up, which then is not sent, or null. */
function replacingRound(app, followup, now) {
  // A cadence's touches collapse when they are scheduled (lib/cadence-touches.js), not here.
  if (CADENCE_KINDS.indexOf(followup.getString("kind")) >= 0) return null;
  const rounds = app.findRecordsByFilter(
    "followups",
    "participant = {:p} && cohort = {:c} && kind = 'round'",
    "",
    0,
    0,
    { p: followup.getString("participant"), c: followup.getString("cohort") },
  );
  return supersedingRound(
    { kind: followup.getString("kind"), round: followup.getInt("round"), dueAt: followup.getString("dueAt") },
    rounds.map((r) => ({
      round: r.getInt("round"),
      dueAt: r.getString("dueAt"),
      state: r.getString("state"),
      sentAt: r.getString("sentAt"),
    })),
    now,
  );
}

/**
 * Gives the claimed follow-up its answer link and returns the token: the same token at every attempt,
 * valid for LINK_DAYS from now, answering the commitments this email shows (and those an earlier
 * attempt showed, whose copy may have arrived). Null when the link would not answer them: then
 * nothing is sent.
 */
function issueLink(app, followup, commitments, now) {
  const token = followupToken(app, followup.id);
  const ids = commitments.map((k) => k.id);
  exec(
    app,
    "UPDATE followups SET tokenHash = {:hash}, tokenExpiresAt = {:expires}, shownCommitments = {:shown} WHERE id = {:id}",
    {
      id: followup.id,
      hash: $security.sha256(token),
      expires: linkExpiry(now),
      shown: JSON.stringify(mergeShown(followup.getString("shownCommitments"), ids)),
    },
  );
  return linkAnswers(app, token, followup.id, ids, now) ? token : null;
}

/** Why a follow-up is not emailed: no consent at all, or consent to other channels only (lib/reach-sender.js sends those). */
function withoutEmail(app, participant) {
  const chosen = app.findRecordsByFilter("reach_channels", "participant = {:p} && consent = true", "", 1, 0, {
    p: participant.id,
  });
  return chosen.length ? "other channels only" : "no consent";
}

/** Puts a claimed follow-up back in the queue until `next`, without counting the claim as an attempt. */
function putBack(app, id, next) {
  exec(
    app,
    "UPDATE followups SET state = 'queued', leaseUntil = '', nextAttemptAt = {:next}, attempts = MAX(attempts - 1, 0) WHERE id = {:id}",
    { id, next: pbDate(next) },
  );
}

/**
 * When a cadence's follow-up may go out instead of now, or 0 for now: out of the quiet hours, and not
 * on a local day the participant already had an email (one email a day; what falls due together goes
 * out together). Rounds and date reminders keep their own timing.
 */
function cadenceHold(app, followup, participant, offset, now) {
  if (CADENCE_KINDS.indexOf(followup.getString("kind")) < 0) return 0;
  const quietUntil = outOfQuietHours(now, offset);
  if (quietUntil > now) return quietUntil;
  const today = localDay(now, offset);
  const sent = app.findRecordsByFilter(
    "followups",
    "participant = {:p} && state = 'sent' && sentAt >= {:since}",
    "",
    0,
    0,
    { p: participant.id, since: pbDate(now - 86400000 * 2) },
  );
  return sent.some((f) => localDay(dateMs(f.getString("sentAt")), offset) === today) ? nextDaySend(now, offset) : 0;
}

/**
 * Sends one participant's claimed follow-ups as ONE email asking about all their commitments, and records
 * what happened to each. The answer link is the follow-up with the latest day's (so from day 45 on the
 * check-in page asks the isolation question); the others are recorded as sent with it.
 */
function sendClaimedTogether(app, claimed, now) {
  const outcomes = [];
  const done = (f, state, fields, outcome) => {
    finish(app, f.id, state, fields);
    outcomes.push(outcome);
  };
  const live = [];
  for (const f of claimed) {
    if (replacingRound(app, f, now) !== null) done(f, "skipped", { error: SUPERSEDED }, "skipped");
    else live.push(f);
  }
  if (!live.length) return outcomes;
  const participant = app.findRecordById("participants", live[0].getString("participant"));
  const to = followUpAddress(app, participant);
  if (to === "") {
    const why = withoutEmail(app, participant);
    for (const f of live) done(f, "skipped", { error: why }, "skipped");
    return outcomes;
  }
  const cohort = app.findRecordById("cohorts", live[0].getString("cohort"));
  const offset = offsetOf(cohort.getString("timeZone"));
  const asking = [];
  const commitments = [];
  const seen = {};
  for (const f of live) {
    const hold = cadenceHold(app, f, participant, offset, now);
    if (hold) {
      putBack(app, f.id, hold);
      outcomes.push("retry");
      continue;
    }
    const mine = openCommitments(app, f, participant);
    if (!mine.length) {
      done(f, "skipped", { error: "no open commitments" }, "skipped");
      continue;
    }
    asking.push(f);
    for (const k of mine)
      if (!seen[k.id]) {
        seen[k.id] = true;
        commitments.push(k);
      }
  }
  if (!asking.length) return outcomes;
  let primary = asking[0];
  for (const f of asking) if (f.getInt("round") > primary.getInt("round")) primary = f;
  const trainer = app.findRecordById("trainers", cohort.getString("trainer"));
  const token = issueLink(app, primary, commitments, now);
  if (!token) {
    for (const f of asking)
      done(
        f,
        "queued",
        { error: "answer link not ready", next: pbDate(now + retryDelayMs(f.getInt("attempts") + 1)) },
        "retry",
      );
    return outcomes;
  }
  const settings = app.settings();
  const mail = followUpMail({
    locale: participant.getString("locale"),
    kind: primary.getString("kind"),
    appUrl: settings.meta.appURL.replace(/\/$/, ""),
    token,
    participantName: participant.getString("name"),
    trainerName: trainer.getString("name"),
    cohortName: cohort.getString("name"),
    commitments: commitments.map((k) => ({ id: k.id, action: k.getString("action"), trigger: k.getString("trigger") })),
  });
  try {
    app.newMailClient().send(
      new MailerMessage({
        from: { address: settings.meta.senderAddress, name: `${trainer.getString("name")} · 践诺 Jiannuo` },
        to: [{ address: to, name: participant.getString("name") }],
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
      }),
    );
  } catch (err) {
    const error = mailErrorForLog(err); // the trainer reads it: no addresses
    for (const f of asking) {
      const attempts = f.getInt("attempts") + 1;
      if (attempts >= MAX_ATTEMPTS && isPermanentMailError(error)) done(f, "failed", { error }, "retry");
      else done(f, "queued", { error, next: pbDate(now + retryDelayMs(attempts)) }, "retry");
    }
    return outcomes;
  }
  for (const f of asking) done(f, "sent", { sentAt: pbDate(now) }, "sent");
  return outcomes;
}

/**
 * One run of the job: schedule, send what is due through the channels participants chose beyond email
 * (lib/reach-planner.js, lib/reach-sender.js), then the emails (of one cohort only, when given).
 */
function runFollowups(app, now, cohortId) {
  const scheduled = scheduleFollowups(app) + scheduleTouches(app, now);
  const planned = require("./reach-planner.js").planChannelDeliveries(app, now);
  const channels = Object.assign({ planned }, require("./reach-sender.js").sendChannelDeliveries(app, now));
  const result = { scheduled, sent: 0, skipped: 0, retry: 0, smtp: app.settings().smtp.enabled, channels };
  if (!result.smtp) return result;
  const due = app.findRecordsByFilter(
    "followups",
    `((state = 'queued' && nextAttemptAt <= {:now}) || (state = 'sending' && leaseUntil < {:now}))${cohortId ? " && cohort = {:cohort}" : ""}`,
    "dueAt",
    BATCH,
    0,
    { now: pbDate(now), cohort: cohortId || "" },
  );
  // One email a participant: everything of theirs that is due goes out together. Each participant's are
  // claimed right before they are sent, so a long batch does not outlive its leases.
  const byParticipant = {};
  for (const followup of due) {
    const p = followup.getString("participant");
    (byParticipant[p] = byParticipant[p] || []).push(followup);
  }
  for (const p of Object.keys(byParticipant)) {
    const claimed = byParticipant[p].filter((followup) => claim(app, followup.id, now));
    for (const outcome of sendClaimedTogether(app, claimed, now)) result[outcome] += 1;
  }
  return result;
}

/** Brings the cohort's next round forward to now and sends it; returns the run's result and the round. */
function sendNextRoundNow(app, cohortId, now) {
  scheduleFollowups(app);
  const next = app.findRecordsByFilter(
    "followups",
    "cohort = {:c} && kind = 'round' && state = 'queued'",
    "round",
    1,
    0,
    { c: cohortId },
  );
  if (!next.length) return { round: null, ...runFollowups(app, now, cohortId) };
  const round = next[0].getInt("round");
  exec(
    app,
    "UPDATE followups SET nextAttemptAt = {:now} WHERE cohort = {:c} AND kind = 'round' AND round = {:r} AND state = 'queued'",
    { c: cohortId, r: round, now: pbDate(now) },
  );
  return { round, ...runFollowups(app, now, cohortId) };
}

module.exports = { runFollowups, scheduleFollowups, sendNextRoundNow, claim, issueLink, openCommitments };
