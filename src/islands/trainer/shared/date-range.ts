// A workshop's dates as the dashboard and the report write them.
import type { Locale } from "../../../i18n/locales";
import type { Text } from "../../../i18n/format";
import { formatDay } from "../../../lib/dates";

/** "20 Nov 2026 to 21 Nov 2026"; one date when the workshop lasts a day. */
export function dateRange(text: Text<"common.dateRange">, locale: Locale, startsOn: string, endsOn: string): string {
  const [start, end] = [formatDay(startsOn, locale), formatDay(endsOn, locale)];
  return start === end || !end ? start : text("common.dateRange", { start, end });
}
