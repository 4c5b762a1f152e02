// Re-join links: a participant who lost their session (a cleared browser, a borrowed tablet, no mail
// server for a sign-in code) gets it back through a link or QR code their trainer makes on the
// dashboard. Only the cohort's trainer can make one, for one of the cohort's participants. A link works
// once, for REJOIN_MINUTES; making a new one ends the participant's earlier unused one. Only the
// token's sha256 is stored. The token travels in the page's fragment (/rejoin/#t=...) and in a POST
// body, never in a URL the server logs. Unknown tokens count as failed guesses (lib/guess-limit.js,
// scope "token"); a used or expired link is a real link and does not.
const { emailOf } = require("./addresses.js");
const { throwFieldError, throwNotFound } = require("./api-errors.js");
const { requestBody } = require("./body-limit.js");
const { cohortInfo } = require("./cohorts.js");
const { findOrNull, writeTransaction } = require("./db.js");
const { dateMs, pbDate } = require("./pure/pb-date.js");
const { KEEP_USED_MS, REJOIN_MINUTES, TOKEN_PATTERN, linkState } = require("./pure/rejoin-link.js");

/** A new link for participant `participantId` of `cohort` (owned by `trainer`): the token, shown once, and its end. */
function createRejoinLink(app, cohort, trainer, participantId) {
  const participant = findOrNull(() => app.findRecordById("participants", participantId));
  if (!participant || participant.getString("cohort") !== cohort.id) throwNotFound("Participant not found.");
  const now = Date.now();
  const token = $security.randomString(43);
  const expiresAt = pbDate(now + REJOIN_MINUTES * 60 * 1000);
  writeTransaction(app, (tx) => {
    // Old links go (a used one is kept a day, so opening it again still says "used"), and this
    // participant's earlier unused link stops working: only the newest one shown can be used.
    tx.db()
      .newQuery("DELETE FROM rejoin_links WHERE created < {:old}")
      .bind({ old: pbDate(now - KEEP_USED_MS) })
      .execute();
    tx.db()
      .newQuery(
        "UPDATE rejoin_links SET expiresAt = {:now} WHERE participant = {:p} AND usedAt = '' AND expiresAt > {:now}",
      )
      .bind({ p: participant.id, now: pbDate(now) })
      .execute();
    const link = new Record(tx.findCachedCollectionByNameOrId("rejoin_links"));
    link.set("participant", participant.id);
    link.set("trainer", trainer.id);
    link.set("tokenHash", $security.sha256(token));
    link.set("expiresAt", expiresAt);
    tx.save(link);
  });
  return {
    token,
    expiresAt: expiresAt.replace(" ", "T"),
    minutes: REJOIN_MINUTES,
    locale: participant.getString("locale"),
  };
}

/** Trades the token in the request's body for the participant's session (as the join route answers, with the email), once. */
function useRejoinLink(e) {
  const body = requestBody(e, "token");
  const token = body && typeof body.t === "string" ? body.t : "";
  if (!TOKEN_PATTERN.test(token)) throwFieldError(404, "t", "jiannuo_token_invalid");
  const link = findOrNull(() => e.app.findFirstRecordByData("rejoin_links", "tokenHash", $security.sha256(token)));
  if (!link) throwFieldError(404, "t", "jiannuo_token_invalid");
  const now = Date.now();
  const state = linkState(link.getString("usedAt"), dateMs(link.getString("expiresAt")), now);
  if (state === "used") throwFieldError(410, "t", "jiannuo_rejoin_used");
  if (state === "expired") throwFieldError(410, "t", "jiannuo_rejoin_expired");
  // Claimed in one statement: of two devices opening the link at once, only one gets the session.
  const claimed = e.app
    .db()
    .newQuery(
      "UPDATE rejoin_links SET usedAt = {:now}, updated = {:now} WHERE id = {:id} AND usedAt = '' AND expiresAt > {:now}",
    )
    .bind({ id: link.id, now: pbDate(now) })
    .execute()
    .rowsAffected();
  if (claimed !== 1) throwFieldError(410, "t", "jiannuo_rejoin_used");
  const participant = e.app.findRecordById("participants", link.getString("participant"));
  const cohort = e.app.findRecordById("cohorts", participant.getString("cohort"));
  return {
    token: participant.newAuthToken(),
    record: participant,
    cohort: cohortInfo(cohort),
    email: emailOf(e.app, participant.getString("address")),
  };
}

module.exports = { createRejoinLink, useRejoinLink };
