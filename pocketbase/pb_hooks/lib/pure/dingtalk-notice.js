// DingTalk (钉钉) work notification through an internal app: its requests (gettoken, mobile → userid,
// asyncsend_v2 with an action card, getsendresult) and its answers as results. Sending is asynchronous:
// asyncsend_v2 answers with a task_id, and only getsendresult tells whether the person got it (read or
// unread), could not be reached (invalid, failed), or was held back (forbidden: DingTalk delivers the
// same content to a person once a day, and at most 500 messages a day from one app). Pure.
const { apiUrl } = require("./percent-encode.js");
const { configError, errcodeResult, refused, retryAfter, sent } = require("./channel-result.js");
const { TOKEN_EXPIRED } = require("./wecom-app.js");

// asyncsend_v2 accepts the card's title up to 64 characters, its markdown up to 5,000, its button up
// to 20, its link up to 500 (DingTalk's errcode 34016 otherwise).
const LIMITS = { title: 64, markdown: 5000, singleTitle: 20, url: 500 };
/** When to ask getsendresult after a send: DingTalk needs a moment to deliver. */
const CHECK_AFTER_MS = 60000;

/** GET gettoken (an internal app's appkey and appsecret). */
function tokenRequest(baseUrl, app) {
  return { method: "GET", url: apiUrl(baseUrl, "/gettoken", { appkey: app.appKey, appsecret: app.appSecret }) };
}

/** POST topapi/v2/user/getbymobile: the userid of a mobile number. */
function userIdRequest(baseUrl, token, mobile) {
  return {
    method: "POST",
    url: apiUrl(baseUrl, "/topapi/v2/user/getbymobile", { access_token: token }),
    body: { mobile },
  };
}

function clip(text, max) {
  const chars = Array.from(String(text));
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** POST asyncsend_v2: an action card whose button opens the person's own link. */
function sendRequest(baseUrl, token, app, userId, message) {
  return {
    method: "POST",
    url: apiUrl(baseUrl, "/topapi/message/corpconversation/asyncsend_v2", { access_token: token }),
    body: {
      agent_id: Number(app.agentId),
      userid_list: userId,
      msg: {
        msgtype: "action_card",
        action_card: {
          title: clip(message.title, LIMITS.title),
          markdown: clip(`### ${message.title}\n\n${message.text}`, LIMITS.markdown),
          single_title: clip(message.linkLabel || "打开", LIMITS.singleTitle),
          single_url: message.link,
        },
      },
    },
  };
}

/** POST getsendresult for a task. */
function resultRequest(baseUrl, token, app, taskId) {
  return {
    method: "POST",
    url: apiUrl(baseUrl, "/topapi/message/corpconversation/getsendresult", { access_token: token }),
    body: { agent_id: Number(app.agentId), task_id: Number(taskId) },
  };
}

/** Codes that mean the same on every call. errcode 88 carries the real one in sub_code. */
function commonCode(code, now) {
  if (code === 40014 || code === 42001 || code === 40001) return TOKEN_EXPIRED;
  if (code === 40089) return configError("dingtalk_app_key_invalid", code);
  if (code === 60020) return configError("dingtalk_ip_not_allowed", code);
  if (code === 60011) return configError("dingtalk_no_permission", code);
  if (code === 90018 || code === 143103 || code === 143104) return retryAfter(now + 60000, "rate_limited", code);
  return null;
}

function answer(status, json, now, byCode) {
  let body = json;
  if (json && json.errcode === 88 && /^\d+$/.test(String(json.sub_code || ""))) {
    body = Object.assign({}, json, { errcode: Number(json.sub_code) });
  }
  return errcodeResult(
    status,
    body,
    now,
    (code) =>
      byCode(code) || commonCode(code, now) || (code === 88 ? configError("dingtalk_no_permission", code) : null),
  );
}

/** gettoken's answer: `{ token, expiresIn }` or a result. A token refused at gettoken is the app's key. */
function tokenAnswer(status, json, now) {
  const result = answer(status, json, now, (code) =>
    code === 40001 || code === 40014 ? configError("dingtalk_app_key_invalid", code) : null,
  );
  if (result.outcome !== "sent") return result;
  if (!json.access_token) return retryAfter(now + 3600000, "provider_unknown_error", "");
  return { token: String(json.access_token), expiresIn: Number(json.expires_in) || 7200 };
}

/** getbymobile's answer: `{ userId }`, TOKEN_EXPIRED, or a result. */
function userIdAnswer(status, json, now) {
  const result = answer(status, json, now, (code) =>
    code === 60121 || code === 33012 ? refused("dingtalk_user_not_found", code) : null,
  );
  if (result === TOKEN_EXPIRED || result.outcome !== "sent") return result;
  const userId = json.result && json.result.userid;
  return userId ? { userId: String(userId) } : refused("dingtalk_user_not_found", "");
}

/** asyncsend_v2's answer: sent with the task id (and when to check delivery), TOKEN_EXPIRED, or a result. */
function sendAnswer(status, json, now) {
  const result = answer(status, json, now, (code) =>
    code === 33012 ? refused("dingtalk_user_not_found", code) : null,
  );
  if (result === TOKEN_EXPIRED || result.outcome !== "sent") return result;
  if (json.task_id === undefined || json.task_id === null)
    return retryAfter(now + 3600000, "provider_unknown_error", "");
  return sent(String(json.task_id), { checkAt: now + CHECK_AFTER_MS });
}

function ids(list) {
  if (Array.isArray(list)) return list.map(String);
  return typeof list === "string" ? list.split(",").filter(Boolean) : [];
}

/** The next day's start in China (UTC+8), when DingTalk's daily counts begin again. */
function nextChinaDay(now) {
  const CHINA = 8 * 3600000;
  const DAY = 86400000;
  return Math.floor((now + CHINA) / DAY) * DAY + DAY - CHINA;
}

/**
 * getsendresult's answer for one person: sent (read or unread: delivered), refused (invalid or failed),
 * retry-after (held back by the daily rules: the next day; not there yet: a minute), TOKEN_EXPIRED,
 * or another result.
 */
function resultAnswer(status, json, now, userId) {
  const result = answer(status, json, now, () => null);
  if (result === TOKEN_EXPIRED || result.outcome !== "sent") return result;
  const r = json.send_result || (json.result && json.result.send_result) || {};
  const forbidden = ids(r.forbidden_user_id_list).concat((r.forbidden_list || []).map((f) => String(f && f.userid)));
  if (ids(r.read_user_id_list).concat(ids(r.unread_user_id_list)).indexOf(userId) >= 0) return sent("");
  if (ids(r.invalid_user_id_list).concat(ids(r.failed_user_id_list)).indexOf(userId) >= 0)
    return refused("dingtalk_user_not_reachable", "");
  if (forbidden.indexOf(userId) >= 0) return retryAfter(nextChinaDay(now), "dingtalk_daily_limit", "forbidden");
  return retryAfter(now + CHECK_AFTER_MS, "delivery_pending", "");
}

module.exports = {
  TOKEN_EXPIRED,
  LIMITS,
  tokenRequest,
  userIdRequest,
  sendRequest,
  resultRequest,
  tokenAnswer,
  userIdAnswer,
  sendAnswer,
  resultAnswer,
  nextChinaDay,
};
