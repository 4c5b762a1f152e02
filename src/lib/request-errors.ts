// A failed request as message keys for a form, or as the one message of a request that belongs to no form.
import { apiErrorKeys, FORM_ERROR, type ErrorKeys, type ErrorMessageKey } from "./api-errors";

/** Field (or FORM_ERROR) to message key; errors of fields not in `fields` go to FORM_ERROR (all kept without it). */
export function requestErrorKeys(error: unknown, fields?: readonly string[]): ErrorKeys {
  return apiErrorKeys(error, fields ? { fields } : {});
}

/** The one message for a failed request that belongs to no form field: offline, network, server and the like. */
export function requestErrorKey(error: unknown): ErrorMessageKey {
  return requestErrorKeys(error, [])[FORM_ERROR] ?? "errors.server";
}
