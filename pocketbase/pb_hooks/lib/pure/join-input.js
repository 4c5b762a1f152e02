// Reads and checks the body of POST /api/jiannuo/join. Pure: no database, so it is unit-tested in Node.
// The limits are the schema's (generated/contract.js); the join form checks the same ones.
const {
  EMAIL_SHAPE,
  PARTICIPANTS_FIELDS,
  isJoinCodeFormat,
  normalizeEmail,
  normalizeJoinCode,
} = require("../generated/contract.js");
const { fieldProblem } = require("./field-checks.js");

const NAME_MAX = PARTICIPANTS_FIELDS.name.max;
const LOCALES = PARTICIPANTS_FIELDS.locale.values;
// PocketBase's own record id (the device picks it, src/lib/record-id.ts), not a field of our schema.
const ID_PATTERN = /^[a-z0-9]{15}$/;
// The device's secret for retrying a join, and its id apart from any person's (one belonging answer per
// device: lib/belonging-profile.js); only their sha256 is stored.
const JOIN_KEY_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;
// Raw lengths past which a value is refused before any work on it: a code typed with spaces and
// dashes, an address (RFC 5321's longest path).
const CODE_RAW_MAX = 32;
const EMAIL_RAW_MAX = 320;
// The name's codes the join form knows, for the field checks' general ones.
const NAME_CODES = {
  validation_required: "jiannuo_name_required",
  validation_max_text_constraint: "jiannuo_name_too_long",
};

/**
 * Returns `{ value, errors }`: `value` is the cleaned input; `errors` maps a field to an error code
 * (`jiannuo_*`, localised by the client) and is empty when the input is acceptable.
 * @param {unknown} body
 * @returns {{ value: { code: string, name: string, email: string, followUpConsent: boolean,
 *   namedInReport: boolean, locale: string, id: string, joinKey: string, device: string }, errors: Record<string, string> }}
 */
function readJoinInput(body) {
  const b = /** @type {Record<string, any>} */ (body || {});
  /** @type {Record<string, string>} */
  const errors = {};
  // Every string is capped (or refused) before it is normalised, trimmed or counted.
  const code = typeof b.code === "string" && b.code.length <= CODE_RAW_MAX ? normalizeJoinCode(b.code) : "";
  if (!isJoinCodeFormat(code)) errors.code = "jiannuo_code_format";

  const nameProblem = fieldProblem("participants", "name", b.name);
  const name = nameProblem ? "" : b.name.trim();
  if (nameProblem) errors.name = NAME_CODES[nameProblem] || nameProblem;
  else if ([...name].length > NAME_MAX) errors.name = "jiannuo_name_too_long";

  const rawEmail = typeof b.email === "string" ? b.email : "";
  // Too long to be an address is refused as it is, before normalising (per-character work).
  const email = rawEmail.length <= EMAIL_RAW_MAX ? normalizeEmail(rawEmail) : "";
  if (rawEmail.length > EMAIL_RAW_MAX || (email && (email.length > 254 || !EMAIL_SHAPE.test(email))))
    errors.email = "jiannuo_email_invalid";

  const followUpConsent = b.followUpConsent === true;
  if (followUpConsent && !email && !errors.email) errors.email = "jiannuo_consent_needs_email";

  const locale = b.locale == null || b.locale === "" ? "" : b.locale;
  if (locale !== "" && LOCALES.indexOf(locale) < 0) errors.locale = "jiannuo_locale_invalid";

  const id = typeof b.id === "string" ? b.id : "";
  const joinKey = typeof b.joinKey === "string" ? b.joinKey : "";
  if (id && !ID_PATTERN.test(id)) errors.id = "jiannuo_id_format";
  if (joinKey && !JOIN_KEY_PATTERN.test(joinKey)) errors.joinKey = "jiannuo_join_key_format";
  if (id && !joinKey) errors.joinKey = "jiannuo_join_key_format";
  const device = typeof b.device === "string" ? b.device : "";
  if (device && !JOIN_KEY_PATTERN.test(device)) errors.device = "jiannuo_device_format";

  return {
    value: { code, name, email, followUpConsent, namedInReport: b.namedInReport === true, locale, id, joinKey, device },
    errors,
  };
}

module.exports = { readJoinInput, NAME_MAX };
