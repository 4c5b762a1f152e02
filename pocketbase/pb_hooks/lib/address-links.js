// The link in a confirmation email and the page it opens (/confirm/, POST /api/jiannuo/confirm): whoever
// holds it can read that address's mail, so the page lets them confirm the participations that gave
// the address, stop every email to it, or undo that stop.
//
// The token is the address id, the time the email was made and an HMAC of both keyed by the address's
// own token key (PocketBase keeps one per auth record, hidden). So every confirmation email's link works
// for LINK_DAYS from that email, an earlier email's link keeps working after a later one is sent (the
// owner may open either), and nothing needs storing per email. The token travels in the URL fragment,
// so it never reaches a request log.
const { throwFieldError } = require("./api-errors.js");
const { confirmParticipation, participationsOf, resumeAddress, stopAddress } = require("./addresses.js");
const { findOrNull } = require("./db.js");

const LINK_DAYS = 30;
const TOKEN_PATTERN = /^([a-z0-9]{15})([0-9a-z]{7})([0-9a-f]{32})$/;

function mac(address, issued) {
  return $security.hs256(`jiannuo-address-link|${address.id}|${issued}`, address.tokenKey()).slice(0, 32);
}

/** The token of a confirmation email made at `nowMs` for `address`. */
function addressLinkToken(address, nowMs) {
  const issued = Math.floor(nowMs / 1000)
    .toString(36)
    .padStart(7, "0");
  return `${address.id}${issued}${mac(address, issued)}`;
}

/** The address a link token belongs to; 404 when unknown or altered, 410 when older than LINK_DAYS (unless allowExpired). */
function addressOfLinkToken(app, token, allowExpired) {
  const parts = typeof token === "string" ? TOKEN_PATTERN.exec(token) : null;
  const address = parts ? findOrNull(() => app.findRecordById("addresses", parts[1])) : null;
  if (!address || !$security.equal(mac(address, parts[2]), parts[3]))
    throwFieldError(404, "t", "jiannuo_token_invalid");
  const issuedMs = parseInt(parts[2], 36) * 1000;
  if (!allowExpired && Date.now() > issuedMs + LINK_DAYS * 86400000) throwFieldError(410, "t", "jiannuo_token_expired");
  return address;
}

/** What the page shows: whether the address is unsubscribed, and the participations that gave it. */
function linkView(app, address) {
  return {
    unsubscribed: Boolean(address.getString("unsubscribedAt")),
    // Cohort names and times only: nothing a participant wrote (a stranger may have typed this address).
    participations: participationsOf(app, address.id).map((p) => ({
      id: p.id,
      cohort: { name: p.cohortName, organization: p.organization },
      joinedAt: p.joinedAt,
      confirmed: Boolean(p.confirmedAt),
      followUpConsent: p.followUpConsent,
    })),
  };
}

/**
 * POST /api/jiannuo/confirm `{ t, action, participant }`: "view" (the default) changes nothing; "confirm"
 * confirms one participation of the address; "stop" unsubscribes it everywhere; "resume" undoes that.
 * Stopping works with an expired link too, like the unsubscribe links of follow-ups.
 */
function confirmLinkAction(app, body) {
  const b = body || {};
  const action = b.action || "view";
  if (["view", "confirm", "stop", "resume"].indexOf(action) < 0)
    throwFieldError(400, "action", "validation_invalid_value");
  const address = addressOfLinkToken(app, b.t, action === "stop");
  if (action === "confirm") {
    const participant = findOrNull(() => app.findRecordById("participants", String(b.participant || "")));
    if (!participant || participant.getString("address") !== address.id)
      throwFieldError(404, "participant", "jiannuo_token_invalid");
    confirmParticipation(app, participant);
  } else if (action === "stop") {
    stopAddress(app, address.id);
  } else if (action === "resume") {
    resumeAddress(app, address.id);
  }
  return linkView(app, app.findRecordById("addresses", address.id));
}

module.exports = { addressLinkToken, addressOfLinkToken, confirmLinkAction, LINK_DAYS };
