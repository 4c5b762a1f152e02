// Follow-up answer tokens. A follow-up's token is derived from the server's link secret and the
// follow-up's id, so every attempt at sending the same email carries the same token (a resend after a
// crash leaves both copies working); only its sha256 is stored on the follow-up. A link works for
// LINK_DAYS from the latest sending of its email (unsubscribing works even after that) and answers
// only the commitments that email showed (pure/answer-link.js).
const { throwFieldError } = require("./api-errors.js");
const { findOrNull } = require("./db.js");
const { TOKEN_PATTERN, isLinkLive, showsCommitment, tokenOfDigest } = require("./pure/answer-link.js");

const SECRET_NAME = "followup-links";

/**
 * The server's secret for answer tokens, made on first use. It lives in the superuser-only
 * `server_secrets` collection, so a backup restores working links; deleting it ends every link sent.
 */
function linkSecret(app) {
  const find = () => findOrNull(() => app.findFirstRecordByData("server_secrets", "name", SECRET_NAME));
  const existing = find();
  if (existing) return existing.getString("value");
  const record = new Record(app.findCachedCollectionByNameOrId("server_secrets"));
  record.set("name", SECRET_NAME);
  record.set("value", $security.randomString(64));
  try {
    app.save(record);
  } catch (_) {
    // Made by an overlapping run at the same moment (the unique index refused ours): use that one.
  }
  return find().getString("value");
}

/** The answer token of a follow-up: the same for every attempt at sending it. */
function followupToken(app, followupId) {
  return tokenOfDigest($security.hs256(`followup:${followupId}`, linkSecret(app)));
}

/** The follow-up a well-formed token belongs to, or null. */
function findFollowupByToken(app, token) {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  return findOrNull(() => app.findFirstRecordByData("followups", "tokenHash", $security.sha256(token)));
}

/** The follow-up a token belongs to; throws a 404 (unknown) or a 410 (expired, unless allowExpired). */
function followupOfToken(app, token, allowExpired) {
  const followup = findFollowupByToken(app, token);
  if (!followup) throwFieldError(404, "t", "jiannuo_token_invalid");
  if (!allowExpired && !isLinkLive(followup.getString("tokenExpiresAt"), Date.now()))
    throwFieldError(410, "t", "jiannuo_token_expired");
  return followup;
}

/** Whether the follow-up's email asked about this commitment (only those can be answered with its token). */
function followupShows(followup, commitmentId) {
  return showsCommitment(followup.getString("shownCommitments"), commitmentId);
}

/**
 * Whether `token` answers, at `nowMs`, each of `commitmentIds` as the follow-up `followupId`: the
 * sender's last check, made with the answer route's own rules, before an email leaves.
 */
function linkAnswers(app, token, followupId, commitmentIds, nowMs) {
  const followup = findFollowupByToken(app, token);
  return Boolean(
    followup &&
    followup.id === followupId &&
    isLinkLive(followup.getString("tokenExpiresAt"), nowMs) &&
    commitmentIds.every((id) => followupShows(followup, id)),
  );
}

module.exports = { followupOfToken, followupShows, followupToken, linkAnswers, linkSecret };
