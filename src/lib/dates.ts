// Dates as people read them, in the page's language, and PocketBase's timestamps. A calendar day (a due
// date, a workshop's first day) is stored as UTC midnight, so it is shown in UTC; a moment ("written on",
// "sent at") is shown in the device's zone. Pure: no DOM, no network (the day arithmetic is in iso-date.ts).
import type { Locale } from "../i18n/locales";
import { isoDateToDay } from "./iso-date";

/** Epoch ms of a PocketBase timestamp ("2025-03-01 08:00:00.000Z") or an ISO string; null when unreadable. */
export function parsePbDate(value: string): number | null {
  const ms = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(ms) ? null : ms;
}

/** "YYYY-MM-DD" of a PocketBase date ("2026-11-24 00:00:00.000Z"), as a date input wants it. */
export function isoDayOf(value: string): string {
  return value.slice(0, 10);
}

/** "2025年3月1日" / "Mar 1, 2025" for a calendar day (or a PocketBase date); "" when there is none. */
export function formatDay(value: string, locale: Locale): string {
  if (isoDateToDay(value) === null) return "";
  const day = new Date(`${isoDayOf(value)}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

/** "2025-03-05" in a sentence: "2025年3月5日" or "5 March 2025" (the coach's advice quotes a due date so). */
export function formatDayInWords(value: string, locale: Locale): string {
  const [year, month, day] = isoDayOf(value).split("-").map(Number) as [number, number, number];
  if (locale === "zh-CN") return `${year}年${month}月${day}日`;
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${day} ${months[month - 1] ?? ""} ${year}`;
}

/** "12月2日、12月16日和1月9日" / "Dec 2, Dec 16, and Jan 9" for calendar days. */
export function formatDayList(dates: readonly Date[], locale: Locale): string {
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(dates.map((date) => day.format(date)));
}

/** How a moment is written: its date ("medium" by default), and its time when `timeStyle` is given. */
export type MomentStyle = Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">;

/**
 * A formatter for moments (PocketBase timestamps or ISO strings) in the device's zone; "" for an unreadable
 * one. Made once for a whole table: creating an Intl formatter per cell is what makes big tables slow.
 */
export function momentFormatter(
  locale: Locale,
  style: MomentStyle = { dateStyle: "medium" },
): (value: string) => string {
  const format = new Intl.DateTimeFormat(locale, style);
  return (value) => {
    const ms = parsePbDate(value);
    return ms === null ? "" : format.format(ms);
  };
}

/** One moment, e.g. "2025年3月1日" or, with a time style, "Mar 1, 2025, 9:00 AM"; "" when unreadable. */
export function formatMoment(value: string, locale: Locale, style?: MomentStyle): string {
  return momentFormatter(locale, style)(value);
}
