// Checks the join form can do before asking the server, so participants get answers without a round trip.
// The server checks the same rules again; these only mirror them.
import type { ErrorKeys } from "../../lib/api-errors";
import { isJoinCodeFormat, normalizeJoinCode } from "../../lib/join-code";
import { EMAIL_SHAPE, normalizeEmail, PARTICIPANTS_FIELDS } from "../../lib/pocketbase-types";
import type { JoinInput } from "../../stores/session";

/** Longest name the server accepts, counted in characters (not UTF-16 units). */
export const NAME_MAX_LENGTH = PARTICIPANTS_FIELDS.name.max;

/** Number of characters as a person counts them (an emoji or a CJK character is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Errors the form can tell before sending, as `{ field -> i18n key }`; empty when the input looks fine. */
export function validateJoinInput(input: JoinInput): ErrorKeys {
  const errors: ErrorKeys = {};
  if (!isJoinCodeFormat(normalizeJoinCode(input.code))) errors["code"] = "errors.jiannuo_code_format";

  const name = input.name.trim();
  if (name === "") errors["name"] = "errors.jiannuo_name_required";
  else if (characterCount(name) > NAME_MAX_LENGTH) errors["name"] = "errors.jiannuo_name_too_long";

  const email = normalizeEmail(input.email);
  if (email !== "" && !EMAIL_SHAPE.test(email)) errors["email"] = "errors.jiannuo_email_invalid";
  else if (email === "" && input.followUpConsent) errors["email"] = "errors.jiannuo_consent_needs_email";
  return errors;
}
