// Reading PocketBase's database from hooks: rows of a query, one number, a record or null, and the
// filters several places share, so each rule is written once. (Dates in PocketBase's format are in
// pure/pb-date.js, kept pure so the pure modules read them the same way.)
const { OPEN_STATUSES } = require("./pure/followup-plan.js");

/** Runs a query and returns plain objects with the given columns (name → zero value). */
function rows(app, columns, sql, params) {
  const result = arrayOf(new DynamicModel(columns));
  app
    .db()
    .newQuery(sql)
    .bind(params || {})
    .all(result);
  return result.map((row) => JSON.parse(JSON.stringify(row)));
}

/** The number a query selects `AS n` (a count, a maximum). */
function scalar(app, sql, params) {
  const row = new DynamicModel({ n: 0 });
  app
    .db()
    .newQuery(sql)
    .bind(params || {})
    .one(row);
  return row.n;
}

/** What a PocketBase find (findRecordById, findFirstRecordByData ...) returns, or null where it throws for no match. */
function findOrNull(find) {
  try {
    return find();
  } catch (_) {
    return null;
  }
}

/**
 * Runs `fn(tx)` in a transaction that holds SQLite's write lock from its first statement, and returns
 * what `fn` returns. Use it for every transaction that writes. PocketBase's own transactions start
 * deferred: one that reads first keeps the snapshot of that read, and if another process (Litestream,
 * docs/OPERATIONS.md §3) commits before the first write, that write can never succeed ("database is
 * locked (517)"), and PocketBase's statement retries only spend 7 s before failing the request, with
 * its one writing connection held. A no-op write as the first statement takes the lock first, waiting
 * out the other writer under the busy timeout, so the reads and writes that follow see one state.
 */
function writeTransaction(app, fn) {
  let result;
  app.runInTransaction((tx) => {
    tx.db().newQuery("UPDATE _params SET id = id WHERE 0").execute();
    result = fn(tx);
  });
  return result;
}

/** Record filter: commitments still under way, the ones follow-ups ask about. */
const OPEN_COMMITMENT = `(${OPEN_STATUSES.map((status) => `status = '${status}'`).join(" || ")})`;

// Who may be emailed text a participant wrote (README "Email addresses"): the participant consented,
// the owner of their address confirmed this participation from the address itself, and the address is
// not unsubscribed (an unsubscribe holds in every cohort). The one rule, as a filter and for a record.

/** Record filter on participants: those whose follow-up emails may be sent. */
const CAN_BE_EMAILED =
  "followUpConsent = true && emailConfirmedAt != '' && address != '' && address.unsubscribedAt = ''";

/** The address a participant's follow-ups may go to now (the rule of CAN_BE_EMAILED), or "" for none. */
function followUpAddress(app, participant) {
  if (!participant.getBool("followUpConsent") || !participant.getString("emailConfirmedAt")) return "";
  const id = participant.getString("address");
  const address = id ? findOrNull(() => app.findRecordById("addresses", id)) : null;
  return address && !address.getString("unsubscribedAt") ? address.email() : "";
}

/**
 * Wins the outbox row `id` of `table` (followups, channel_deliveries) for this run: an atomic UPDATE
 * only one run can win, for a row that is due or whose lease (until now + leaseMs) ran out. False when
 * another run has it or it is not due.
 */
function claimLease(app, table, id, now, leaseMs) {
  const { pbDate } = require("./pure/pb-date.js");
  const claimed = app
    .db()
    .newQuery(
      `UPDATE ${table} SET state = 'sending', leaseUntil = {:lease}, attempts = attempts + 1
     WHERE id = {:id} AND ((state = 'queued' AND nextAttemptAt <= {:now}) OR (state = 'sending' AND leaseUntil < {:now}))`,
    )
    .bind({ id, now: pbDate(now), lease: pbDate(now + leaseMs) })
    .execute()
    .rowsAffected();
  return claimed === 1;
}

/**
 * Queues one follow-up (`fields`: participant, cohort, kind, round, commitment, dueAt as a PocketBase
 * date) to be sent at dueAt. False when it exists already: the unique index (participant, kind, round,
 * commitment) refuses the one an overlapping run would add twice.
 */
function queueFollowup(app, fields) {
  const record = new Record(app.findCachedCollectionByNameOrId("followups"));
  record.load(Object.assign({}, fields, { nextAttemptAt: fields.dueAt, state: "queued", attempts: 0 }));
  try {
    app.save(record);
    return true;
  } catch (_) {
    return false;
  }
}

module.exports = {
  rows,
  scalar,
  findOrNull,
  writeTransaction,
  claimLease,
  queueFollowup,
  OPEN_COMMITMENT,
  CAN_BE_EMAILED,
  followUpAddress,
};
