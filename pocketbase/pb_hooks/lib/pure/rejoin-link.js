// The numbers and shapes of re-join links (lib/rejoin.js), without PocketBase.

/** How long a re-join link works after the trainer makes it: long enough to scan it at the front of the room. */
const REJOIN_MINUTES = 10;

/** How long a used or expired link is kept, so opening it again says "used" or "expired", not "unknown". */
const KEEP_USED_MS = 24 * 60 * 60 * 1000;

/** A token as the server makes it: 43 letters and digits (about 256 bits), nothing else. */
const TOKEN_PATTERN = /^[A-Za-z0-9]{43}$/;

/** The state of a stored link at `nowMs`: "used", "expired" or "open". */
function linkState(usedAt, expiresAtMs, nowMs) {
  if (usedAt) return "used";
  return expiresAtMs > nowMs ? "open" : "expired";
}

module.exports = { KEEP_USED_MS, REJOIN_MINUTES, TOKEN_PATTERN, linkState };
