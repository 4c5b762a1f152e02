// Failed trainer requests as i18n keys (the codes themselves are mapped in src/lib/api-errors.ts).
import { apiErrorKeys, FORM_ERROR, type ErrorKeys, type ErrorMessageKey } from "../../lib/api-errors";

function online(): boolean {
  return typeof navigator === "undefined" ? true : navigator.onLine;
}

/** Field (or FORM_ERROR) to message key, for a failed save of the cohort form. */
export function cohortErrorKeys(error: unknown, fields: readonly string[]): ErrorKeys {
  return apiErrorKeys(error, { fields, online: online() });
}

/** The one message for a failed request that belongs to no form field (list, archive, new code). */
export function requestErrorKey(error: unknown): ErrorMessageKey {
  const keys = apiErrorKeys(error, { fields: [], online: online() });
  return keys[FORM_ERROR] ?? "errors.server";
}

/** Why a sign-in failed: wrong email or password, or the usual network and server troubles. */
export function signInErrorKey(error: unknown): ErrorMessageKey | "trainer.signin.failed" {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 400 || status === 401 || status === 403) return "trainer.signin.failed";
  return requestErrorKey(error);
}
