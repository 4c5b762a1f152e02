// The one place pages look up UI text. Islands get a small `strings` object from their page instead
// (the keys in ./islands.ts), and take locales and paths from ./locales, which holds no dictionary.
import { en } from "./en";
import { formatMessage, type KeyPick, type MessageParams, type PickedKey } from "./format";
import type { Locale } from "./locales";
import { zhCN, type MessageKey } from "./zh-CN";

export type { MessageKey } from "./zh-CN";
export type { MessageParams } from "./format";
export * from "./locales";

const dictionaries: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { "zh-CN": zhCN, en };

/** The message for `key` in `locale`, with `{param}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(dictionaries[locale][key], params);
}

/**
 * The messages an island needs, to hand to it as props: every key under a prefix that ends in "."
 * (`join.`, `errors.`), and each whole key listed (`common.cancel`).
 */
export function pickMessages<const P extends readonly KeyPick[]>(
  locale: Locale,
  picks: P,
): Record<PickedKey<P>, string> {
  const wanted = (key: string) => picks.some((pick) => (pick.endsWith(".") ? key.startsWith(pick) : key === pick));
  const picked: Record<string, string> = {};
  for (const [key, text] of Object.entries(dictionaries[locale])) {
    if (wanted(key)) picked[key] = text;
  }
  return picked as Record<PickedKey<P>, string>;
}
