// What the senders remember between calls, in PocketBase's in-memory app store (shared by every
// handler, gone at a restart, which costs one token fetch or one limit answer, never a message):
// access tokens until shortly before they expire, mobile → userid lookups, and each group robot's
// sends of the last minute (its 20-a-minute limit is kept here, so the provider is not asked to refuse).
// Keys name a robot or a number only by a SHA-256 digest: the store never holds a webhook key or a number.
const PREFIX = "jiannuo_channels:";
/** A token is renewed this long before the provider says it expires. */
const TOKEN_MARGIN_MS = 5 * 60000;
const USER_ID_TTL_MS = 24 * 3600000;

function read(app, key) {
  const raw = app.store().get(PREFIX + key);
  if (typeof raw !== "string" || !raw) return null;
  try {
    return JSON.parse(raw);
  } catch (_) {
    return null;
  }
}

function write(app, key, value) {
  app.store().set(PREFIX + key, JSON.stringify(value));
}

/** The cached token of `provider` ("wecom", "dingtalk"), or "" when there is none still good at `now`. */
function cachedToken(app, provider, now) {
  const entry = read(app, `token:${provider}`);
  return entry && entry.until > now ? entry.token : "";
}

function saveToken(app, provider, token, expiresInSeconds, now) {
  write(app, `token:${provider}`, { token, until: now + expiresInSeconds * 1000 - TOKEN_MARGIN_MS });
}

function forgetToken(app, provider) {
  app.store().remove(`${PREFIX}token:${provider}`);
}

function userKey(provider, mobile) {
  return `user:${provider}:${$security.sha256(mobile)}`;
}

/** The userid looked up earlier for this mobile number, or "". */
function cachedUserId(app, provider, mobile, now) {
  const entry = read(app, userKey(provider, mobile));
  return entry && entry.until > now ? entry.userId : "";
}

function saveUserId(app, provider, mobile, userId, now) {
  write(app, userKey(provider, mobile), { userId, until: now + USER_ID_TTL_MS });
}

function slotState(raw) {
  try {
    if (typeof raw === "string" && raw) return JSON.parse(raw);
  } catch (_) {
    // a damaged entry starts afresh
  }
  return { sends: [], blockedUntil: 0 };
}

/**
 * Takes one of `limit` uses per `windowMs` of what `name` names (a robot, a trainer's tests): 0 when
 * taken, else when the next one is free (also while it is blocked). Atomic across concurrent handlers.
 */
function takeSlot(app, name, limit, windowMs, now) {
  let waitUntil = 0;
  app.store().setFunc(`${PREFIX}slots:${$security.sha256(name)}`, (old) => {
    const state = slotState(old);
    const sends = state.sends.filter((at) => at > now - windowMs);
    if (state.blockedUntil > now) waitUntil = state.blockedUntil;
    else if (sends.length >= limit) waitUntil = sends[0] + windowMs;
    else sends.push(now);
    return JSON.stringify({ sends, blockedUntil: state.blockedUntil });
  });
  return waitUntil;
}

/** Keeps what `name` names quiet until `until` (a robot, after the provider said it is over its limit). */
function blockSlot(app, name, until) {
  app.store().setFunc(`${PREFIX}slots:${$security.sha256(name)}`, (old) => {
    const state = slotState(old);
    return JSON.stringify({ sends: state.sends, blockedUntil: Math.max(state.blockedUntil, until) });
  });
}

module.exports = {
  cachedToken,
  saveToken,
  forgetToken,
  cachedUserId,
  saveUserId,
  takeSlot,
  blockSlot,
};
