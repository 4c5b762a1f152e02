// A refused request of the results section in the dashboard's words, by field (or "form").
import { apiErrorKeys, FORM_ERROR } from "../../../../lib/api-errors";
import type { IslandText } from "../../../../i18n/islands";

/** Field → message; errors for fields not in `fields`, if given (and network or server trouble), go to "form". */
export function resultErrors(
  error: unknown,
  fields: readonly string[] | undefined,
  text: IslandText<"dashboard">,
): Record<string, string> {
  const keys = apiErrorKeys(error, fields ? { fields } : {});
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, text(key)]));
}

export { FORM_ERROR };
