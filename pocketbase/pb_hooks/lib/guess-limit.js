// Limits FAILED guesses per client address: wrong join codes (scope "join") and unknown follow-up link
// tokens (scope "token"). Successful requests are never counted, so a workshop room of 300 tablets
// behind one venue NAT address joins freely; only an address that keeps guessing wrong gets a 429
// until its window has passed. Successes do not reset the count either: someone who knows one code
// could otherwise interleave it to keep guessing the others.
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

/** Defaults: 60 failures per 10 minutes per address (and per scope). See README "Rate limits". */
const DEFAULT_MAX_FAILURES = 60;
const DEFAULT_WINDOW_SECONDS = 600;
/** Above this many entries in the store, expired guess counts are removed. */
const SWEEP_ABOVE = 5000;
const PREFIX = "jiannuo:guess:";

function positiveInt(raw, fallback) {
  const n = Number(String(raw || "").trim());
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The limit in force: JIANNUO_GUESS_MAX_FAILURES failures per JIANNUO_GUESS_WINDOW_SECONDS. */
function limits() {
  return {
    max: positiveInt($os.getenv("JIANNUO_GUESS_MAX_FAILURES"), DEFAULT_MAX_FAILURES),
    windowMs: positiveInt($os.getenv("JIANNUO_GUESS_WINDOW_SECONDS"), DEFAULT_WINDOW_SECONDS) * 1000,
  };
}

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

/** Throws a 429 (with Retry-After) when this address has used up its failures in this scope. */
function assertNotLimited(e, scope) {
  const { max } = limits();
  const now = Date.now();
  const entry = current($app.store(), PREFIX + scope + ":" + addressKey(e.realIP()), now);
  if (!entry || entry.count < max) return;
  const seconds = Math.max(1, Math.ceil((entry.resetAt - now) / 1000));
  e.response.header().set("Retry-After", String(seconds));
  throwRateLimited();
}

/** Counts one failed guess of this address in this scope. */
function recordFailure(e, scope) {
  const { windowMs } = limits();
  const store = $app.store();
  const now = Date.now();
  sweep(store, now);
  // setFunc runs under the store's lock, so parallel failures all count.
  store.setFunc(PREFIX + scope + ":" + addressKey(e.realIP()), (old) =>
    old && old.resetAt > now ? { count: old.count + 1, resetAt: old.resetAt } : { count: 1, resetAt: now + windowMs },
  );
}

/** The HTTP status of an error thrown in a handler (a JS ApiError, or a wrapped Go one), or 0. */
function statusOf(err) {
  if (err && typeof err.status === "number") return err.status;
  if (err && err.value && typeof err.value.status === "number") return err.value.status;
  return 0;
}

/**
 * Runs `handler` unless the address is limited; an error with status `failureStatus` thrown by it
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
