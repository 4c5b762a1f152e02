// The two app channels, which reach one person: a WeCom self-built app (text card) and a DingTalk
// internal app (work notification). Both take an access token (cached until shortly before it
// expires, lib/channels/memory.js), look the person up by mobile number (cached a day: WeCom blocks an
// app for a day after too many failed lookups), then send. A token the provider calls invalid or
// expired is fetched anew once and the whole call tried once more; refused again, the send waits.
const { callProvider } = require("./http.js");
const memory = require("./memory.js");
const { refused, retryAfter } = require("../pure/channel-result.js");

const PROTOCOLS = {
  wecom_app: { memoryKey: "wecom", protocol: require("../pure/wecom-app.js") },
  dingtalk_notice: { memoryKey: "dingtalk", protocol: require("../pure/dingtalk-notice.js") },
};
const TOKEN_RETRY_MS = 5 * 60000;

/** The channel's protocol, base URL, credentials and the secrets to mask, from the channels' settings. */
function appOf(channel, config) {
  const { memoryKey, protocol } = PROTOCOLS[channel];
  const wecom = channel === "wecom_app";
  const credentials = wecom ? config.wecomApp : config.dingtalkApp;
  const secrets = credentials ? Object.keys(credentials).map((k) => credentials[k]) : [];
  return { memoryKey, protocol, credentials, secrets, baseUrl: wecom ? config.urls.wecom : config.urls.dingtalk };
}

/** A new token (saved for later), or the result that stops the send. */
function fetchToken(app, a, now) {
  const call = callProvider(a.protocol.tokenRequest(a.baseUrl, a.credentials), a.secrets, now);
  if (call.result) return call.result;
  const answer = a.protocol.tokenAnswer(call.status, call.json, now);
  if (!answer.token) return answer;
  memory.saveToken(app, a.memoryKey, answer.token, answer.expiresIn, now);
  return answer.token;
}

/** Runs `work(token)`; when the provider refuses the token, fetches a new one and runs it once more. */
function withToken(app, a, now, work) {
  let token = memory.cachedToken(app, a.memoryKey, now);
  let fresh = false;
  if (!token) {
    token = fetchToken(app, a, now);
    if (typeof token !== "string") return token;
    fresh = true;
  }
  let answer = work(token);
  if (answer !== a.protocol.TOKEN_EXPIRED) return answer;
  memory.forgetToken(app, a.memoryKey);
  if (!fresh) {
    token = fetchToken(app, a, now);
    if (typeof token !== "string") return token;
    answer = work(token);
    if (answer !== a.protocol.TOKEN_EXPIRED) return answer;
    memory.forgetToken(app, a.memoryKey);
  }
  return retryAfter(now + TOKEN_RETRY_MS, "provider_unknown_error", "token");
}

/** The person's userid (cached), TOKEN_EXPIRED, or the result that stops the send. */
function userIdOf(app, a, token, mobile, now) {
  const cached = memory.cachedUserId(app, a.memoryKey, mobile, now);
  if (cached) return { userId: cached };
  const call = callProvider(a.protocol.userIdRequest(a.baseUrl, token, mobile), a.secrets.concat([token]), now);
  if (call.result) return call.result;
  const answer = a.protocol.userIdAnswer(call.status, call.json, now);
  if (answer.userId) memory.saveUserId(app, a.memoryKey, mobile, answer.userId, now);
  return answer;
}

/** Sends `message` to the person with this mobile number. */
function sendAppMessage(app, channel, config, mobile, message, now) {
  const a = appOf(channel, config);
  if (channel === "dingtalk_notice" && message.link.length > a.protocol.LIMITS.url)
    return refused("message_invalid", "");
  return withToken(app, a, now, (token) => {
    const user = userIdOf(app, a, token, mobile, now);
    if (!user.userId) return user;
    const request = a.protocol.sendRequest(a.baseUrl, token, a.credentials, user.userId, message);
    const call = callProvider(request, a.secrets.concat([token]), now);
    if (call.result) return call.result;
    return a.protocol.sendAnswer(call.status, call.json, now);
  });
}

/** Whether a DingTalk work notification (its task id) reached the person with this mobile number. */
function checkNotice(app, config, mobile, taskId, now) {
  const a = appOf("dingtalk_notice", config);
  return withToken(app, a, now, (token) => {
    const user = userIdOf(app, a, token, mobile, now);
    if (!user.userId) return user;
    const call = callProvider(
      a.protocol.resultRequest(a.baseUrl, token, a.credentials, taskId),
      a.secrets.concat([token]),
      now,
    );
    if (call.result) return call.result;
    return a.protocol.resultAnswer(call.status, call.json, now, user.userId);
  });
}

module.exports = { sendAppMessage, checkNotice };
