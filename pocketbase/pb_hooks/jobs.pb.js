/// <reference path="../../pb_data/types.d.ts" />
// Work the server does on a schedule (cron runs in UTC). Each handler runs isolated, so it requires
// the shared code it needs (lib/).
//   follow-ups         every five minutes: schedule what is new and send what is due (lib/followup-sender.js),
//                      and the confirmation emails of new addresses (lib/address-confirmation.js), and
//                      the channels participants chose beyond email (lib/reach-planner.js, reach-sender.js),
//                      and buddies' weekly nudges to encourage (lib/buddy-nudges.js)
//                      and the supervisors' weekly digests (lib/supervisor-digest.js)
//   query statistics   at start and every minute: keep SQLite's table statistics in step (lib/query-stats.js)
//   channel senders    POST /api/jiannuo/channels/send-test drives them directly (lib/channels/)

// JIANNUO_FOLLOWUP_CRON: a cron expression, or "off" where something else drives the job (as the tests do).
if (($os.getenv("JIANNUO_FOLLOWUP_CRON") || "*/5 * * * *") !== "off") {
  cronAdd("jiannuo_followups", $os.getenv("JIANNUO_FOLLOWUP_CRON") || "*/5 * * * *", () => {
    const { runFollowups } = require(`${__hooks}/lib/followup-sender.js`);
    const { sendConfirmations } = require(`${__hooks}/lib/address-confirmation.js`);
    const { runBuddyNudges } = require(`${__hooks}/lib/buddy-nudges.js`);
    const { sendSupervisorDigests } = require(`${__hooks}/lib/supervisor-digest.js`);
    const confirmations = sendConfirmations($app, Date.now());
    const result = runFollowups($app, Date.now());
    const buddies = runBuddyNudges($app, Date.now());
    const supervisors = sendSupervisorDigests($app, Date.now());
    if (
      result.sent ||
      result.retry ||
      confirmations.sent ||
      result.channels.sent ||
      result.channels.retry ||
      buddies.sent ||
      supervisors.sent ||
      supervisors.retry
    )
      console.log(`follow-ups: ${JSON.stringify({ ...result, confirmations, buddies, supervisors })}`);
  });
}

/**
 * Runs the follow-up job now and answers with what it did (superusers only; overlapping runs are safe).
 * `?now=` (ms, at most a day from the server's clock) stands in for the time, as the channel senders'
 * route allows, so tests can let a provider's limit or an outage pass without waiting.
 */
routerAdd(
  "POST",
  "/api/jiannuo/followups/run",
  (e) => {
    const { runFollowups } = require(`${__hooks}/lib/followup-sender.js`);
    const { sendConfirmations } = require(`${__hooks}/lib/address-confirmation.js`);
    const real = Date.now();
    const asked = Number(e.request.url.query().get("now"));
    const now = asked && Math.abs(asked - real) <= 86400000 ? asked : real;
    const { runBuddyNudges } = require(`${__hooks}/lib/buddy-nudges.js`);
    const { sendSupervisorDigests } = require(`${__hooks}/lib/supervisor-digest.js`);
    const confirmations = sendConfirmations(e.app, now);
    const result = runFollowups(e.app, now);
    return e.json(200, {
      ...result,
      confirmations,
      buddies: runBuddyNudges(e.app, now),
      supervisors: sendSupervisorDigests(e.app, now),
    });
  },
  $apis.requireSuperuserAuth(),
);

/** Sends one message or digest through a channel's sender and answers its result (superusers only). */
routerAdd(
  "POST",
  "/api/jiannuo/channels/send-test",
  (e) => e.json(200, require(`${__hooks}/lib/channels/routes.js`).superuserSend(e)),
  $apis.requireSuperuserAuth(),
);

// Costs a few milliseconds when a table doubled or halved, and a count of seven tables otherwise.
onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/query-stats.js`).refreshQueryStats(e.app);
});

cronAdd("jiannuo_query_stats", "* * * * *", () => {
  require(`${__hooks}/lib/query-stats.js`).refreshQueryStats($app);
});

// With a replica (JIANNUO_REPLICA, set when npm start runs Litestream beside PocketBase) Litestream alone
// checkpoints the WAL. PocketBase's own nightly job runs wal_checkpoint(TRUNCATE), which would wait on
// Litestream's read lock and hold every write for up to its 10 s busy timeout (docs/OPERATIONS.md,
// "Continuous replication"); the same id replaces that job and keeps its PRAGMA optimize.
if ($os.getenv("JIANNUO_REPLICA")) {
  cronAdd("__pbDBOptimize__", "0 0 * * *", () => {
    $app.db().newQuery("PRAGMA optimize").execute();
  });
}
