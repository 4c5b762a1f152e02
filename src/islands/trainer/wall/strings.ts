// The slice of the dictionaries the wall island needs; the page picks it, so no dictionary ships to the browser.
import { formatMessage, type MessageParams } from "../../../i18n/format";
import type { MessageKey } from "../../../i18n/zh-CN";

/** Key prefixes WallPage passes to the island. */
export const WALL_STRING_PREFIXES = ["wall."] as const;

/** A key the wall may show. */
export type WallStringKey = Extract<MessageKey, `wall.${string}`>;

/** Already translated strings for the wall, keyed like the dictionaries. */
export type WallStrings = Readonly<Record<WallStringKey, string>>;

/** Looks up and fills one of the wall's strings. */
export type WallText = (key: WallStringKey, params?: MessageParams) => string;

/** A formatter bound to the wall's strings. */
export function textFor(strings: WallStrings): WallText {
  return (key, params) => formatMessage(strings[key], params);
}
