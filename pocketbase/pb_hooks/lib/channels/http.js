// One HTTP call to a provider through PocketBase's $http.send, answering either its status and JSON
// body, or, when the provider could not be reached at all (refused connection, timeout, TLS), a
// retry-after result. The error text of a failed call carries the URL, keys and tokens included: it is
// kept only masked (pure/channel-result.js), in `detail`, for the operator.
const { maskSecrets, retryAfter } = require("../pure/channel-result.js");

const TIMEOUT_SECONDS = 15;
// An answer larger than this is not one of the small JSON answers the providers give.
const MAX_ANSWER_BYTES = 64 * 1024;
/** A provider that cannot be reached is tried again after this long. */
const UNREACHABLE_RETRY_MS = 5 * 60000;

/**
 * Sends `spec` ({ method, url, headers, body: object | string }) and answers `{ status, json }` (json
 * null when the answer is not JSON), or `{ result }` when the provider could not be reached.
 * @param {{ method: string, url: string, headers?: Record<string, string>, body?: any }} spec
 * @param {string[]} secrets what to mask in any error text
 * @param {number} now
 */
function callProvider(spec, secrets, now) {
  const headers = Object.assign({}, spec.headers || {});
  let body;
  if (spec.body !== undefined && typeof spec.body !== "string") {
    body = JSON.stringify(spec.body);
    if (!headers["Content-Type"]) headers["Content-Type"] = "application/json; charset=utf-8";
  } else body = spec.body;
  let res;
  try {
    res = $http.send({ method: spec.method, url: spec.url, headers, body: body || "", timeout: TIMEOUT_SECONDS });
  } catch (err) {
    const result = retryAfter(now + UNREACHABLE_RETRY_MS, "provider_unreachable", "");
    result.detail = maskSecrets(String(err), secrets).slice(0, 500);
    return { result };
  }
  let json = null;
  try {
    json = JSON.parse(toString(res.body, MAX_ANSWER_BYTES));
  } catch (_) {
    json = null;
  }
  return { status: res.statusCode, json };
}

module.exports = { callProvider, UNREACHABLE_RETRY_MS };
