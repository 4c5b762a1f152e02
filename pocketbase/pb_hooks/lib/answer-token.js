// Follow-up answer tokens: random, stored only as a sha256 hash on the follow-up they came with, and
// valid until 30 days after the cohort's last follow-up (unsubscribing works even after that).

/** The follow-up a token belongs to; throws a 404 (unknown) or a 410 (expired, unless allowExpired). */
function followupOfToken(app, token, allowExpired) {
  const invalid = () => new ApiError(404, "This link is not valid.", { t: new ValidationError("jiannuo_token_invalid", "This link is not valid.") });
  if (typeof token !== "string" || !/^[A-Za-z0-9]{43}$/.test(token)) throw invalid();
  let followup;
  try {
    followup = app.findFirstRecordByData("followups", "tokenHash", $security.sha256(token));
  } catch (_) {
    throw invalid();
  }
  const expires = Date.parse(followup.getString("tokenExpiresAt").replace(" ", "T"));
  if (!allowExpired && !(expires > Date.now())) {
    throw new ApiError(410, "This link has expired.", { t: new ValidationError("jiannuo_token_expired", "This link has expired.") });
  }
  return followup;
}

module.exports = { followupOfToken };
