// SQLite plans each query from table statistics (sqlite_stat1). PocketBase takes them when it closes,
// so on a young server they describe the demo data: 3 participants, 4 commitments. After a room of
// 300 joins, such statistics make SQLite scan tables instead of using their indexes (the trainer's
// participant table of 500 took 150-220 ms instead of 20 ms, and realtime rule checks pay the same).
// PRAGMA optimize does not help here: it waits for a 25-fold change measured in pages, which a
// room's worth of rows does not reach.
const { scalar } = require("./db.js");
const { isStale } = require("./pure/stale-stats.js");

/** The tables whose rows the trainer's and participants' queries filter and join. */
const TABLES = ["cohorts", "addresses", "participants", "commitments", "checkins", "followups", "exercise_results"];

/** Rows the statistics believe `table` has, or null when it was never analysed. */
function believedRows(app, table) {
  if (!scalar(app, "SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = {:t}", { t: table })) return null;
  return scalar(app, "SELECT max(CAST(stat AS INTEGER)) AS n FROM sqlite_stat1 WHERE tbl = {:t}", { t: table });
}

/**
 * Analyses again every table whose statistics are stale (a table never analysed keeps SQLite's
 * defaults, which favour indexes). New statistics reach only the connection that took them, so a
 * schema change follows, which makes every pooled connection reload schema and statistics.
 * Returns the tables analysed.
 */
function refreshQueryStats(app) {
  // No statistics at all (nothing was ever analysed): SQLite's defaults, which favour indexes.
  if (!scalar(app, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'")) return [];
  const stale = TABLES.filter((table) => {
    const believed = believedRows(app, table);
    return believed !== null && isStale(believed, scalar(app, `SELECT count(*) AS n FROM ${table}`));
  });
  if (!stale.length) return stale;
  for (const table of stale) app.db().newQuery(`ANALYZE ${table}`).execute();
  app.db().newQuery("CREATE TABLE IF NOT EXISTS _jiannuo_stats_reload (x)").execute();
  app.db().newQuery("DROP TABLE _jiannuo_stats_reload").execute();
  return stale;
}

module.exports = { refreshQueryStats };
