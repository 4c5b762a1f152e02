// The one check of each field people write, driven by the schema's generated contract (type, limits,
// required): run on the raw values of record API requests and of our routes' bodies, and on what every
// save stores (record-hooks.pb.js), so no write path keeps its own copy. It refuses what PocketBase would
// quietly change (a `true` stored as 1, an unreadable date dropped) or store as given (text of spaces
// only, invisible control and direction-override characters). Pure: unit-tested in Node.
const contract = require("../generated/contract.js");

/**
 * The longer texts people write, which may hold line breaks and tabs (a pasted list of steps). Every
 * other text (names, a cohort's organisation, a module's slug) is one line: it stands in titles, lists
 * and email headers.
 */
const MULTILINE = { commitments: ["action", "trigger", "measure", "support"], checkins: ["note"] };
/** PocketBase's own length limit of a text field that sets none. */
const TEXT_DEFAULT_MAX = 5000;

// Controls (C0, DEL, C1) and the characters that reorder what follows them on screen (embeddings and
// overrides U+202A–U+202E, isolates U+2066–U+2069). Marks such as U+200E/U+200F and joiners (emoji) stay.
const ONE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

// A calendar date, optionally with a time and zone, as the client and PocketBase write them.
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_MAX_LENGTH = 40;

/** The contract's limits of `collection.field` ({} when it sets none). */
function limitsOf(collection, field) {
  const all = contract[`${collection.toUpperCase()}_FIELDS`];
  return (all && all[field]) || {};
}

/** Whether `collection` has a field a client may write with this name; its type, or "". */
function typeOf(collection, field) {
  const types = contract.FIELD_TYPES[collection];
  return types && Object.prototype.hasOwnProperty.call(types, field) ? types[field] : "";
}

function isCalendarDate(value) {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A text's problem. The length is capped first (a code point is at most two UTF-16 units), so no
 * later step (trim, the character scan) ever runs over more than twice the field's limit.
 */
function textProblem(value, limits, multiline) {
  if (value == null) value = "";
  if (typeof value !== "string") return "jiannuo_value_invalid";
  if (value.length > 2 * (limits.max || TEXT_DEFAULT_MAX)) return "validation_max_text_constraint";
  if (limits.required && value.trim() === "") return "validation_required";
  if ((multiline ? MULTILINE_FORBIDDEN : ONE_LINE_FORBIDDEN).test(value)) return "jiannuo_text_control";
  return "";
}

function numberProblem(value) {
  if (value == null) return "";
  return typeof value === "number" && Number.isFinite(value) ? "" : "jiannuo_number_invalid";
}

function dateProblem(value) {
  if (value == null || value === "") return "";
  return typeof value === "string" && value.length <= DATE_MAX_LENGTH && isCalendarDate(value)
    ? ""
    : "jiannuo_date_invalid";
}

/** A value that must be one JSON type (bool, or a string for select, relation and email fields). */
function typedProblem(value, type) {
  if (value == null) return "";
  const ok = type === "bool" ? typeof value === "boolean" : typeof value === "string";
  return ok ? "" : "jiannuo_value_invalid";
}

/**
 * The error code of `value` written to `collection.field`, or "" when it may be stored. Fields the
 * contract does not know (and json fields, whose size PocketBase checks) are left to PocketBase.
 * @param {string} collection @param {string} field @param {unknown} value
 */
function fieldProblem(collection, field, value) {
  const type = typeOf(collection, field);
  switch (type) {
    case "text":
      return textProblem(value, limitsOf(collection, field), (MULTILINE[collection] || []).indexOf(field) >= 0);
    case "number":
      return numberProblem(value);
    case "date":
      return dateProblem(value);
    case "bool":
    case "select":
    case "relation":
    case "email":
      return typedProblem(value, type);
    default:
      return "";
  }
}

// PocketBase's modifiers: `field+` and `+field` add to a value (append or prepend text, add a number),
// `field-` subtracts. What they add is checked as a value of the field.
const MODIFIER = /^\+|[+-]$/g;

/**
 * Error codes by field of the fields present in a request's body (only those: an update sends what
 * changes; a create's missing required fields are PocketBase's `validation_required`).
 * @param {string} collection @param {Record<string, unknown>} body
 * @returns {Record<string, string>}
 */
function bodyProblems(collection, body) {
  /** @type {Record<string, string>} */
  const errors = {};
  for (const key of Object.keys(body || {})) {
    const field = key.replace(MODIFIER, "");
    const code = fieldProblem(collection, field, body[key]);
    if (code) errors[field] = code;
  }
  return errors;
}

/** The text fields of a collection, which a save checks again as stored (see record-hooks.pb.js). */
function textFields(collection) {
  const types = contract.FIELD_TYPES[collection] || {};
  return Object.keys(types).filter((field) => types[field] === "text");
}

module.exports = { bodyProblems, fieldProblem, textFields };
