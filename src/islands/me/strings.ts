// The slice of the dictionaries the "my commitments" island needs; the page picks it, so no dictionary
// ships to the browser. The island shares the bound formatter and the page's locale through a context.
import { createContext, useContext } from "react";
import { apiErrorKeys, FORM_ERROR } from "../../lib/api-errors";
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes MePage passes to the island. */
export const ME_STRING_PREFIXES = ["me.", "errors."] as const;

/** A key the island may show. */
export type MeStringKey = Extract<MessageKey, `me.${string}` | `errors.${string}`>;

/** Already translated strings for the island, keyed like the dictionaries. */
export type MeStrings = Readonly<Record<MeStringKey, string>>;

/** Looks up and fills one of the island's strings. */
export type MeText = (key: MeStringKey, params?: MessageParams) => string;

/** A formatter bound to the island's strings. */
export function textFor(strings: MeStrings): MeText {
  return (key, params) => formatMessage(strings[key], params);
}

/** What every part of the island needs: its text and the page's locale (for dates and calendar files). */
export interface MeContextValue {
  text: MeText;
  locale: "zh-CN" | "en";
}

/** Provided once by MyPage. */
export const MeContext = createContext<MeContextValue>({ text: (key) => key, locale: "zh-CN" });

/** The island's text and locale. */
export function useMe(): MeContextValue {
  return useContext(MeContext);
}

/** The message for a failed request: signed out (401/403), gone (404), or what api-errors says. */
export function failureKey(error: unknown): MeStringKey {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return "me.errors.signedOut";
  if (status === 404) return "me.errors.notFound";
  const online = typeof navigator === "undefined" ? true : navigator.onLine;
  return apiErrorKeys(error, { fields: [], online })[FORM_ERROR] ?? "errors.server";
}
