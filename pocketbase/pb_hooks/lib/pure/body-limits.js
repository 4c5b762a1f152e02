// How large a request body may be, decided before anything reads it (lib/body-limit.js applies it to
// every request). PocketBase's own limit is 32 MB, and its record API adds more: enough for one
// request to cost the server hundreds of megabytes while it parses and checks the text. Pure.

const KB = 1024;

/**
 * Every request except a superuser's (whose admin screens upload backups and import collections).
 * The largest legitimate body, a commitment with every text at its limit and each character sent
 * as a \u escape, is about 17 KB; tests/unit/server/body-limits.test.ts keeps it below this.
 */
const API_BODY_MAX = 64 * KB;

/** Any route of ours not listed in ROUTES: they read no body. */
const ROUTE_BODY_MAX = 4 * KB;

/**
 * Our routes that read a body, each sized to its largest legitimate request; `scope` names the guess
 * limiter's scope (lib/guess-limit.js) in which a refused body counts as a failed guess.
 */
const ROUTES = [
  { method: "POST", path: "/api/jiannuo/join", max: 8 * KB, scope: "join" },
  // A note of 1000 characters, \u-escaped, and the link's token.
  { method: "POST", path: "/api/jiannuo/checkin", max: 16 * KB, scope: "token" },
  { method: "POST", path: "/api/jiannuo/unsubscribe", max: 4 * KB, scope: "token" },
  // A group digest of 200 people, each with 1000 characters of text and a link, \u-escaped.
  { method: "POST", path: "/api/jiannuo/channels/send-test", max: 2048 * KB, scope: "" },
  { method: "POST", path: "/api/jiannuo/unsubscribe/undo", max: 4 * KB, scope: "token" },
  { method: "POST", path: "/api/jiannuo/confirm", max: 4 * KB, scope: "token" },
  { method: "POST", path: "/api/jiannuo/rejoin", max: 4 * KB, scope: "token" },
  // A result measure's CSV: at most 16,000 characters (lib/pure/result-values-csv.js), \u-escaped.
  { method: "POST", path: "/api/jiannuo/results/import", max: 100 * KB, scope: "" },
  { method: "POST", path: "/api/jiannuo/reach/withdraw", max: 4 * KB, scope: "token" },
  { method: "POST", path: "/api/jiannuo/supervisor/view", max: 4 * KB, scope: "token" },
  { method: "POST", path: "/api/jiannuo/supervisor/stop", max: 4 * KB, scope: "token" },
  // A note of 200 characters, \u-escaped, and the link's token.
  { method: "POST", path: "/api/jiannuo/supervisor/mark", max: 4 * KB, scope: "token" },
  // The trainer's list: at most 10,000 characters (lib/pure/supervisor-input.js), \u-escaped.
  { method: "POST", path: "/api/jiannuo/supervisors/propose", max: 64 * KB, scope: "" },
];

/**
 * The body limit of a request: `max` bytes (0: PocketBase's own limits apply) and the guess scope a
 * refusal counts in ("" for none).
 * @param {string} method @param {string} path @param {boolean} superuser
 * @returns {{ max: number, scope: string }}
 */
function bodyLimitOf(method, path, superuser) {
  for (const route of ROUTES) {
    if (route.method === method && route.path === path) return { max: route.max, scope: route.scope };
  }
  if (path.indexOf("/api/jiannuo/") === 0) return { max: ROUTE_BODY_MAX, scope: "" };
  return { max: superuser ? 0 : API_BODY_MAX, scope: "" };
}

module.exports = { API_BODY_MAX, bodyLimitOf };
