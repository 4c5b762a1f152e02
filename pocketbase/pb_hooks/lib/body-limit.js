// Caps every request's body before anything reads it (limits: lib/pure/body-limits.js). A body that
// says it is too large is refused at once, unread; one sent without a length is read only up to the
// limit. Refusals answer 413 with `data.body.code = jiannuo_body_too_large`, and on the join and link
// routes count as failed guesses of the client's address (lib/guess-limit.js).
const { throwFieldError, throwFieldErrors } = require("./api-errors.js");
const guesses = require("./guess-limit.js");
const { bodyLimitOf } = require("./pure/body-limits.js");

function refuseTooLarge(e, scope) {
  if (scope) guesses.recordFailure(e, scope);
  throwFieldError(413, "body", "jiannuo_body_too_large");
}

/** The router middleware (server-setup.pb.js): applies the request's limit, then goes on. */
function limitBody(e) {
  const { max, scope } = bodyLimitOf(e.request.method, e.request.url.path, e.hasSuperuserAuth());
  if (!max) return e.next();
  if (scope) guesses.assertNotLimited(e, scope);
  if (e.request.contentLength > max) refuseTooLarge(e, scope);
  // PocketBase's body limit: wraps the body in a reader that fails past `max` bytes, then calls e.next().
  return $apis.bodyLimit(max).func(e);
}

/** Whether a Go error, or one it wraps (the JSON reader's), is PocketBase's 413 "Request entity too large". */
function isTooLarge(err) {
  let cause = err && err.value;
  for (let depth = 0; cause && depth < 10; depth++) {
    if (cause.status === 413) return true;
    if (typeof cause.unwrap !== "function") return false;
    // A Go method that returns an error throws it in JavaScript.
    try {
      cause = cause.unwrap();
    } catch (wrapped) {
      cause = wrapped && wrapped.value;
    }
  }
  return false;
}

/**
 * The request's body as an object, for our routes: a body past its limit (sent without a length)
 * answers 413, one that is not a JSON object 400; either counts as a failed guess in `scope`.
 * @param {core.RequestEvent} e @param {string} scope
 * @returns {Record<string, any>}
 */
function requestBody(e, scope) {
  let body;
  try {
    body = e.requestInfo().body;
  } catch (err) {
    if (isTooLarge(err)) refuseTooLarge(e, scope);
    if (scope) guesses.recordFailure(e, scope);
    throwFieldErrors({ body: "jiannuo_body_invalid" });
  }
  return body;
}

module.exports = { limitBody, requestBody };
