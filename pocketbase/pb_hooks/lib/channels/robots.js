// The two group robots, which post a digest into one group: WeCom's (key in the webhook) and DingTalk's
// (access token in the webhook, and a signing secret when the robot uses 加签). A digest may take
// several messages (pure/robot-digest.js); each takes one of the robot's 20 sends a minute
// (lib/channels/memory.js), so the provider is rarely asked to refuse. The answer says which people's
// entries went out (`delivered`) and which did not (`remaining`): a retry sends only the remaining ones,
// so nobody is mentioned twice.
const { callProvider } = require("./http.js");
const memory = require("./memory.js");
const { sent } = require("../pure/channel-result.js");
const wecomRobot = require("../pure/wecom-robot.js");
const dingtalkRobot = require("../pure/dingtalk-robot.js");

const MINUTE = 60000;

function withProgress(result, delivered, parts, from) {
  const remaining = [];
  for (let i = from; i < parts.length; i++) for (const id of parts[i].entries) remaining.push(id);
  return Object.assign({}, result, { delivered, remaining });
}

/**
 * Posts the digest through the robot of `target` ({ key } for WeCom; { token, secret } for DingTalk).
 * @param {string} channel "wecom_robot" or "dingtalk_robot"
 */
function sendDigest(app, channel, config, target, digest, now) {
  const wecom = channel === "wecom_robot";
  const protocol = wecom ? wecomRobot : dingtalkRobot;
  const robot = wecom ? target.key : target.token;
  const secrets = [robot, target.secret || ""];
  const parts = protocol.robotMessages(digest);
  const delivered = [];
  for (let i = 0; i < parts.length; i++) {
    const wait = memory.takeSlot(app, robot, protocol.PER_MINUTE, MINUTE, now);
    if (wait)
      return withProgress(
        { outcome: "retry-after", retryAt: wait, reason: "rate_limited", providerCode: "" },
        delivered,
        parts,
        i,
      );
    const url = wecom
      ? wecomRobot.robotUrl(config.urls.wecom, robot)
      : dingtalkRobot.robotUrl(config.urls.dingtalk, robot, target.secret, now);
    const call = callProvider({ method: "POST", url, body: parts[i].body }, secrets, now);
    const result = call.result || protocol.robotResult(call.status, call.json, now);
    if (result.outcome !== "sent") {
      if (result.reason === "rate_limited") memory.blockSlot(app, robot, result.retryAt);
      return withProgress(result, delivered, parts, i);
    }
    for (const id of parts[i].entries) delivered.push(id);
  }
  return sent("", { delivered, remaining: [] });
}

module.exports = { sendDigest };
