/// <reference path="../../pb_data/types.d.ts" />
// The follow-up job: every five minutes (JIANNUO_FOLLOWUP_CRON, a cron expression, or "off" where
// something else drives it, as the tests do), schedule what is new and send what is due.

if (($os.getenv("JIANNUO_FOLLOWUP_CRON") || "*/5 * * * *") !== "off") {
  cronAdd("jiannuo_followups", $os.getenv("JIANNUO_FOLLOWUP_CRON") || "*/5 * * * *", () => {
    const { runFollowups } = require(`${__hooks}/lib/followup-sender.js`);
    const result = runFollowups($app, Date.now());
    if (result.sent || result.retry) console.log(`follow-ups: ${JSON.stringify(result)}`);
  });
}

/** Runs the job now and answers with what it did (superusers only; overlapping runs are safe). */
routerAdd(
  "POST",
  "/api/jiannuo/followups/run",
  (e) => {
    const { runFollowups } = require(`${__hooks}/lib/followup-sender.js`);
    return e.json(200, runFollowups(e.app, Date.now()));
  },
  $apis.requireSuperuserAuth(),
);
