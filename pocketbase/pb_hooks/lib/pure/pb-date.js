// PocketBase's date format ("2026-11-24 10:00:00.000Z"): stored that way, so dates compare correctly as
// text in SQL. Pure, so the pure modules beside it read dates the same way as the hooks that query.

/** Epoch ms of a PocketBase date or an ISO date; NaN when it is no date. */
function dateMs(date) {
  return Date.parse(String(date).replace(" ", "T"));
}

/** Epoch ms as PocketBase stores dates. */
function pbDate(ms) {
  return new Date(ms).toISOString().replace("T", " ");
}

module.exports = { dateMs, pbDate };
