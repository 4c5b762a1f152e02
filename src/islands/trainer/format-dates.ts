// Dates as a trainer reads them, in the page's language; cohort days are calendar days (UTC midnight).
import type { Locale } from "../../i18n/locales";

/** "2026年11月24日" / "Nov 24, 2026" for a `YYYY-MM-DD` day. */
export function formatDay(locale: Locale, day: string): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(time);
}

/** "12月2日、12月16日和1月9日" / "Dec 2, Dec 16, and Jan 9". */
export function formatDateList(locale: Locale, dates: readonly Date[]): string {
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(dates.map((date) => day.format(date)));
}
