// A failed request as message keys, with the device's connection read in one place: api-errors.ts maps
// what the server answered and stays free of the DOM, so it takes `online` from here.
import { apiErrorKeys, FORM_ERROR, type ErrorKeys, type ErrorMessageKey } from "./api-errors";

/** Whether the device thinks it is online; true where there is no browser (the build, the tests' Node). */
function deviceOnline(): boolean {
  return typeof navigator === "undefined" ? true : navigator.onLine;
}

/** Field (or FORM_ERROR) to message key; errors of fields not in `fields` go to FORM_ERROR (all kept without it). */
export function requestErrorKeys(error: unknown, fields?: readonly string[]): ErrorKeys {
  return apiErrorKeys(error, { ...(fields ? { fields } : {}), online: deviceOnline() });
}

/** The one message for a failed request that belongs to no form field: offline, network, server and the like. */
export function requestErrorKey(error: unknown): ErrorMessageKey {
  return requestErrorKeys(error, [])[FORM_ERROR] ?? "errors.server";
}
