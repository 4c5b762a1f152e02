// The channels' settings from environment variables (docs/OPERATIONS.md lists them): each provider's
// base URL (for an egress proxy, or a local fake in tests) and the organisation-wide credentials of the
// app and SMS channels. A group robot's webhook is not here: trainers give it per cohort, and it
// reaches the senders as their input. Pure: lib/channels/index.js passes the environment in.

const BASE_URLS = {
  wecom: { name: "JIANNUO_WECOM_BASE_URL", fallback: "https://qyapi.weixin.qq.com" },
  dingtalk: { name: "JIANNUO_DINGTALK_BASE_URL", fallback: "https://oapi.dingtalk.com" },
  aliyunSms: { name: "JIANNUO_ALIYUN_SMS_BASE_URL", fallback: "https://dysmsapi.aliyuncs.com" },
  tencentSms: { name: "JIANNUO_TENCENT_SMS_BASE_URL", fallback: "https://sms.tencentcloudapi.com" },
};

/** Every variable read here (lib/channels/index.js reads exactly these from the environment). */
const VARIABLES = Object.keys(BASE_URLS)
  .map((k) => BASE_URLS[k].name)
  .concat([
    "JIANNUO_WECOM_CORP_ID",
    "JIANNUO_WECOM_APP_SECRET",
    "JIANNUO_WECOM_AGENT_ID",
    "JIANNUO_DINGTALK_APP_KEY",
    "JIANNUO_DINGTALK_APP_SECRET",
    "JIANNUO_DINGTALK_AGENT_ID",
    "JIANNUO_SMS_PROVIDER",
    "JIANNUO_SMS_LINK_PREFIX",
    "JIANNUO_ALIYUN_ACCESS_KEY_ID",
    "JIANNUO_ALIYUN_ACCESS_KEY_SECRET",
    "JIANNUO_ALIYUN_SMS_SIGN_NAME",
    "JIANNUO_ALIYUN_SMS_TEMPLATE_CODE",
    "JIANNUO_ALIYUN_SMS_HOST",
    "JIANNUO_TENCENT_SECRET_ID",
    "JIANNUO_TENCENT_SECRET_KEY",
    "JIANNUO_TENCENT_SMS_SDK_APP_ID",
    "JIANNUO_TENCENT_SMS_SIGN_NAME",
    "JIANNUO_TENCENT_SMS_TEMPLATE_ID",
    "JIANNUO_TENCENT_SMS_REGION",
    "JIANNUO_TENCENT_SMS_HOST",
  ]);

/**
 * A base URL as the senders use it: http(s), no query or fragment, no trailing slash; null when
 * `value` is not one.
 */
function baseUrl(value) {
  const text = String(value || "").trim();
  const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^?#\s]*)?$/.exec(text);
  if (!match) return null;
  return `${match[1]}://${match[2]}${match[3] || ""}${(match[4] || "").replace(/\/+$/, "")}`;
}

/** The host[:port] of a base URL (what a signature's host header must say). */
function hostOf(url) {
  return url.replace(/^https?:\/\//, "").split("/")[0];
}

function value(env, name) {
  return String(env[name] || "").trim();
}

function whenAll(fields) {
  for (const k of Object.keys(fields)) if (!fields[k]) return null;
  return fields;
}

/**
 * The channels' settings. A base URL that is set but not a URL gives `invalid: [variable names]`, and
 * the channels using it answer config-error. Credentials are null while any part of them is missing.
 * @param {Record<string, string | undefined>} env
 */
function channelConfig(env) {
  const invalid = [];
  const urls = {};
  for (const key of Object.keys(BASE_URLS)) {
    const { name, fallback } = BASE_URLS[key];
    const raw = value(env, name);
    urls[key] = raw ? baseUrl(raw) : fallback;
    if (!urls[key]) invalid.push(name);
  }
  const wecomApp = whenAll({
    corpId: value(env, "JIANNUO_WECOM_CORP_ID"),
    secret: value(env, "JIANNUO_WECOM_APP_SECRET"),
    agentId: value(env, "JIANNUO_WECOM_AGENT_ID"),
  });
  const dingtalkApp = whenAll({
    appKey: value(env, "JIANNUO_DINGTALK_APP_KEY"),
    appSecret: value(env, "JIANNUO_DINGTALK_APP_SECRET"),
    agentId: value(env, "JIANNUO_DINGTALK_AGENT_ID"),
  });
  const aliyunSms = whenAll({
    accessKeyId: value(env, "JIANNUO_ALIYUN_ACCESS_KEY_ID"),
    accessKeySecret: value(env, "JIANNUO_ALIYUN_ACCESS_KEY_SECRET"),
    signName: value(env, "JIANNUO_ALIYUN_SMS_SIGN_NAME"),
    templateCode: value(env, "JIANNUO_ALIYUN_SMS_TEMPLATE_CODE"),
  });
  const tencentSms = whenAll({
    secretId: value(env, "JIANNUO_TENCENT_SECRET_ID"),
    secretKey: value(env, "JIANNUO_TENCENT_SECRET_KEY"),
    sdkAppId: value(env, "JIANNUO_TENCENT_SMS_SDK_APP_ID"),
    signName: value(env, "JIANNUO_TENCENT_SMS_SIGN_NAME"),
    templateId: value(env, "JIANNUO_TENCENT_SMS_TEMPLATE_ID"),
  });
  if (aliyunSms && urls.aliyunSms) aliyunSms.host = value(env, "JIANNUO_ALIYUN_SMS_HOST") || hostOf(urls.aliyunSms);
  if (tencentSms && urls.tencentSms) {
    tencentSms.host = value(env, "JIANNUO_TENCENT_SMS_HOST") || hostOf(urls.tencentSms);
    tencentSms.region = value(env, "JIANNUO_TENCENT_SMS_REGION") || "ap-guangzhou";
  }
  // One SMS channel: the provider named, else whichever has credentials (Alibaba Cloud first).
  const named = value(env, "JIANNUO_SMS_PROVIDER").toLowerCase();
  let smsProvider = "";
  if (named === "aliyun" || named === "tencent") smsProvider = named;
  else if (aliyunSms) smsProvider = "aliyun";
  else if (tencentSms) smsProvider = "tencent";
  return {
    urls,
    invalid,
    wecomApp,
    dingtalkApp,
    aliyunSms,
    tencentSms,
    smsProvider,
    smsLinkPrefix: value(env, "JIANNUO_SMS_LINK_PREFIX"),
  };
}

module.exports = { VARIABLES, BASE_URLS, baseUrl, hostOf, channelConfig };
