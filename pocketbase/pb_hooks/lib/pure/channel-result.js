// The one shape every channel sender answers with (lib/channels/index.js lists the contract), and the
// masking that keeps secrets out of any text a sender passes on. Pure.
//
//   { outcome: "sent", providerId }                          the provider took it (its message/task id)
//   { outcome: "retry-after", retryAt, reason, providerCode } a limit, a busy or unreachable provider:
//                                                            send again at retryAt (ms), nothing is lost
//   { outcome: "refused", reason, providerCode }             a definite no for this recipient or message
//   { outcome: "config-error", reason, providerCode }        a key, secret, webhook or setting is wrong:
//                                                            the trainer or the administrator must act
//
// `reason` is one of REASONS: a code the trainer's screens word in plain language (channels.reason.*
// in src/i18n). `providerCode` is the provider's own answer code (an errcode number or a code such as
// isv.BUSINESS_LIMIT_CONTROL), shown beside it: never a message text, which may carry an IP address,
// a number or a key. Decisions are made on codes only, never on a provider's message text.

const SENT = "sent";
const RETRY_AFTER = "retry-after";
const REFUSED = "refused";
const CONFIG_ERROR = "config-error";

/** Every reason a sender gives; each has a plain-words text, channels.reason.<reason>, in both dictionaries. */
const REASONS = [
  "rate_limited",
  "provider_busy",
  "provider_unreachable",
  "provider_unknown_error",
  "delivery_pending",
  "channel_not_configured",
  "base_url_invalid",
  "server_clock",
  "message_invalid",
  "email_not_configured",
  "email_refused",
  "wecom_robot_key_invalid",
  "wecom_corp_id_invalid",
  "wecom_app_secret_invalid",
  "wecom_agent_invalid",
  "wecom_ip_not_allowed",
  "wecom_no_permission",
  "wecom_user_not_found",
  "wecom_user_not_reachable",
  "dingtalk_robot_token_invalid",
  "dingtalk_robot_security",
  "dingtalk_app_key_invalid",
  "dingtalk_ip_not_allowed",
  "dingtalk_no_permission",
  "dingtalk_user_not_found",
  "dingtalk_user_not_reachable",
  "dingtalk_daily_limit",
  "sms_credentials_invalid",
  "sms_sign_invalid",
  "sms_template_invalid",
  "sms_account_suspended",
  "sms_number_invalid",
  "sms_recipient_unsubscribed",
  "sms_link_prefix_mismatch",
];

function reasonOf(reason) {
  return REASONS.indexOf(reason) >= 0 ? reason : "provider_unknown_error";
}

/** A provider's answer code as shown beside the reason: short, and only code-like characters. */
function safeProviderCode(code) {
  if (code === undefined || code === null) return "";
  const text = String(code);
  return /^[A-Za-z0-9_.:-]{1,64}$/.test(text) ? text : "";
}

/** The provider took the message; `providerId` is its message or task id ("" when it gives none). */
function sent(providerId, extra) {
  return Object.assign({ outcome: SENT, providerId: providerId ? String(providerId) : "" }, extra || {});
}

/** Send again at `retryAt` (ms since the epoch). */
function retryAfter(retryAt, reason, providerCode) {
  return { outcome: RETRY_AFTER, retryAt, reason: reasonOf(reason), providerCode: safeProviderCode(providerCode) };
}

/** A definite refusal: sending the same again would fail the same way. */
function refused(reason, providerCode) {
  return { outcome: REFUSED, reason: reasonOf(reason), providerCode: safeProviderCode(providerCode) };
}

/** A configuration fault that someone must fix; nothing was sent. */
function configError(reason, providerCode) {
  return { outcome: CONFIG_ERROR, reason: reasonOf(reason), providerCode: safeProviderCode(providerCode) };
}

const HOUR = 3600000;

/**
 * The result of a provider's JSON answer that carries a numeric `errcode` (WeCom's and DingTalk's):
 * an HTTP 5xx or 429 and a busy provider (-1) are retried soon, 0 is sent, and `byCode(code)` decides
 * the rest; a code it does not know (null) is retried in an hour, so nothing is given up on a guess.
 * @param {number} status @param {any} json @param {number} now
 * @param {(code: number) => object | null} byCode
 */
function errcodeResult(status, json, now, byCode) {
  if (status >= 500 || status === 429) return retryAfter(now + 60000, "provider_busy", String(status));
  const code = json && typeof json.errcode === "number" ? json.errcode : null;
  if (code === null) return retryAfter(now + HOUR, "provider_unknown_error", String(status));
  if (code === 0) return sent("");
  if (code === -1) return retryAfter(now + 30000, "provider_busy", code);
  return byCode(code) || retryAfter(now + HOUR, "provider_unknown_error", code);
}

// A URL's query: the providers put keys, tokens, signatures, numbers and links there.
const URL_QUERY = /(https?:\/\/[^\s"'<>?#]+)[?#][^\s"'<>]*/g;
// Mainland mobile numbers (personal data), alone or after a +86/86 prefix.
const MOBILE = /(^|\D)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
// Query parameters and header fields that carry a credential in the providers' protocols.
const SECRET_PARAMS =
  /((?:^|[^\w-])(?:key|access_token|sign|corpsecret|appsecret|appkey|corpid|secret|token|t)=)[^&\s"'<>]*/gi;
const SECRET_FIELDS = /((?:Credential|Signature)=)[^,\s"']*/g;
const MASK = "***";

/**
 * `text` with every credential and number masked: the query of any URL (keys, tokens, signatures,
 * numbers and links travel there), the values of key=, access_token=, sign= ... elsewhere, the
 * Credential= and Signature= of an Authorization header, mobile numbers, and each of `secrets` wherever
 * it appears (the caller passes the keys, secrets and tokens it used, so even an echo of one is caught).
 * @param {unknown} text @param {string[]} [secrets]
 */
function maskSecrets(text, secrets) {
  let out = String(text === undefined || text === null ? "" : text);
  const known = (secrets || [])
    .filter((s) => typeof s === "string" && s.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const secret of known) out = out.split(secret).join(MASK);
  return out
    .replace(URL_QUERY, (_, base) => `${base}?${MASK}`)
    .replace(SECRET_PARAMS, (_, name) => `${name}${MASK}`)
    .replace(SECRET_FIELDS, (_, name) => `${name}${MASK}`)
    .replace(MOBILE, `$1(mobile)`);
}

module.exports = {
  SENT,
  RETRY_AFTER,
  REFUSED,
  CONFIG_ERROR,
  REASONS,
  sent,
  retryAfter,
  refused,
  configError,
  safeProviderCode,
  errcodeResult,
  maskSecrets,
};
