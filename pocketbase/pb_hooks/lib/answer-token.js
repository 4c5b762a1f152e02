// Follow-up answer tokens: random, stored only as a sha256 hash on the follow-up they came with, and
// valid until 30 days after the cohort's last follow-up (unsubscribing works even after that).
const { throwFieldError } = require("./api-errors.js");
const { findOrNull } = require("./db.js");
const { dateMs } = require("./pure/pb-date.js");

/** The follow-up a token belongs to; throws a 404 (unknown) or a 410 (expired, unless allowExpired). */
function followupOfToken(app, token, allowExpired) {
  if (typeof token !== "string" || !/^[A-Za-z0-9]{43}$/.test(token)) throwFieldError(404, "t", "jiannuo_token_invalid");
  const followup = findOrNull(() => app.findFirstRecordByData("followups", "tokenHash", $security.sha256(token)));
  if (!followup) throwFieldError(404, "t", "jiannuo_token_invalid");
  if (!allowExpired && !(dateMs(followup.getString("tokenExpiresAt")) > Date.now()))
    throwFieldError(410, "t", "jiannuo_token_expired");
  return followup;
}

module.exports = { followupOfToken };
