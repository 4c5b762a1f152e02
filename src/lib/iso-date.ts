// Calendar dates as the date input gives them: "YYYY-MM-DD", a day with no time and no zone.
// Arithmetic goes through a count of UTC days, so daylight saving and the device's zone never shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a real calendar date, or null (for "", "2025-02-30", "tomorrow"...).
 * PocketBase's stored form ("2025-03-01 00:00:00.000Z") is accepted too; only its date counts.
 */
export function isoDateToDay(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 02-30 over to 03-02; a date that does not survive the round trip does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The "YYYY-MM-DD" of a day count from `isoDateToDay`. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar date `days` after `value` (negative goes back); throws on a date that does not exist. */
export function addDays(value: string, days: number): string {
  const day = isoDateToDay(value);
  if (day === null) throw new RangeError(`Not a calendar date: "${value}"`);
  return dayToIsoDate(day + days);
}

/** The date a wall calendar on this device shows at `moment`, as "YYYY-MM-DD". */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
