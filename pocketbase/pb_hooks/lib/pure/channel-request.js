// What a sender is asked to send, checked and normalised before any provider is called: the channel,
// its target (an email address, a mobile number, a group robot's webhook) and the message or, for a
// group robot, the digest. Sizes are capped here, before any work. A group robot's webhook is reduced
// to its credential (WeCom's key, DingTalk's access token): the request goes to the configured base
// URL, never to a host a caller wrote. Pure; errors are api-errors.js codes by field.

const CHANNELS = ["email", "wecom_robot", "wecom_app", "dingtalk_robot", "dingtalk_notice", "sms"];
const ROBOTS = ["wecom_robot", "dingtalk_robot"];

const MAX_TITLE = 64;
const MAX_TEXT = 1000;
const MAX_LINK = 1000;
const MAX_NAME = 64;
const MAX_ENTRIES = 200;
const MAX_HTML = 100000;

const WECOM_KEY = /^[A-Za-z0-9-]{8,64}$/;
const DINGTALK_TOKEN = /^[A-Za-z0-9]{16,128}$/;
const DINGTALK_SECRET = /^SEC[A-Za-z0-9]{16,128}$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** A mainland China mobile number as its 11 digits (spaces, dashes and a +86/0086 prefix allowed), or "". */
function normalizeMobile(input) {
  const digits = String(input === undefined || input === null ? "" : input)
    .trim()
    .replace(/[\s-]/g, "")
    .replace(/^(?:\+86|0086|86(?=1\d{10}$))/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : "";
}

/** The query value `name` of a URL-like text, or "". */
function queryValue(text, name) {
  const match = new RegExp(`[?&]${name}=([^&#\\s]*)`).exec(text);
  if (!match) return "";
  try {
    return decodeURIComponent(match[1]);
  } catch (_) {
    return "";
  }
}

/** A WeCom group robot's key, from its webhook address or the bare key; "" when neither. */
function wecomRobotKey(webhook) {
  const text = String(webhook || "").trim();
  const key = /^https?:\/\//.test(text) ? queryValue(text, "key") : text;
  return WECOM_KEY.test(key) ? key : "";
}

/** A DingTalk custom robot's access token, from its webhook address or the bare token; "" when neither. */
function dingtalkRobotToken(webhook) {
  const text = String(webhook || "").trim();
  const token = /^https?:\/\//.test(text) ? queryValue(text, "access_token") : text;
  return DINGTALK_TOKEN.test(token) ? token : "";
}

function isText(value, max, required) {
  if (value === undefined || value === null || value === "") return !required;
  return typeof value === "string" && value.length <= max && !CONTROL.test(value);
}

function isLink(value) {
  return typeof value === "string" && value.length <= MAX_LINK && /^https?:\/\/[^\s<>"]+$/.test(value);
}

function checkMessage(message, errors) {
  if (!message || typeof message !== "object") {
    errors.message = "jiannuo_value_invalid";
    return null;
  }
  const ok =
    isText(message.title, MAX_TITLE, true) &&
    isText(message.text, MAX_TEXT, true) &&
    isText(message.linkLabel, 8, false) &&
    (message.link === undefined || message.link === "" || isLink(message.link)) &&
    (message.html === undefined || (typeof message.html === "string" && message.html.length <= MAX_HTML));
  if (!ok) {
    errors.message = "jiannuo_value_invalid";
    return null;
  }
  const headers = {};
  if (message.headers && typeof message.headers === "object") {
    for (const name of Object.keys(message.headers)) {
      const v = message.headers[name];
      if (/^[A-Za-z0-9-]{1,64}$/.test(name) && typeof v === "string" && v.length <= 2000 && !/[\r\n]/.test(v))
        headers[name] = v;
    }
  }
  return {
    title: message.title,
    text: message.text,
    link: message.link || "",
    linkLabel: message.linkLabel || "",
    html: message.html || "",
    headers,
  };
}

function checkDigest(digest, errors) {
  const entries = digest && Array.isArray(digest.entries) ? digest.entries : null;
  if (
    !entries ||
    !entries.length ||
    entries.length > MAX_ENTRIES ||
    !isText(digest.title, MAX_TITLE, true) ||
    !isText(digest.intro, MAX_TEXT, false)
  ) {
    errors.digest = "jiannuo_value_invalid";
    return null;
  }
  const out = [];
  const ids = {};
  for (const entry of entries) {
    const mobile = normalizeMobile(entry && entry.mobile);
    const id = entry && typeof entry.id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(entry.id) ? entry.id : "";
    if (!id || ids[id] || !mobile || !isText(entry.name, MAX_NAME, false) || !isText(entry.text, MAX_TEXT, true)) {
      errors.digest = "jiannuo_value_invalid";
      return null;
    }
    if (!isLink(entry.link)) {
      errors.digest = "jiannuo_value_invalid";
      return null;
    }
    ids[id] = true;
    out.push({ id, mobile, name: entry.name || "", text: entry.text, link: entry.link });
  }
  return { title: digest.title, intro: digest.intro || "", entries: out };
}

function checkTarget(channel, target, errors) {
  const t = target && typeof target === "object" ? target : {};
  if (channel === "email") {
    const address = typeof t.address === "string" ? t.address.trim() : "";
    if (!EMAIL.test(address) || address.length > 254 || !isText(t.name, MAX_NAME, false)) {
      errors.target = "jiannuo_email_invalid";
      return null;
    }
    return { address, name: t.name || "" };
  }
  if (channel === "wecom_robot") {
    const key = wecomRobotKey(t.webhook);
    if (!key) {
      errors.target = "jiannuo_webhook_invalid";
      return null;
    }
    return { key };
  }
  if (channel === "dingtalk_robot") {
    const token = dingtalkRobotToken(t.webhook);
    const secret = typeof t.secret === "string" ? t.secret.trim() : "";
    if (!token || (secret && !DINGTALK_SECRET.test(secret))) {
      errors.target = "jiannuo_webhook_invalid";
      return null;
    }
    return { token, secret };
  }
  const mobile = normalizeMobile(t.mobile);
  if (!mobile) {
    errors.target = "jiannuo_mobile_invalid";
    return null;
  }
  return { mobile };
}

/**
 * The request, checked: `{ request }` ready for the senders, or `{ errors }` by field.
 * A robot channel takes `digest` (title, intro, entries of id, mobile, name, text, link); the others
 * take `message` (title, text, link, linkLabel; for email also html and headers).
 * @param {any} body
 * @returns {{ request?: any, errors?: Record<string, string> }}
 */
function checkSendRequest(body) {
  const errors = {};
  const b = body && typeof body === "object" ? body : {};
  if (CHANNELS.indexOf(b.channel) < 0) return { errors: { channel: "jiannuo_channel_unknown" } };
  const target = checkTarget(b.channel, b.target, errors);
  const robot = ROBOTS.indexOf(b.channel) >= 0;
  const content = robot ? checkDigest(b.digest, errors) : checkMessage(b.message, errors);
  if (!target || !content) return { errors };
  return {
    request: robot ? { channel: b.channel, target, digest: content } : { channel: b.channel, target, message: content },
  };
}

module.exports = {
  CHANNELS,
  ROBOTS,
  normalizeMobile,
  wecomRobotKey,
  dingtalkRobotToken,
  checkSendRequest,
};
