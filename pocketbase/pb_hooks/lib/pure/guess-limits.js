// The numbers and the device key of the failed-guess limiter (lib/guess-limit.js), without PocketBase.
// README "Rate limits" explains them, with the arithmetic of guessing a join code.

/** The header in which the site's pages name their device (src/lib/device-id.ts sends it). */
const DEVICE_HEADER = "X-Jiannuo-Device";
/** A device id: what src/lib/random-key.ts makes (43 characters), with room for other clients. */
const DEVICE_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

/** Defaults, each overridable by the environment variable named beside it. */
const DEFAULTS = {
  /** JIANNUO_GUESS_DEVICE_MAX_FAILURES: one device's failures per window, in each scope. */
  device: 10,
  /** JIANNUO_GUESS_ADDRESS_MAX_FAILURES: wrong join codes per client address per window, sized for a room. */
  join: 100,
  /** JIANNUO_LINK_ADDRESS_MAX_FAILURES: unknown link tokens per client address per window, against floods only. */
  token: 1000,
  /** JIANNUO_GUESS_WINDOW_SECONDS: the window of every counter. */
  windowSeconds: 600,
};

function positiveInt(raw, fallback) {
  const n = Number(String(raw || "").trim());
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The limits in force.
 * @param {(name: string) => string} getenv
 * @returns {{ windowMs: number, device: number, address: { join: number, token: number } }}
 */
function guessLimits(getenv) {
  return {
    windowMs: positiveInt(getenv("JIANNUO_GUESS_WINDOW_SECONDS"), DEFAULTS.windowSeconds) * 1000,
    device: positiveInt(getenv("JIANNUO_GUESS_DEVICE_MAX_FAILURES"), DEFAULTS.device),
    address: {
      join: positiveInt(getenv("JIANNUO_GUESS_ADDRESS_MAX_FAILURES"), DEFAULTS.join),
      token: positiveInt(getenv("JIANNUO_LINK_ADDRESS_MAX_FAILURES"), DEFAULTS.token),
    },
  };
}

/** The device id a request names, or "" when it names none (or something that is not one). */
function deviceOf(headerValue) {
  return typeof headerValue === "string" && DEVICE_PATTERN.test(headerValue) ? headerValue : "";
}

module.exports = { DEVICE_HEADER, DEFAULTS, guessLimits, deviceOf };
