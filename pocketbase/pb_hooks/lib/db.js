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

/** Record filter: commitments still under way, the ones follow-ups ask about. */
const OPEN_COMMITMENT = `(${OPEN_STATUSES.map((status) => `status = '${status}'`).join(" || ")})`;

/** Record filter: participants who may get follow-up emails (consent, an address, not unsubscribed). */
const CAN_BE_EMAILED = "followUpConsent = true && unsubscribedAt = '' && email != ''";

/** The same rule as CAN_BE_EMAILED, for a participant record already loaded. */
function canBeEmailed(participant) {
  return Boolean(
    participant.getBool("followUpConsent") && !participant.getString("unsubscribedAt") && participant.email(),
  );
}

module.exports = { rows, scalar, findOrNull, OPEN_COMMITMENT, CAN_BE_EMAILED, canBeEmailed };
