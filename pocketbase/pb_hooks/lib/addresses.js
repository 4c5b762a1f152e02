// Email addresses: one `addresses` record per normalised address (migration 1764001300), which each
// participant who gave it links to. What an address holds is its owner's: whether they unsubscribed (for
// every cohort) and when they last got a confirmation email. Whether a participation's follow-ups may go
// to it is the participation's own `emailConfirmedAt`: the owner confirmed THAT participation, so a
// stranger who types a confirmed address into another join gets nothing sent (README "Email addresses").
// Nothing here answers differently for a known or an unknown address.
const { normalizeEmail } = require("./generated/contract.js");
const { findOrNull, rows } = require("./db.js");
const { pbDate } = require("./pure/pb-date.js");

function exec(app, sql, params) {
  return app.db().newQuery(sql).bind(params).execute().rowsAffected();
}

/** The address record of `email` (normalised), made when new. Pass a transaction's app inside one. */
function addressOf(app, email) {
  const normal = normalizeEmail(email);
  const found = findOrNull(() => app.findAuthRecordByEmail("addresses", normal));
  if (found) return found;
  const address = new Record(app.findCachedCollectionByNameOrId("addresses"));
  address.setEmail(normal);
  address.set("emailVisibility", false);
  // Addresses never sign in with a password: a hash no password matches spares bcrypt on every join.
  const password = address.getRaw("password");
  password.hash = "!no-password-sign-in";
  address.setRaw("password", password);
  app.save(address);
  return address;
}

/** The email of an address id, or "" when there is none. */
function emailOf(app, addressId) {
  const address = addressId ? findOrNull(() => app.findRecordById("addresses", addressId)) : null;
  return address ? address.email() : "";
}

/**
 * Asks for a confirmation email to the address (the job sends it, at most one a day, never to an
 * unsubscribed address: lib/address-confirmation.js).
 */
function requestConfirmation(app, addressId) {
  if (addressId)
    exec(app, "UPDATE addresses SET confirmRequestedAt = {:now} WHERE id = {:id}", {
      id: addressId,
      now: pbDate(Date.now()),
    });
}

/** Whether this change of a participant gives follow-up consent for an address not yet confirmed. */
function needsConfirmation(participant, original) {
  const given = participant.getBool("followUpConsent") && !(original && original.getBool("followUpConsent"));
  return given && Boolean(participant.getString("address")) && !participant.getString("emailConfirmedAt");
}

/** Someone proved they read the address (its link, or an emailed code): the first time is kept. */
function markAddressProven(app, addressId) {
  exec(app, "UPDATE addresses SET confirmedAt = {:now} WHERE id = {:id} AND confirmedAt = ''", {
    id: addressId,
    now: pbDate(Date.now()),
  });
}

/** The owner of the participant's address confirmed this participation (from the address itself). */
function confirmParticipation(app, participant) {
  if (!participant.getString("emailConfirmedAt")) {
    participant.set("emailConfirmedAt", pbDate(Date.now()));
    app.save(participant);
  }
  markAddressProven(app, participant.getString("address"));
}

const OF_ADDRESS = "participant IN (SELECT id FROM participants WHERE address = {:a})";

/** Unsubscribes the address in every cohort: nothing more is sent to it, and what was queued is skipped. */
function stopAddress(app, addressId) {
  if (!addressId) return;
  exec(app, "UPDATE addresses SET unsubscribedAt = {:now} WHERE id = {:a} AND unsubscribedAt = ''", {
    a: addressId,
    now: pbDate(Date.now()),
  });
  exec(
    app,
    `UPDATE followups SET state = 'skipped', lastError = 'unsubscribed' WHERE state = 'queued' AND ${OF_ADDRESS}`,
    { a: addressId },
  );
}

/** Undoes an unsubscribe (only ever from the address itself); follow-ups still ahead are queued again. */
function resumeAddress(app, addressId) {
  if (!addressId) return;
  const now = pbDate(Date.now());
  exec(app, "UPDATE addresses SET unsubscribedAt = '' WHERE id = {:a}", { a: addressId });
  exec(
    app,
    `UPDATE followups SET state = 'queued', lastError = '' WHERE state = 'skipped' AND lastError = 'unsubscribed'
    AND dueAt >= {:now} AND ${OF_ADDRESS}`,
    { a: addressId, now },
  );
}

/** The participations of an address, newest first, with what the address's owner may see of each. */
function participationsOf(app, addressId) {
  const columns = {
    id: "",
    name: "",
    locale: "",
    joinedAt: "",
    confirmedAt: "",
    followUpConsent: false,
    cohortId: "",
    cohortName: "",
    organization: "",
    cohortLocale: "",
  };
  return rows(
    app,
    columns,
    `SELECT p.id AS id, p.name AS name, p.locale AS locale, p.created AS joinedAt, p.emailConfirmedAt AS confirmedAt,
       p.followUpConsent AS followUpConsent, c.id AS cohortId, c.name AS cohortName, c.organization AS organization, c.locale AS cohortLocale
     FROM participants p JOIN cohorts c ON c.id = p.cohort WHERE p.address = {:a} ORDER BY p.created DESC, p.id`,
    { a: addressId },
  );
}

/**
 * After a participant is deleted: their address goes too when no one else uses it, unless it is
 * unsubscribed (kept, so the unsubscribe still holds if someone types it again).
 */
function forgetUnusedAddress(app, addressId) {
  if (!addressId) return;
  const address = findOrNull(() => app.findRecordById("addresses", addressId));
  if (!address || address.getString("unsubscribedAt")) return;
  const users = app.findRecordsByFilter("participants", "address = {:a}", "", 1, 0, { a: addressId });
  if (!users.length) app.delete(address);
}

module.exports = {
  addressOf,
  emailOf,
  requestConfirmation,
  needsConfirmation,
  markAddressProven,
  confirmParticipation,
  stopAddress,
  resumeAddress,
  participationsOf,
  forgetUnusedAddress,
};
