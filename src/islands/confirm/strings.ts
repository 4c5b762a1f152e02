// The slice of the dictionaries the confirmation page's island needs; the page picks it, so no dictionary ships to the browser.
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes ConfirmPage passes to the island. */
export const CONFIRM_STRING_PREFIXES = ["confirm.", "errors."] as const;

/** A key the island may show. */
export type ConfirmStringKey = Extract<MessageKey, `confirm.${string}` | `errors.${string}`>;

/** Already translated strings for the island, keyed like the dictionaries. */
export type ConfirmStrings = Readonly<Record<ConfirmStringKey, string>>;

/** Looks up and fills one of the island's strings. */
export type ConfirmText = (key: ConfirmStringKey, params?: MessageParams) => string;

/** A formatter bound to the island's strings. */
export function textFor(strings: ConfirmStrings): ConfirmText {
  return (key, params) => formatMessage(strings[key], params);
}
