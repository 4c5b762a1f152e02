// The slice of the dictionaries the unsubscribe island needs; the page picks it, so no dictionary ships to the browser.
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes UnsubscribePage passes to the island. */
export const UNSUBSCRIBE_STRING_PREFIXES = ["unsubscribe.", "errors."] as const;

/** A key the unsubscribe island may show. */
export type UnsubscribeStringKey = Extract<MessageKey, `unsubscribe.${string}` | `errors.${string}`>;

/** Already translated strings for the island, keyed like the dictionaries. */
export type UnsubscribeStrings = Readonly<Record<UnsubscribeStringKey, string>>;

/** Looks up and fills one of the island's strings. */
export type UnsubscribeText = (key: UnsubscribeStringKey, params?: MessageParams) => string;

/** A formatter bound to the island's strings. */
export function textFor(strings: UnsubscribeStrings): UnsubscribeText {
  return (key, params) => formatMessage(strings[key], params);
}
