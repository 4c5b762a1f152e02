// Sends the supervisors' weekly digest (part of the follow-up job, jobs.pb.js): to each supervisor with
// at least one commitment shared with them now, one email a week with their page's link. Each is
// claimed by an atomic UPDATE of `digestAt`, so overlapping runs send it once; consent is checked again
// after the claim, right before sending; a failed send gives the claim back and the next run tries again
// with the same token (its series changes only once the link has expired).
const { rows } = require("./db.js");
const { mailErrorForLog } = require("./pure/mail-error.js");
const { pbDate } = require("./pure/pb-date.js");
const { isLinkLive } = require("./pure/answer-link.js");
const { SUPERVISOR_LINK_DAYS, huddlePrompt, isoWeek } = require("./pure/supervisor-input.js");
const { supervisorMail } = require("./pure/supervisor-mail.js");

const DAY_MS = 86400000;
const BATCH = 200;
const OWED = "s.stoppedAt = '' AND (s.digestAt = '' OR s.digestAt <= {:weekAgo})";
const SHARING = `EXISTS (SELECT 1 FROM supervisor_links l JOIN supervisor_shares sh ON sh.link = l.id
  WHERE l.supervisor = s.id AND l.state = 'active' AND sh.consent = TRUE)`;

function exec(app, sql, params) {
  return app.db().newQuery(sql).bind(params).execute().rowsAffected();
}

/** What is shared with a supervisor now: people, commitments, and the name the latest of them used. */
function sharedNow(app, supervisorId) {
  return rows(
    app,
    { people: 0, commitments: 0, name: "" },
    `SELECT COUNT(DISTINCT l.participant) AS people, COUNT(*) AS commitments,
       (SELECT l2.name FROM supervisor_links l2 WHERE l2.supervisor = {:s} AND l2.state = 'active' ORDER BY l2.updated DESC LIMIT 1) AS name
     FROM supervisor_links l JOIN supervisor_shares sh ON sh.link = l.id
     WHERE l.supervisor = {:s} AND l.state = 'active' AND sh.consent = TRUE`,
    { s: supervisorId },
  )[0];
}

/** Sends one claimed digest; returns "sent", "skipped" (nothing shared any more), "retry" or "failed" (next week). */
function sendOne(app, id, before, now) {
  const supervisor = app.findRecordById("supervisors", id);
  const shared = sharedNow(app, id);
  if (!shared || !shared.commitments) return "skipped";
  if (!supervisor.getString("tokenSeries") || !isLinkLive(supervisor.getString("tokenExpiresAt"), now))
    supervisor.set("tokenSeries", $security.randomString(32));
  const { supervisorToken } = require("./supervisor-page.js");
  const token = supervisorToken(app, supervisor);
  supervisor.set("tokenHash", $security.sha256(token));
  supervisor.set("tokenExpiresAt", pbDate(now + SUPERVISOR_LINK_DAYS * DAY_MS));
  app.save(supervisor);
  const settings = app.settings();
  const mail = supervisorMail({
    locale: supervisor.getString("locale"),
    appUrl: settings.meta.appURL.replace(/\/$/, ""),
    token,
    name: shared.name,
    people: shared.people,
    commitments: shared.commitments,
    prompt: huddlePrompt(isoWeek(now)),
    days: SUPERVISOR_LINK_DAYS,
  });
  const channel = supervisor.getString("channel") || "email";
  const outcome =
    channel === "email" ? sendByEmail(app, supervisor, mail) : sendByApp(app, supervisor, channel, mail, now);
  if (outcome === "retry") exec(app, "UPDATE supervisors SET digestAt = {:before} WHERE id = {:id}", { id, before });
  return outcome;
}

function sendByEmail(app, supervisor, mail) {
  try {
    require("./site-mail.js").sendSiteMail(app, supervisor.getString("contact"), mail);
    return "sent";
  } catch (err) {
    console.error(`supervisor digest not sent: ${mailErrorForLog(err)}`);
    return "retry";
  }
}

/**
 * The digest as a WeCom text card or a DingTalk work notification to the supervisor's mobile number
 * (lib/channels/). A provider's limit or outage is tried again on the next run; a definite refusal (not
 * in the company's directory) or a setting to fix waits for next week, with the reason in the log.
 */
function sendByApp(app, supervisor, channel, mail, now) {
  const { sendToChannel } = require("./channels/index.js");
  let result;
  try {
    result = sendToChannel(
      app,
      { channel, target: { mobile: supervisor.getString("contact") }, message: mail.message },
      now,
    );
  } catch (_) {
    result = { outcome: "refused", reason: "message_invalid" };
  }
  if (result.outcome === "sent") return "sent";
  if (result.outcome === "retry-after") return "retry";
  console.error(`supervisor digest not sent through ${channel}: ${result.reason} ${result.providerCode || ""}`);
  return "failed";
}

/** Forgets supervisors nobody names any more, then sends the digests that are due; returns how many were sent, skipped and wait for a retry. */
function sendSupervisorDigests(app, now) {
  const result = { sent: 0, skipped: 0, retry: 0, failed: 0 };
  // A supervisor no participant names any more (their participations were deleted) is forgotten: their
  // email was kept only for those participants.
  exec(
    app,
    "DELETE FROM supervisors WHERE NOT EXISTS (SELECT 1 FROM supervisor_links l WHERE l.supervisor = supervisors.id)",
    {},
  );
  const emailOn = app.settings().smtp.enabled;
  const params = { weekAgo: pbDate(now - 7 * DAY_MS), now: pbDate(now), emailOn };
  const due = rows(
    app,
    { id: "", digestAt: "" },
    `SELECT s.id, s.digestAt FROM supervisors s WHERE ${OWED} AND ${SHARING} AND (s.channel != 'email' OR {:emailOn})
     LIMIT ${BATCH}`,
    params,
  );
  for (const { id, digestAt } of due) {
    const claimed = exec(
      app,
      `UPDATE supervisors SET digestAt = {:now} WHERE id = {:id} AND ${OWED.replace(/s\./g, "")}`,
      {
        ...params,
        id,
      },
    );
    if (claimed === 1) result[sendOne(app, id, digestAt, now)] += 1;
  }
  return result;
}

module.exports = { sendSupervisorDigests };
