/// <reference path="../../pb_data/types.d.ts" />
// Keeps SQLite's query statistics in step with the data (see lib/query-stats.js): at start, and every
// minute, which costs a few milliseconds when a table doubled or halved, and a count of six tables otherwise.

onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/query-stats.js`).refreshQueryStats(e.app);
});

cronAdd("jiannuo_query_stats", "* * * * *", () => {
  require(`${__hooks}/lib/query-stats.js`).refreshQueryStats($app);
});
