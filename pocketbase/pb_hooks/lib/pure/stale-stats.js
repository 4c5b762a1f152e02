// When SQLite's table statistics no longer describe a table (see lib/query-stats.js for why it matters).

/** Whether statistics of `believed` rows misdescribe a table of `actual` rows (half or double, past small noise). */
function isStale(believed, actual) {
  return actual > 2 * believed + 50 || believed > 2 * actual + 50;
}

module.exports = { isStale };
