// DingTalk (钉钉) custom robot: the signed send URL, the digest as `text` messages that @-mention
// people by mobile, and the robot's answers as results. Signing (the robot's 加签 security mode):
// sign = urlencode(base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret))), with the
// timestamp in milliseconds; DingTalk refuses one more than an hour off. A mention shows only when the
// number is both in at.atMobiles and written as @number in the text. A request body is at most 20,000
// bytes; the robot posts 20 messages a minute and, past that, is blocked for 10 minutes. Pure.
const { packDigest } = require("./robot-digest.js");
const { base64, hmacSha256 } = require("./digest.js");
const { percentEncode } = require("./percent-encode.js");
const { configError, errcodeResult, refused, retryAfter } = require("./channel-result.js");

// Well inside the 20,000-byte body (the JSON around the text and its escapes take the rest).
const TEXT_MAX_BYTES = 6000;
const PER_MINUTE = 20;
const BLOCKED_MS = 10 * 60000;

/** The `sign` query value for `timestamp` (ms) and the robot's secret (SEC...). */
function robotSign(secret, timestamp) {
  return percentEncode(base64(hmacSha256(secret, `${timestamp}\n${secret}`)));
}

/** The robot's send URL: signed when the robot has a secret. */
function robotUrl(baseUrl, token, secret, timestamp) {
  const url = `${baseUrl}/robot/send?access_token=${encodeURIComponent(token)}`;
  return secret ? `${url}&timestamp=${timestamp}&sign=${robotSign(secret, timestamp)}` : url;
}

/** The digest as request bodies, with the entries each carries. */
function robotMessages(digest) {
  const parts = packDigest(digest, TEXT_MAX_BYTES, (entry, text) => {
    const who = entry.name ? ` ${entry.name}` : "";
    return `@${entry.mobile}${who}：${text}\n${entry.link}`;
  });
  return parts.map((part) => ({
    entries: part.entries.map((e) => e.id),
    body: {
      msgtype: "text",
      text: { content: part.content },
      at: { atMobiles: part.entries.map((e) => e.mobile), isAtAll: false },
    },
  }));
}

/**
 * The result of one robot answer (HTTP status and parsed JSON body, or null).
 * @param {number} status @param {any} json @param {number} now
 */
function robotResult(status, json, now) {
  return errcodeResult(status, json, now, (code) => {
    // Send too fast: more than 20 a minute, and the robot is blocked for 10 minutes.
    if (code === 130101) return retryAfter(now + BLOCKED_MS, "rate_limited", code);
    // Token is not exist: a wrong access token, or the robot was removed (300005: another group's).
    if (code === 300001 || code === 300005) return configError("dingtalk_robot_token_invalid", code);
    // The robot's security check failed: signature or timestamp, keyword, or IP allow-list.
    if (code === 310000) return configError("dingtalk_robot_security", code);
    if (code === 460101) return refused("message_invalid", code); // body over 20,000 bytes
    return null;
  });
}

module.exports = { TEXT_MAX_BYTES, PER_MINUTE, BLOCKED_MS, robotSign, robotUrl, robotMessages, robotResult };
