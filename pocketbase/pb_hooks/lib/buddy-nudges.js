// The weekly nudge to encourage (part of the follow-up job, jobs.pb.js): each buddy who consented and
// has a consented partner gets one email a week (buddy_nudges, unique per participant and week, so
// overlapping runs plan it once). A run claims each due nudge by lease (db.js claimLease), checks
// consent and the address again at sending, and gives it back with a later attempt when the mail
// server fails; after MAX_ATTEMPTS it is skipped, as is one whose consent or address went away.
const { claimLease, followUpAddress, rows } = require("./db.js");
const { consentedPartners } = require("./buddies.js");
const { mailErrorForLog } = require("./pure/mail-error.js");
const { nudgeMail, weekOf } = require("./pure/buddies.js");
const { pbDate } = require("./pure/pb-date.js");
const { sendSiteMail } = require("./site-mail.js");

const LEASE_MS = 10 * 60000;
const RETRY_MS = 30 * 60000;
const MAX_ATTEMPTS = 5;
const BATCH = 200;

function finish(app, id, fields) {
  app
    .db()
    .newQuery(
      "UPDATE buddy_nudges SET state = {:state}, sentAt = {:sentAt}, lastError = {:error}, nextAttemptAt = {:next}, leaseUntil = '' WHERE id = {:id}",
    )
    .bind({ id, sentAt: "", error: "", next: "", ...fields })
    .execute();
}

/**
 * Plans this week's nudges: one per consented buddy with a consented partner who may be emailed now (the
 * SQL of db.js CAN_BE_EMAILED: nobody else gets a row, even a skipped one), once.
 */
function planNudges(app, now) {
  return app
    .db()
    .newQuery(
      `INSERT OR IGNORE INTO buddy_nudges (id, participant, cohort, week, state, attempts, nextAttemptAt, leaseUntil, sentAt, lastError, created, updated)
       SELECT substr(lower(hex(randomblob(8))), 1, 15), m.participant, m.cohort, {:week}, 'queued', 0, {:now}, '', '', '', {:now}, {:now}
       FROM buddy_members m JOIN participants p ON p.id = m.participant
       JOIN addresses a ON a.id = p.address
       WHERE m.consentAt != '' AND p.followUpConsent = TRUE AND p.emailConfirmedAt != '' AND a.unsubscribedAt = ''
       AND EXISTS (SELECT 1 FROM buddy_members o WHERE o.pair = m.pair AND o.id != m.id AND o.consentAt != '')`,
    )
    .bind({ week: weekOf(now), now: pbDate(now) })
    .execute()
    .rowsAffected();
}

/** Sends one claimed nudge: "sent", "skipped" (consent or address gone) or "retry". */
function sendOne(app, nudge, now) {
  const participant = app.findRecordById("participants", nudge.participant);
  const partners = consentedPartners(app, participant.id);
  const address = followUpAddress(app, participant);
  if (!partners.length || !address || nudge.week !== weekOf(now)) {
    finish(app, nudge.id, { state: "skipped" });
    return "skipped";
  }
  const mail = nudgeMail({
    locale: participant.getString("locale"),
    appUrl: app.settings().meta.appURL.replace(/\/$/, ""),
    name: participant.getString("name"),
    partners: partners.map((p) => p.name),
  });
  try {
    sendSiteMail(app, address, mail);
    finish(app, nudge.id, { state: "sent", sentAt: pbDate(now) });
    return "sent";
  } catch (err) {
    const error = mailErrorForLog(err);
    console.error(`buddy nudge not sent: ${error}`);
    const last = nudge.attempts + 1 >= MAX_ATTEMPTS;
    finish(app, nudge.id, { state: last ? "skipped" : "queued", error, next: last ? "" : pbDate(now + RETRY_MS) });
    return last ? "skipped" : "retry";
  }
}

/** Plans and sends the nudges that are due; answers the counts. */
function runBuddyNudges(app, now) {
  const result = { planned: 0, sent: 0, skipped: 0, retry: 0 };
  if (!app.settings().smtp.enabled) return result;
  result.planned = planNudges(app, now);
  const due = rows(
    app,
    { id: "", participant: "", week: "", attempts: 0 },
    `SELECT id, participant, week, attempts FROM buddy_nudges
     WHERE (state = 'queued' AND nextAttemptAt <= {:now}) OR (state = 'sending' AND leaseUntil < {:now}) LIMIT ${BATCH}`,
    { now: pbDate(now) },
  );
  for (const nudge of due) {
    if (claimLease(app, "buddy_nudges", nudge.id, now, LEASE_MS)) result[sendOne(app, nudge, now)] += 1;
  }
  return result;
}

module.exports = { runBuddyNudges, MAX_ATTEMPTS };
