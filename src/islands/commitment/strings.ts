// The slice of the dictionaries the commitment island needs; the page picks it, so no dictionary ships to the browser.
import type { MessageKey } from "../../i18n/zh-CN";
import { formatMessage, type MessageParams } from "../../i18n/format";

/** Key prefixes the pages pass to the island: its own texts, the coach's hints and server errors. */
export const COMMIT_STRING_PREFIXES = ["commit.", "coach.", "errors."] as const;

/** A key the commitment island may show. */
export type CommitStringKey = Extract<MessageKey, `commit.${string}` | `coach.${string}` | `errors.${string}`>;

/** Already translated strings for the commitment island, keyed like the dictionaries. */
export type CommitStrings = Readonly<Record<CommitStringKey, string>>;

/** A formatter bound to the island's strings. */
export type Text = (key: CommitStringKey, params?: MessageParams) => string;

/** Looks up and fills one string; returns a formatter bound to the island's strings. */
export function textFor(strings: CommitStrings): Text {
  return (key, params) => formatMessage(strings[key], params);
}

/** A module as the island lists it: slug and title in the page's language. */
export interface ModuleChoice {
  slug: string;
  title: string;
}
