// Limits FAILED guesses: wrong join codes (scope "join") and unknown follow-up link tokens (scope
// "token"). Successful requests are never counted, so a workshop room of 300 tablets behind one venue
// NAT address joins freely. Successes do not reset a count either: someone who knows one code could
// otherwise interleave it to keep guessing the others.
//
// Each failure counts twice: for the device (the id the site's pages send in the X-Jiannuo-Device
// header, pure/guess-limits.js) with a tight limit, and for the client address with a much higher
// ceiling sized for a room. So a device that keeps guessing stops only itself: the tablet beside it,
// behind the same router, still joins with the right code. A device id is the client's own word and a
// script can make up a new one for every request; the address ceiling is what bounds guessing
// (README "Rate limits" has the arithmetic). A limited device or address gets a 429 whatever it sends,
// the right code too, so the answer never tells which code is right. Link tokens are 256 bits of
// secret: their address ceiling is high, only a stop for floods.
//
// Counts live in memory ($app.store(), shared by all handlers of the one PocketBase process), not in a
// collection: a failed guess then costs no write on SQLite's single writer (which the room's joins
// need), guessers cannot grow the database, and counts that last minutes lose nothing that matters
// when the process restarts. Entries expire with their window and are swept when the store grows.
//
// The address is PocketBase's e.realIP(): the connection's address, or the header named in Settings →
// Application → "Trusted IP proxy headers" when the request comes through a trusted reverse proxy.
const { throwRateLimited } = require("./api-errors.js");
const { addressKey } = require("./pure/address-key.js");
const { DEVICE_HEADER, deviceOf, guessLimits } = require("./pure/guess-limits.js");

/** Above this many entries in the store, expired guess counts are removed. */
const SWEEP_ABOVE = 5000;
const PREFIX = "jiannuo:guess:";

function sweep(store, now) {
  if (store.length() <= SWEEP_ABOVE) return;
  for (const key of store.keys()) {
    if (!String(key).startsWith(PREFIX)) continue;
    const entry = store.get(key);
    if (!entry || entry.resetAt <= now) store.remove(key);
  }
}

/** The current entry of a key, or null when it has none or its window has passed. */
function current(store, key, now) {
  const entry = store.get(key);
  return entry && entry.resetAt > now ? entry : null;
}

/** The counters a failure of this request counts in, each with its limit: the address, and the device if named. */
function countersOf(e, scope) {
  const limits = guessLimits((name) => $os.getenv(name));
  const counters = [{ key: `${PREFIX}${scope}:address:${addressKey(e.realIP())}`, max: limits.address[scope] }];
  const device = deviceOf(e.request.header.get(DEVICE_HEADER));
  if (device) counters.push({ key: `${PREFIX}${scope}:device:${device}`, max: limits.device });
  return { counters, windowMs: limits.windowMs };
}

/** Throws a 429 (with Retry-After) when this request's device or address has used up its failures in this scope. */
function assertNotLimited(e, scope) {
  const now = Date.now();
  const store = $app.store();
  let waitMs = 0;
  for (const { key, max } of countersOf(e, scope).counters) {
    const entry = current(store, key, now);
    if (entry && entry.count >= max) waitMs = Math.max(waitMs, entry.resetAt - now);
  }
  if (!waitMs) return;
  e.response.header().set("Retry-After", String(Math.max(1, Math.ceil(waitMs / 1000))));
  throwRateLimited();
}

/** Counts one failed guess of this request's address (and device) in this scope. */
function recordFailure(e, scope) {
  const { counters, windowMs } = countersOf(e, scope);
  const store = $app.store();
  const now = Date.now();
  sweep(store, now);
  for (const { key } of counters) {
    // setFunc runs under the store's lock, so parallel failures all count.
    store.setFunc(key, (old) =>
      old && old.resetAt > now ? { count: old.count + 1, resetAt: old.resetAt } : { count: 1, resetAt: now + windowMs },
    );
  }
}

/** The HTTP status of an error thrown in a handler (a JS ApiError, or a wrapped Go one), or 0. */
function statusOf(err) {
  if (err && typeof err.status === "number") return err.status;
  if (err && err.value && typeof err.value.status === "number") return err.value.status;
  return 0;
}

/**
 * Runs `handler` unless the device or the address is limited; an error with status `failureStatus` thrown by it
 * counts as a failed guess (and is thrown on).
 */
function guarded(e, scope, failureStatus, handler) {
  assertNotLimited(e, scope);
  try {
    return handler();
  } catch (err) {
    if (statusOf(err) === failureStatus) recordFailure(e, scope);
    throw err;
  }
}

module.exports = { assertNotLimited, guarded, recordFailure };
