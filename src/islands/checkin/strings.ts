// The slice of the dictionaries the check-in island needs; the page picks it, so no dictionary ships to the browser.
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes CheckinPage passes to the island. */
export const CHECKIN_STRING_PREFIXES = ["checkin.", "errors."] as const;

/** A key the check-in island may show. */
export type CheckinStringKey = Extract<MessageKey, `checkin.${string}` | `errors.${string}`>;

/** Already translated strings for the island, keyed like the dictionaries. */
export type CheckinStrings = Readonly<Record<CheckinStringKey, string>>;

/** Looks up and fills one of the island's strings. */
export type CheckinText = (key: CheckinStringKey, params?: MessageParams) => string;

/** A formatter bound to the island's strings. */
export function textFor(strings: CheckinStrings): CheckinText {
  return (key, params) => formatMessage(strings[key], params);
}
