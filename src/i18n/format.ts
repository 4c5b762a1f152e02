// Placeholder filling on its own, so islands can format their already-translated strings
// without importing the dictionaries into the browser bundle.

/** Values for `{param}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces each `{param}` in a message; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The `{param}` names used in a message, sorted, for checking that locales agree. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}
