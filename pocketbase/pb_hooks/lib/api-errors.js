// Errors in PocketBase's own shape ({ field: { code, message } }), so clients localise every error the
// same way, whether PocketBase or a hook found it.

/**
 * English fallbacks; clients show their own localised text for each code.
 * @type {Record<string, string>}
 */
const MESSAGES = {
  jiannuo_code_format: "A join code has 6 letters and digits.",
  jiannuo_code_unknown: "No workshop has this join code.",
  jiannuo_cohort_archived: "This workshop is closed to new participants.",
  jiannuo_name_required: "Please enter your name.",
  jiannuo_name_too_long: "The name is too long.",
  jiannuo_email_invalid: "This is not a valid email address.",
  jiannuo_email_taken: "This email is already used by another participant.",
  jiannuo_consent_needs_email: "Follow-up emails need an email address.",
  jiannuo_locale_invalid: "Unknown language.",
  jiannuo_id_format: "Invalid participant id.",
  jiannuo_join_key_format: "Invalid join key.",
  jiannuo_id_conflict: "This participant id is already taken.",
  jiannuo_follow_up_days: "Invalid follow-up schedule.",
  jiannuo_dates_order: "The last day cannot be before the first day.",
  jiannuo_rate_limited: "Too many failed attempts from your network. Please wait a few minutes and try again.",
};

/** Throws a 400 whose data maps each field to `{ code, message }`. */
function throwFieldErrors(errors, summary) {
  const data = {};
  for (const field of Object.keys(errors)) {
    const code = errors[field];
    // Only ValidationError values survive PocketBase's clean-up of error data.
    data[field] = new ValidationError(code, MESSAGES[code] || code);
  }
  throw new BadRequestError(summary || "Please check the highlighted fields.", data);
}

module.exports = { MESSAGES, throwFieldErrors };
