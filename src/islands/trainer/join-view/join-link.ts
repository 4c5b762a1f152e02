// What the projected QR code encodes and what participants type instead.
import type { Locale } from "../../../i18n/locales";

/** The join page of the cohort's language: `/join/` or `/en/join/`. */
export function joinPath(locale: Locale): string {
  return locale === "en" ? "/en/join/" : "/join/";
}

/** `<origin>/join/?code=<CODE>`, the link the QR code opens. */
export function joinLink(origin: string, locale: Locale, code: string): string {
  return `${origin}${joinPath(locale)}?code=${encodeURIComponent(code)}`;
}

/** The short address to type, without scheme or trailing slash: `jiannuo.example.com/join`. */
export function typedAddress(host: string, locale: Locale): string {
  return `${host}${joinPath(locale).replace(/\/$/, "")}`;
}
