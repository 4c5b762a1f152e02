// A cohort's group robots (cohort_robots, migration 1764001400), set by the cohort's trainer: the
// webhook is reduced to its credential (WeCom's key, DingTalk's access token, and DingTalk's signing
// secret) and kept where only the server reads it; the trainer is shown its last four characters.
// Neither this route nor any log line ever repeats a credential.
const { throwFieldErrors } = require("./api-errors.js");
const { requestBody } = require("./body-limit.js");
const { findOrNull } = require("./db.js");
const { ownedCohort } = require("./trainer-cohort.js");
const { ROBOT_CHANNELS } = require("./reach-choices.js");
const { wecomRobotKey, dingtalkRobotToken } = require("./pure/channel-request.js");

const DINGTALK_SECRET = /^SEC[A-Za-z0-9]{16,128}$/;

function robotOf(app, cohortId, channel) {
  return findOrNull(() =>
    app.findFirstRecordByFilter("cohort_robots", "cohort = {:c} && channel = {:ch}", { c: cohortId, ch: channel }),
  );
}

/** What the trainer sees of the cohort's robots: for each channel, whether one is set and its last characters. */
function robotsView(app, cohortId) {
  const view = {};
  for (const channel of ROBOT_CHANNELS) {
    const robot = robotOf(app, cohortId, channel);
    view[channel] = robot ? { set: true, hint: robot.getString("hint") } : { set: false, hint: "" };
  }
  return view;
}

/** GET: the view above, for the trainer's own cohort. */
function cohortRobots(e) {
  return robotsView(e.app, ownedCohort(e).id);
}

/** POST { channel, webhook, secret? }: sets the cohort's robot of that channel; an empty webhook removes it. */
function setCohortRobot(e) {
  const cohort = ownedCohort(e);
  const body = requestBody(e, "");
  const channel = ROBOT_CHANNELS.indexOf(body.channel) >= 0 ? body.channel : "";
  if (!channel) throwFieldErrors({ channel: "jiannuo_channel_unknown" });
  const existing = robotOf(e.app, cohort.id, channel);
  if (body.webhook === "" || body.webhook === null) {
    if (existing) e.app.delete(existing);
    return robotsView(e.app, cohort.id);
  }
  const webhook = typeof body.webhook === "string" && body.webhook.length <= 1000 ? body.webhook : "";
  const credential = channel === "wecom_robot" ? wecomRobotKey(webhook) : dingtalkRobotToken(webhook);
  const secret = typeof body.secret === "string" ? body.secret.trim() : "";
  if (!credential || (channel === "wecom_robot" ? secret : secret && !DINGTALK_SECRET.test(secret)))
    throwFieldErrors({ webhook: "jiannuo_webhook_invalid" });
  const robot = existing || new Record(e.app.findCachedCollectionByNameOrId("cohort_robots"));
  robot.set("cohort", cohort.id);
  robot.set("channel", channel);
  robot.set("credential", credential);
  robot.set("secret", secret);
  robot.set("hint", `…${credential.slice(-4)}`);
  e.app.save(robot);
  return robotsView(e.app, cohort.id);
}

module.exports = { cohortRobots, setCohortRobot };
