// Sends confirmation emails (part of the follow-up job, jobs.pb.js): to each address with a
// participation that asked for follow-ups and is not confirmed yet, one email with fixed words and a
// confirm link (pure/confirm-mail.js). At most one a day per address, only for a request newer than
// the last email (so standing joins do not mail anyone daily), and never to an unsubscribed address.
// Each is claimed by an atomic UPDATE, so overlapping runs send it once; a failed send gives the claim
// back and the next run tries again.
const { addressLinkToken, LINK_DAYS } = require("./address-links.js");
const { participationsOf } = require("./addresses.js");
const { rows } = require("./db.js");
const { sendSiteMail } = require("./site-mail.js");
const { mailErrorForLog } = require("./pure/mail-error.js");
const { confirmMail } = require("./pure/confirm-mail.js");
const { pbDate } = require("./pure/pb-date.js");

const DAY_MS = 86400000;
const BATCH = 500;

/** SQL condition: the address (columns prefixed with `a`) is owed a confirmation email now. */
const wantsMail = (a) =>
  `${a}unsubscribedAt = '' AND ${a}confirmRequestedAt > ${a}confirmMailAt AND (${a}confirmMailAt = '' OR ${a}confirmMailAt <= {:dayAgo})`;
const PENDING =
  "EXISTS (SELECT 1 FROM participants p WHERE p.address = a.id AND p.followUpConsent = TRUE AND p.emailConfirmedAt = '')";

function exec(app, sql, params) {
  return app.db().newQuery(sql).bind(params).execute().rowsAffected();
}

/** Sends one claimed confirmation email; returns "sent" or "retry". */
function sendOne(app, address, now) {
  const pending = participationsOf(app, address.id).filter((p) => p.followUpConsent && !p.confirmedAt);
  const newest = pending[0];
  const settings = app.settings();
  const mail = confirmMail({
    locale: newest.locale,
    appUrl: settings.meta.appURL.replace(/\/$/, ""),
    token: addressLinkToken(address, now),
    cohortName: newest.cohortName,
    organization: newest.organization,
    days: LINK_DAYS,
  });
  try {
    sendSiteMail(app, address.email(), mail);
    return "sent";
  } catch (err) {
    console.error(`confirmation email not sent: ${mailErrorForLog(err)}`);
    exec(app, "UPDATE addresses SET confirmMailAt = {:before} WHERE id = {:id}", {
      id: address.id,
      before: address.getString("confirmMailAt"),
    });
    return "retry";
  }
}

/** Sends the confirmation emails that are due; returns how many were sent and how many wait for a retry. */
function sendConfirmations(app, now) {
  const result = { sent: 0, retry: 0 };
  if (!app.settings().smtp.enabled) return result;
  const params = { dayAgo: pbDate(now - DAY_MS), now: pbDate(now) };
  const due = rows(
    app,
    { id: "" },
    `SELECT a.id AS id FROM addresses a WHERE ${wantsMail("a.")} AND ${PENDING} LIMIT ${BATCH}`,
    params,
  );
  for (const { id } of due) {
    const address = app.findRecordById("addresses", id);
    const claimed = exec(app, `UPDATE addresses SET confirmMailAt = {:now} WHERE id = {:id} AND ${wantsMail("")}`, {
      ...params,
      id,
    });
    if (claimed === 1) result[sendOne(app, address, now)] += 1;
  }
  return result;
}

module.exports = { sendConfirmations };
