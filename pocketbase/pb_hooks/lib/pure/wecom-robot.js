// WeCom (企业微信) group robot: the digest as `text` messages and the robot's answers as results.
// Why text and not markdown: in markdown a person can be mentioned only as <@userid>, and we know
// people's mobile numbers, not their WeCom userids; `text` takes `mentioned_mobile_list`, and WeCom
// makes the links in it tappable. A text's content is at most 2048 bytes, so a long digest becomes
// several messages (pure/robot-digest.js). The robot posts 20 messages a minute at most. Pure.
const { packDigest } = require("./robot-digest.js");
const { configError, errcodeResult, refused, retryAfter } = require("./channel-result.js");

const TEXT_MAX_BYTES = 2048;
const PER_MINUTE = 20;

/** The robot's send URL for `key` under the configured base URL. */
function robotUrl(baseUrl, key) {
  return `${baseUrl}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`;
}

/** The digest as request bodies, with the entries each carries. */
function robotMessages(digest) {
  const parts = packDigest(digest, TEXT_MAX_BYTES, (entry, text) => {
    const who = entry.name ? `${entry.name}：` : "";
    return `${who}${text}\n${entry.link}`;
  });
  return parts.map((part) => ({
    entries: part.entries.map((e) => e.id),
    body: {
      msgtype: "text",
      text: { content: part.content, mentioned_mobile_list: part.entries.map((e) => e.mobile) },
    },
  }));
}

/**
 * The result of one robot answer (HTTP status and parsed JSON body, or null when it was not JSON).
 * @param {number} status @param {any} json @param {number} now
 */
function robotResult(status, json, now) {
  return errcodeResult(status, json, now, (code) => {
    if (code === 45009) return retryAfter(now + 60000, "rate_limited", code); // 20 a minute per robot
    if (code === 93000) return configError("wecom_robot_key_invalid", code); // a wrong key, or the robot was removed
    if (code === 40058) return refused("message_invalid", code); // a parameter refused (e.g. content too long)
    return null;
  });
}

module.exports = { TEXT_MAX_BYTES, PER_MINUTE, robotUrl, robotMessages, robotResult };
