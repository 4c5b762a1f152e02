// Dates as the participant reads them, in the page's language. A due date is a calendar day (stored as
// UTC midnight), so it is shown in UTC; a moment such as "written on" is shown in the device's zone.
import { isoDateToDay } from "../../lib/iso-date";
import type { Locale } from "../../i18n/locales";

/** "2025年3月1日" / "1 Mar 2025" for a due date; "" when there is none. */
export function formatDay(value: string, locale: Locale): string {
  if (isoDateToDay(value) === null) return "";
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

/** The local date of a PocketBase timestamp ("2025-03-01 08:00:00.000Z") or an ISO string. */
export function formatMoment(value: string, locale: Locale): string {
  const ms = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(ms) ? "" : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(ms));
}
