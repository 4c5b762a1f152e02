// SMS through the configured provider, Alibaba Cloud or Tencent Cloud (JIANNUO_SMS_PROVIDER, else the
// one with credentials): one approved sign name and template, whose variable carries the person's link
// (or its part after the template's fixed start, pure/sms-common.js). Each request is signed afresh
// (pure/aliyun-sms.js, pure/tencent-sms.js); a refusal for an unsubscribed number is definite.
const { callProvider } = require("./http.js");
const { configError } = require("../pure/channel-result.js");
const { smsLinkParam } = require("../pure/sms-common.js");
const aliyun = require("../pure/aliyun-sms.js");
const tencent = require("../pure/tencent-sms.js");

/** Sends `message`'s link by SMS to `mobile` (11 digits). */
function sendSms(config, mobile, message, now) {
  const provider = config.smsProvider;
  const credentials = provider === "aliyun" ? config.aliyunSms : provider === "tencent" ? config.tencentSms : null;
  const baseUrl = provider === "aliyun" ? config.urls.aliyunSms : config.urls.tencentSms;
  if (!credentials) return configError("channel_not_configured", "");
  if (!baseUrl) return configError("base_url_invalid", "");
  // Tencent Cloud never takes a link in a variable: the template must hold the link's fixed start.
  const param =
    provider === "tencent" && !config.smsLinkPrefix ? null : smsLinkParam(message.link, config.smsLinkPrefix);
  if (param === null || !message.link) return configError("sms_link_prefix_mismatch", "");
  const sms = Object.assign({ baseUrl }, credentials);
  const secrets = [credentials.accessKeyId, credentials.accessKeySecret, credentials.secretId, credentials.secretKey];
  if (provider === "aliyun") {
    const request = aliyun.sendSmsRequest(sms, mobile, param, "", now, $security.randomString(32));
    const call = callProvider(request, secrets, now);
    return call.result || aliyun.sendSmsResult(call.status, call.json, now);
  }
  const request = tencent.sendSmsRequest(sms, mobile, param, "", now);
  const call = callProvider(request, secrets, now);
  return call.result || tencent.sendSmsResult(call.status, call.json, now);
}

module.exports = { sendSms };
