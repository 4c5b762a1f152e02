// The slice of the dictionaries the report needs: its own text plus the dashboard's status, kind, chart and
// page-state words (the report reuses the dashboard's follow-through chart and page states).
import { createContext, useContext } from "react";
import { formatMessage, type MessageParams } from "../../../i18n/format";
import type { MessageKey } from "../../../i18n/zh-CN";

/** Key prefixes ReportPage passes to the island. */
export const REPORT_STRING_PREFIXES = [
  "report.",
  "dashboard.status.",
  "dashboard.kind.",
  "dashboard.chart.",
  "dashboard.state.",
  "dashboard.locale.",
  "dashboard.facts.dateRange",
] as const;

/** A key the report may show. */
export type ReportStringKey = Extract<MessageKey, `${(typeof REPORT_STRING_PREFIXES)[number]}${string}`>;

/** Already translated strings for the report, keyed like the dictionaries. */
export type ReportStrings = Readonly<Record<ReportStringKey, string>>;

/** Looks up and fills one of the report's strings. */
export type ReportText = (key: ReportStringKey, params?: MessageParams) => string;

/** A formatter bound to the report's strings. */
export function reportTextFor(strings: ReportStrings): ReportText {
  return (key, params) => formatMessage(strings[key], params);
}

/** The report's text, provided once by its root. */
export const ReportContext = createContext<ReportText>((key) => key);

/** The report's text. */
export function useReportText(): ReportText {
  return useContext(ReportContext);
}
