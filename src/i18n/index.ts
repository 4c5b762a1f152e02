// The one place pages look up UI text. Islands get a small `strings` object from their page instead.
import { en } from "./en";
import { formatMessage, type MessageParams } from "./format";
import { zhCN, type MessageKey } from "./zh-CN";

export type { MessageKey } from "./zh-CN";
export type { MessageParams } from "./format";

/** Locales in the order the language switcher shows them; matches astro.config.mjs. */
export const LOCALES = ["zh-CN", "en"] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** Chinese is served without a path prefix (`/join/`), English under `/en/`. */
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Each locale's name written in that language, for the switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "中文", en: "English" };

const dictionaries: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { "zh-CN": zhCN, en };

/** Whether a value is one of our locales (for URL segments and stored settings). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The message for `key` in `locale`, with `{param}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(dictionaries[locale][key], params);
}

/** A subset of messages, picked by key prefix (e.g. `join.`, `errors.`), to hand to an island as props. */
export function pickMessages<P extends string>(
  locale: Locale,
  prefixes: readonly P[],
): Record<Extract<MessageKey, `${P}${string}`>, string> {
  const picked: Record<string, string> = {};
  for (const [key, text] of Object.entries(dictionaries[locale])) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = text;
  }
  return picked as Record<Extract<MessageKey, `${P}${string}`>, string>;
}

/** The site path of `path` in `locale`, always with a trailing slash: ('en', '/join') -> '/en/join/'. */
export function localizedPath(locale: Locale, path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
  return trimmed === "" ? `${prefix}/` : `${prefix}/${trimmed}/`;
}

/** The locale a site path belongs to, judged by its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same page in another locale: ('/join/', 'en') -> '/en/join/', ('/en/join', 'zh-CN') -> '/join/'. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const from = localeOfPath(pathname);
  const bare = from === DEFAULT_LOCALE ? pathname : pathname.slice(from.length + 1);
  return localizedPath(to, bare.replace(/(\/index)?\.html$/, ""));
}
