// The channel senders: one seam through which every follow-up leaves Jiannuo, whatever the channel.
//
// Contract (what the planner, the trainer's screens and the tests rely on):
//
//   sendToChannel(app, body, now) -> result        body is checked first (pure/channel-request.js):
//     { channel: "email",           target: { address, name? },        message }
//     { channel: "wecom_app",       target: { mobile },                message }   text card
//     { channel: "dingtalk_notice", target: { mobile },                message }   work notification
//     { channel: "sms",             target: { mobile },                message }   Alibaba or Tencent Cloud
//     { channel: "wecom_robot",     target: { webhook },               digest }    group digest
//     { channel: "dingtalk_robot",  target: { webhook, secret? },      digest }    group digest
//   message: { title ≤ 64, text ≤ 1000, link (the person's own), linkLabel? ≤ 8; email: html?, headers? }
//   digest:  { title, intro?, entries: [{ id, mobile, name?, text, link }] ≤ 200 }
//   A body that fails the checks throws a 400 with api-errors.js codes by field; nothing is sent.
//
//   result (pure/channel-result.js): { outcome, ... } with outcome one of
//     "sent"          providerId (message/task id, "" when the provider gives none);
//                     checkAt: for dingtalk_notice, when to call checkDelivery (delivery is asynchronous)
//     "retry-after"   retryAt (ms): a limit, a busy or unreachable provider; send again then, nothing lost
//     "refused"       a definite no (unknown number, unsubscribed, not reachable): do not send again
//     "config-error"  a key, secret, webhook or setting is wrong: someone must fix it first
//   Every result but "sent" has `reason` (channels.reason.<reason> words it for the trainer) and
//   `providerCode` (the provider's code, safe to show). Robots add `delivered` and `remaining` (entry
//   ids): after a retry-after, send a digest of the remaining entries only. No result ever holds a
//   key, secret, token or message text of the provider; `detail` (an unreachable provider's masked
//   error) is for the operator.
//
//   checkDelivery(app, { channel: "dingtalk_notice", target: { mobile }, providerId }, now) -> result
//     "sent" (delivered), "refused" (not reachable), "retry-after" (not yet known, or held back by
//     DingTalk's daily rules until the next day).
//
//   channelStatus() -> { <channel>: true | false }  which channels have their settings (no secrets).
//
// Delivery is at least once, as for email: a send whose answer is lost is sent again. WeCom's app
// drops a repeat within 4 hours and DingTalk's the same content within a day; robots and SMS cannot.
const { throwFieldErrors } = require("../api-errors.js");
const { channelConfig, VARIABLES } = require("../pure/channel-config.js");
const { checkSendRequest } = require("../pure/channel-request.js");
const { configError } = require("../pure/channel-result.js");

function config() {
  const env = {};
  for (const name of VARIABLES) env[name] = $os.getenv(name);
  return channelConfig(env);
}

/** Whether the channel's base URL is usable (a set but malformed one is a configuration error). */
function baseUrlOf(channel, cfg) {
  if (channel === "wecom_robot" || channel === "wecom_app") return cfg.urls.wecom;
  if (channel === "dingtalk_robot" || channel === "dingtalk_notice") return cfg.urls.dingtalk;
  return "n/a";
}

/** Sends one message or digest; see the contract above. */
function sendToChannel(app, body, now) {
  const { request, errors } = checkSendRequest(body);
  if (errors) throwFieldErrors(errors);
  const cfg = config();
  const { channel, target } = request;
  if (!baseUrlOf(channel, cfg)) return configError("base_url_invalid", "");
  switch (channel) {
    case "email":
      return require("./email.js").sendEmail(app, target, request.message, now);
    case "wecom_robot":
    case "dingtalk_robot":
      return require("./robots.js").sendDigest(app, channel, cfg, target, request.digest, now);
    case "wecom_app":
    case "dingtalk_notice":
      if (!(channel === "wecom_app" ? cfg.wecomApp : cfg.dingtalkApp)) return configError("channel_not_configured", "");
      return require("./apps.js").sendAppMessage(app, channel, cfg, target.mobile, request.message, now);
    default:
      return require("./sms.js").sendSms(cfg, target.mobile, request.message, now);
  }
}

/** Asks DingTalk whether a work notification reached the person; see the contract above. */
function checkDelivery(app, body, now) {
  const b = body && typeof body === "object" ? body : {};
  const { normalizeMobile } = require("../pure/channel-request.js");
  const mobile = normalizeMobile(b.target && b.target.mobile);
  const taskId = String(b.providerId || "");
  if (b.channel !== "dingtalk_notice") throwFieldErrors({ channel: "jiannuo_channel_unknown" });
  if (!mobile || !/^\d{1,20}$/.test(taskId))
    throwFieldErrors(mobile ? { providerId: "jiannuo_value_invalid" } : { target: "jiannuo_mobile_invalid" });
  const cfg = config();
  if (!cfg.dingtalkApp) return configError("channel_not_configured", "");
  if (!cfg.urls.dingtalk) return configError("base_url_invalid", "");
  return require("./apps.js").checkNotice(app, cfg, mobile, taskId, now);
}

/** Which channels have what they need to send (robots need only a webhook, given per cohort). */
function channelStatus() {
  const cfg = config();
  return {
    email: $app.settings().smtp.enabled,
    wecom_robot: Boolean(cfg.urls.wecom),
    dingtalk_robot: Boolean(cfg.urls.dingtalk),
    wecom_app: Boolean(cfg.wecomApp && cfg.urls.wecom),
    dingtalk_notice: Boolean(cfg.dingtalkApp && cfg.urls.dingtalk),
    sms: Boolean(
      cfg.smsProvider &&
      (cfg.smsProvider === "aliyun" ? cfg.aliyunSms && cfg.urls.aliyunSms : cfg.tencentSms && cfg.urls.tencentSms),
    ),
  };
}

module.exports = { sendToChannel, checkDelivery, channelStatus };
