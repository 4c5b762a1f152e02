// WeCom (企业微信) self-built app: its requests (gettoken, mobile → userid, message/send with a text
// card) and its answers as results. The token is cached by lib/channels/tokens.js; an answer of 40014
// (invalid token) or 42001 (expired) asks for a new one once (TOKEN_EXPIRED). 40001 is a wrong secret:
// a configuration error, never retried. Duplicate checking is on, so the same card sent again within
// four hours (a retry after a lost answer) does not reach the person twice. Pure.
const { truncateBytes } = require("./digest.js");
const { apiUrl } = require("./percent-encode.js");
const { configError, errcodeResult, refused, retryAfter, sent } = require("./channel-result.js");

/** An answer meaning: fetch a new token, then try the call once more. */
const TOKEN_EXPIRED = { tokenExpired: true };
const DUPLICATE_CHECK_SECONDS = 4 * 3600;

/** GET gettoken. */
function tokenRequest(baseUrl, app) {
  return { method: "GET", url: apiUrl(baseUrl, "/cgi-bin/gettoken", { corpid: app.corpId, corpsecret: app.secret }) };
}

/** POST user/getuserid: the userid of a mobile number. */
function userIdRequest(baseUrl, token, mobile) {
  return { method: "POST", url: apiUrl(baseUrl, "/cgi-bin/user/getuserid", { access_token: token }), body: { mobile } };
}

function escapeCard(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** POST message/send: a text card with the person's own link (title ≤ 128 bytes, description ≤ 512). */
function sendRequest(baseUrl, token, app, userId, message) {
  return {
    method: "POST",
    url: apiUrl(baseUrl, "/cgi-bin/message/send", { access_token: token }),
    body: {
      touser: userId,
      msgtype: "textcard",
      agentid: Number(app.agentId),
      textcard: {
        title: truncateBytes(message.title, 128),
        description: truncateBytes(escapeCard(message.text), 512),
        url: message.link,
        btntxt: Array.from(message.linkLabel || "详情")
          .slice(0, 4)
          .join(""),
      },
      enable_duplicate_check: 1,
      duplicate_check_interval: DUPLICATE_CHECK_SECONDS,
    },
  };
}

/** Codes that mean the same on every call: a token to renew, or a fault of the app's settings. */
function commonCode(code, now) {
  if (code === 40014 || code === 42001) return TOKEN_EXPIRED;
  if (code === 40001 || code === 40091) return configError("wecom_app_secret_invalid", code);
  if (code === 40013) return configError("wecom_corp_id_invalid", code);
  if (code === 40056) return configError("wecom_agent_invalid", code);
  if (code === 60020) return configError("wecom_ip_not_allowed", code); // not on the app's trusted IPs
  if (code === 48002 || code === 60011) return configError("wecom_no_permission", code);
  if (code === 45009 || code === 45033) return retryAfter(now + 60000, "rate_limited", code);
  return null;
}

/** gettoken's answer: `{ token, expiresIn }` (seconds), or a result when there is no token. */
function tokenAnswer(status, json, now) {
  const result = errcodeResult(status, json, now, (code) => {
    const common = commonCode(code, now);
    return common === TOKEN_EXPIRED ? configError("wecom_app_secret_invalid", code) : common;
  });
  if (result.outcome !== "sent") return result;
  if (!json.access_token) return retryAfter(now + 3600000, "provider_unknown_error", "");
  return { token: String(json.access_token), expiresIn: Number(json.expires_in) || 7200 };
}

/** getuserid's answer: `{ userId }`, TOKEN_EXPIRED, or a result. */
function userIdAnswer(status, json, now) {
  const result = errcodeResult(status, json, now, (code) => {
    // No member with this mobile, or not one the app may see.
    if (code === 46004 || code === 60111 || code === 40003) return refused("wecom_user_not_found", code);
    return commonCode(code, now);
  });
  if (result === TOKEN_EXPIRED || result.outcome !== "sent") return result;
  return json.userid ? { userId: String(json.userid) } : refused("wecom_user_not_found", "");
}

function listed(value) {
  return typeof value === "string" && value.split("|").filter(Boolean).length > 0;
}

/** message/send's answer: a result or TOKEN_EXPIRED. `invaliduser` (or an unlicensed user) is a refusal. */
function sendAnswer(status, json, now) {
  const result = errcodeResult(status, json, now, (code) => {
    if (code === 81013) return refused("wecom_user_not_reachable", code); // every recipient invalid
    return commonCode(code, now);
  });
  if (result === TOKEN_EXPIRED || result.outcome !== "sent") return result;
  if (listed(json.invaliduser) || listed(json.unlicenseduser))
    return refused("wecom_user_not_reachable", "invaliduser");
  return sent(json.msgid || "");
}

module.exports = {
  TOKEN_EXPIRED,
  tokenRequest,
  userIdRequest,
  sendRequest,
  tokenAnswer,
  userIdAnswer,
  sendAnswer,
};
