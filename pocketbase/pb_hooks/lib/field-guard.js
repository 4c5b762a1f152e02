// Runs the field checks (lib/pure/field-checks.js) on the record API's writes and on every save of the
// collections people write (record-hooks.pb.js); what they refuse answers 400 with each field's code.
const { throwFieldErrors } = require("./api-errors.js");
const { requestBody } = require("./body-limit.js");
const { bodyProblems, fieldProblem, textFields } = require("./pure/field-checks.js");

/** The collections whose fields people write, through the record API or our routes. */
const WRITTEN = [
  "trainers",
  "cohorts",
  "participants",
  "commitments",
  "checkins",
  "exercise_results",
  "result_measures",
  "result_values",
  "reach_channels",
  "buddy_encouragements",
];

// The record API's create (POST .../records) and update (PATCH .../records/{id}).
const RECORD_WRITE = /^\/api\/collections\/([^/]+)\/records(?:\/([^/]+))?$/;

/** The collection and record id a request creates or updates through the record API, or null. */
function recordWriteOf(e) {
  const m = RECORD_WRITE.exec(e.request.url.path);
  if (!m || !((e.request.method === "POST" && !m[2]) || (e.request.method === "PATCH" && m[2]))) return null;
  let collection = null;
  try {
    collection = e.app.findCachedCollectionByNameOrId(decodeURIComponent(m[1]));
  } catch (_) {
    return null; // PocketBase answers an unknown collection itself
  }
  return WRITTEN.indexOf(collection.name) >= 0
    ? { collection: collection.name, id: m[2] ? decodeURIComponent(m[2]) : "" }
    : null;
}

/**
 * Router middleware: checks a record API write's raw values before PocketBase converts them (its record
 * handlers turn a `true` into 1 and an unreadable date into none before any record hook sees them). On
 * an update, a text sent back as it is stored is not checked again, so a record saved before these
 * checks can still be edited. (PocketBase's batch API, off here, runs its requests without router
 * middlewares: with it on, only the save check below would hold.)
 */
function checkRecordWrite(e) {
  const write = recordWriteOf(e);
  if (!write) return e.next();
  const body = requestBody(e, "");
  let original = null;
  if (write.id) {
    try {
      original = e.app.findRecordById(write.collection, write.id);
    } catch (_) {
      original = null; // PocketBase answers 404 itself
    }
  }
  const sent = {};
  for (const field of Object.keys(body)) {
    if (original && typeof body[field] === "string" && body[field] === original.getString(field)) continue;
    sent[field] = body[field];
  }
  const errors = bodyProblems(write.collection, sent);
  if (Object.keys(errors).length) throwFieldErrors(errors);
  return e.next();
}

/**
 * Checks the text fields a save changes, whatever wrote them (a route, a hook, the record API): the
 * last guard, so a new write path cannot store text the checks refuse.
 */
function checkStoredText(record) {
  const collection = record.collection().name;
  const original = record.isNew() ? null : record.original();
  const errors = {};
  for (const field of textFields(collection)) {
    const value = record.getString(field);
    if (original && original.getString(field) === value) continue;
    const code = fieldProblem(collection, field, value);
    if (code) errors[field] = code;
  }
  if (Object.keys(errors).length) throwFieldErrors(errors);
}

module.exports = { WRITTEN, checkRecordWrite, checkStoredText };
