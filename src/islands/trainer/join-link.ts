// What the projected QR code encodes and what participants type instead.

/** The join page of the cohort's language: `/join/` or `/en/join/`. */
export function joinPath(locale: "zh-CN" | "en"): string {
  return locale === "en" ? "/en/join/" : "/join/";
}

/** `<origin>/join/?code=<CODE>`, the link the QR code opens. */
export function joinLink(origin: string, locale: "zh-CN" | "en", code: string): string {
  return `${origin}${joinPath(locale)}?code=${encodeURIComponent(code)}`;
}

/** The short address to type, without scheme or trailing slash: `jiannuo.example.com/join`. */
export function typedAddress(host: string, locale: "zh-CN" | "en"): string {
  return `${host}${joinPath(locale).replace(/\/$/, "")}`;
}
