// The slice of the dictionaries the sign-in island needs; the page picks it, so no dictionary ships to the browser.
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes SignInPage passes to the island. */
export const SIGNIN_STRING_PREFIXES = ["signin.", "errors."] as const;

/** A key the sign-in island may show. */
export type SignInStringKey = Extract<MessageKey, `signin.${string}` | `errors.${string}`>;

/** Already translated strings for the island, keyed like the dictionaries. */
export type SignInStrings = Readonly<Record<SignInStringKey, string>>;

/** Looks up and fills one of the island's strings. */
export type SignInText = (key: SignInStringKey, params?: MessageParams) => string;

/** A formatter bound to the island's strings. */
export function textFor(strings: SignInStrings): SignInText {
  return (key, params) => formatMessage(strings[key], params);
}
