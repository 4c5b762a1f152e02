// Signing in with a code emailed to an address (PocketBase's OTP on the `addresses` collection), then
// choosing which of that address's participations this device becomes (the sign-in page,
// src/islands/signin/). Asking for a code answers alike for known and unknown addresses: PocketBase
// gives an unknown address a made-up otpId and sends nothing, and this file does the same when an
// address has had its share of codes.
const { throwFieldError } = require("./api-errors.js");
const { confirmParticipation, participationsOf, resumeAddress } = require("./addresses.js");
const { cohortInfo } = require("./cohorts.js");
const { findOrNull, rows } = require("./db.js");
const { normalizeEmail } = require("./generated/contract.js");

/** Code emails per address and window: enough to ask again a few times, too few to flood an inbox. */
const CODES_PER_WINDOW = 5;
const CODE_WINDOW_MS = 60 * 60000;
const CODES_PREFIX = "jiannuo:codes:";
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Before PocketBase handles a code request: finds the address in its normalised form (a client may
 * send "Ｌｉｎａ＠Example.com "), and answers like an unknown address once this one had its share.
 */
function beforeCodeRequest(e) {
  if (!e.record) {
    const email = String(e.requestInfo().body.email || "");
    if (email.length <= 320)
      e.record = findOrNull(() => e.app.findAuthRecordByEmail("addresses", normalizeEmail(email)));
  }
  if (e.record && !takeCodePlace(e.record.id)) {
    return e.json(200, { otpId: $security.randomStringWithAlphabet(15, ID_ALPHABET) });
  }
  return e.next();
}

function takeCodePlace(addressId) {
  const now = Date.now();
  let taken = false;
  $app.store().setFunc(CODES_PREFIX + addressId, (old) => {
    const entry = old && old.resetAt > now ? old : { count: 0, resetAt: now + CODE_WINDOW_MS };
    taken = entry.count < CODES_PER_WINDOW;
    return taken ? { count: entry.count + 1, resetAt: entry.resetAt } : entry;
  });
  return taken;
}

/** The language of the code email: that of the address's latest participation. */
function codeMailLocale(app, address) {
  const latest = rows(
    app,
    { locale: "" },
    "SELECT locale FROM participants WHERE address = {:a} ORDER BY created DESC LIMIT 1",
    { a: address.id },
  );
  return latest.length ? latest[0].locale : "";
}

/** GET /api/jiannuo/address/participations: what the signed-in address may choose from. */
function participationsChoice(app, address) {
  const current = app.findRecordById("addresses", address.id);
  return {
    email: current.email(),
    unsubscribed: Boolean(current.getString("unsubscribedAt")),
    participations: participationsOf(app, address.id).map((p) => ({
      id: p.id,
      name: p.name,
      joinedAt: p.joinedAt,
      cohort: { id: p.cohortId, name: p.cohortName, organization: p.organization, locale: p.cohortLocale },
    })),
  };
}

/**
 * POST /api/jiannuo/address/sign-in `{ participant, resume }`: a participant session for one of the
 * address's participations (choosing it confirms it: the code proved the address), and with `resume`
 * the address's unsubscribe undone. Answers like the join route.
 */
function signInAsParticipant(app, address, body) {
  const b = body || {};
  const participant = findOrNull(() => app.findRecordById("participants", String(b.participant || "")));
  if (!participant || participant.getString("address") !== address.id)
    throwFieldError(404, "participant", "jiannuo_token_invalid");
  confirmParticipation(app, participant);
  if (b.resume === true) resumeAddress(app, address.id);
  const cohort = app.findRecordById("cohorts", participant.getString("cohort"));
  const record = app.findRecordById("participants", participant.id);
  return { token: record.newAuthToken(), record, cohort: cohortInfo(cohort), email: address.email() };
}

module.exports = { beforeCodeRequest, codeMailLocale, participationsChoice, signInAsParticipant };
