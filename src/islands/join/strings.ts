// The slice of the dictionaries the join island needs; the page picks it, so no dictionary ships to the browser.
import type { MessageKey } from "../../i18n/zh-CN";
import { formatMessage, type MessageParams } from "../../i18n/format";

/** Key prefixes the join page passes to the island. */
export const JOIN_STRING_PREFIXES = ["join.", "errors."] as const;

/** A key the join island may show. */
export type JoinStringKey = Extract<MessageKey, `join.${string}` | `errors.${string}`>;

/** Already translated strings for the join island, keyed like the dictionaries. */
export type JoinStrings = Readonly<Record<JoinStringKey, string>>;

/** Looks up and fills one string; returns a formatter bound to the island's strings. */
export function textFor(strings: JoinStrings) {
  return (key: JoinStringKey, params?: MessageParams): string => formatMessage(strings[key], params);
}
