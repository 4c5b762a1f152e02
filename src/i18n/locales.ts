// The locales and their paths, with no dictionary in sight: islands and browser scripts import from here
// (or from ./format) so that no dictionary reaches the browser; pages use the lookups in ./index.

/** Locales in the order the language switcher shows them; matches astro.config.mjs. */
export const LOCALES = ["zh-CN", "en"] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** Chinese is served without a path prefix (`/join/`), English under `/en/`. */
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Each locale's name written in that language, for the switcher and the join form's language choice. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "中文", en: "English" };

/** One value per locale, e.g. a page's path in each language. */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { "zh-CN": make("zh-CN"), en: make("en") };
}

/** Whether a value is one of our locales (for URL segments and stored settings). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
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
