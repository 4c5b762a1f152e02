// Every error a hook answers with is raised here, in PocketBase's own shape ({ field: { code, message } }),
// so clients localise every error the same way, whether PocketBase or a hook found it. `npm run types`
// copies ERROR_CODES into src/lib/pocketbase-types.ts for the client's error mapping, and
// tests/unit/server-error-codes.test.ts checks that every code has a message in both dictionaries.

/**
 * The codes our hooks raise, with English fallbacks; clients show their own text (`errors.<code>`).
 * @type {Record<string, string>}
 */
const MESSAGES = {
  jiannuo_code_format: "A join code has 6 letters and digits.",
  jiannuo_code_unknown: "No workshop has this join code.",
  jiannuo_cohort_archived: "This workshop is closed to new participants.",
  jiannuo_name_required: "Please enter your name.",
  jiannuo_name_too_long: "The name is too long.",
  jiannuo_email_invalid: "This is not a valid email address.",
  jiannuo_consent_needs_email: "Follow-up emails need an email address.",
  jiannuo_cohort_full: "This workshop is full.",
  jiannuo_cohort_busy: "Many people just joined this workshop. Please try again in a few minutes.",
  jiannuo_locale_invalid: "Unknown language.",
  jiannuo_id_format: "Invalid participant id.",
  jiannuo_join_key_format: "Invalid join key.",
  jiannuo_id_conflict: "This participant id is already taken.",
  jiannuo_follow_up_days: "Invalid follow-up schedule.",
  jiannuo_dates_order: "The last day cannot be before the first day.",
  jiannuo_rate_limited: "Too many failed attempts. Please wait a few minutes and try again.",
  jiannuo_token_invalid: "This link is not valid.",
  jiannuo_token_expired: "This link has expired.",
  jiannuo_rejoin_used: "This sign-in link was already used. Ask your trainer for a new one.",
  jiannuo_rejoin_expired: "This sign-in link has expired. Ask your trainer for a new one.",
  jiannuo_time_zone_unknown: "Unknown time zone.",
  jiannuo_sort_not_allowed: "Sorting by email is not allowed.",
  // The checks of every written field (lib/pure/field-checks.js) and of request bodies (lib/body-limit.js).
  jiannuo_text_control: "The text contains invisible control or direction characters.",
  jiannuo_date_invalid: "This is not a valid date.",
  jiannuo_number_invalid: "This must be a number.",
  jiannuo_value_invalid: "This value has the wrong type.",
  jiannuo_body_too_large: "The request is too large.",
  jiannuo_body_invalid: "The request could not be read.",
  jiannuo_device_format: "Invalid device id.",
  jiannuo_belonging_summary: "A belonging result is four averages from 1 to 5 and the weakest part.",
  jiannuo_belonging_too_few: "Too few answers yet to show the belonging profile without revealing anyone's.",
  // The channel senders' input (lib/channels/, pure/channel-request.js).
  jiannuo_channel_unknown: "Unknown channel.",
  jiannuo_webhook_invalid: "This is not the webhook address of a WeCom or DingTalk group robot.",
  jiannuo_mobile_invalid: "This is not a mobile number in mainland China.",
  // Result measures and their CSV import (lib/results.js, pure/result-values-csv.js).
  jiannuo_results_too_many_measures: "A workshop has at most three result measures.",
  jiannuo_results_too_many_values: "A result measure keeps at most 200 values.",
  jiannuo_results_csv_too_large: "The file is too large: at most 200 rows of a date and a value.",
  jiannuo_results_csv_empty: "The file has no rows of a date and a value.",
  jiannuo_results_csv_columns: "Each row needs exactly two cells: the date, then the value.",
  jiannuo_results_csv_same_day: "This date is in the file twice.",
  jiannuo_results_csv_date: "The date is not a real day written as year-month-day, e.g. 2026-11-20.",
  jiannuo_results_csv_value: "The value is not a number, e.g. 3.2 or 1,250.",
  // The isolation estimate of a follow-up from day 45 on (pure/isolation.js).
  jiannuo_isolation_invalid: "An estimate is two whole percentages from 0 to 100: the share and how sure.",
  jiannuo_isolation_not_asked: "This follow-up does not ask for an estimate.",
  // Buddies (lib/buddies.js, pure/buddies.js).
  jiannuo_buddy_not_paired: "You are not buddies with this person (or one of you has not agreed yet).",
  jiannuo_buddy_unknown: "This participant or pair is not in this workshop.",
  jiannuo_buddy_words_too_long: "An encouragement has at most 200 characters.",
  jiannuo_buddy_choice_off: "In this workshop, the trainer pairs buddies.",
  jiannuo_buddy_already_paired: "You already have a buddy.",
  // The supervisor loop (pure/supervisor-input.js).
  jiannuo_supervisor_name: "Please write your supervisor's name (at most 60 characters).",
  jiannuo_supervisor_note: "A note has at most 200 characters.",
  jiannuo_supervisor_list_too_large: "The list is too long: at most 300 lines and 10,000 characters.",
  jiannuo_supervisor_list_empty: "The list has no lines.",
  jiannuo_supervisor_list_columns: "Each line needs three parts: participant name, supervisor name, supervisor email.",
  jiannuo_supervisor_list_participant: "The participant's name is missing or holds invisible characters.",
  jiannuo_supervisor_list_unknown: "No participant of this workshop has this name.",
  jiannuo_supervisor_list_ambiguous:
    "Two participants of this workshop have this name: they can name their supervisor themselves on their page.",
  // PocketBase's code for a value outside a field's choices, used the same way for an answer link's answer.
  validation_invalid_value: "Unknown answer.",
};

/** Codes PocketBase itself answers with when a write breaks the schema (required, max, pattern, unique ...). */
const POCKETBASE_CODES = [
  "validation_required",
  "validation_max_text_constraint",
  "validation_invalid_email",
  "validation_not_unique",
  "validation_invalid_value",
  "validation_invalid_format",
  "validation_min_number_constraint",
  "validation_max_number_constraint",
  "validation_only_int_constraint",
];

/** Every code the server can put in `data.<field>.code`: ours, then PocketBase's. */
const ERROR_CODES = Object.keys(MESSAGES).concat(POCKETBASE_CODES.filter((code) => !(code in MESSAGES)));

function fieldData(errors) {
  const data = {};
  for (const field of Object.keys(errors)) {
    const code = errors[field];
    // Only ValidationError values survive PocketBase's clean-up of error data.
    data[field] = new ValidationError(code, MESSAGES[code] || code);
  }
  return data;
}

/** Throws a 400 whose data maps each field to `{ code, message }`. */
function throwFieldErrors(errors, summary) {
  throw new BadRequestError(summary || "Please check the highlighted fields.", fieldData(errors));
}

/** Throws `status` (e.g. 404 for an unknown link, 410 for an expired one) with one field's code. */
function throwFieldError(status, field, code) {
  throw new ApiError(status, MESSAGES[code] || code, fieldData({ [field]: code }));
}

/** Throws a 404: what was asked for does not exist, or is not the caller's to see. */
function throwNotFound(message) {
  throw new NotFoundError(message);
}

/** Throws a 429 after too many failed guesses (the caller sets Retry-After). */
function throwRateLimited() {
  throw new TooManyRequestsError(MESSAGES.jiannuo_rate_limited, {});
}

/** Throws a 503: a passing server problem, so clients keep what they sent and try again later. */
function throwUnavailable(message) {
  throw new ApiError(503, message, {});
}

module.exports = {
  ERROR_CODES,
  MESSAGES,
  throwFieldError,
  throwFieldErrors,
  throwNotFound,
  throwRateLimited,
  throwUnavailable,
};
