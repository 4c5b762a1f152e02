// The slice of the dictionaries the dashboard island needs; the page picks it, so no dictionary ships to
// the browser. The island shares the bound formatter and the page's locale through a context.
import { createContext, useContext } from "react";
import { formatMessage, type MessageParams } from "../../../i18n/format";
import type { MessageKey } from "../../../i18n/zh-CN";

/** Key prefixes DashboardPage passes to the island. */
export const DASHBOARD_STRING_PREFIXES = ["dashboard."] as const;

/** A key the dashboard may show. */
export type DashboardStringKey = Extract<MessageKey, `dashboard.${string}`>;

/** Already translated strings for the dashboard, keyed like the dictionaries. */
export type DashboardStrings = Readonly<Record<DashboardStringKey, string>>;

/** Looks up and fills one of the dashboard's strings. */
export type DashboardText = (key: DashboardStringKey, params?: MessageParams) => string;

/** A formatter bound to the dashboard's strings. */
export function textFor(strings: Partial<DashboardStrings>): DashboardText {
  return (key, params) => formatMessage(strings[key] ?? key, params);
}

/** What every part of the dashboard needs: text, locale (numbers, dates) and module titles by slug. */
export interface DashboardContextValue {
  text: DashboardText;
  locale: "zh-CN" | "en";
  moduleTitles: Readonly<Record<string, string>>;
}

/** Provided once by the island's root. */
export const DashboardContext = createContext<DashboardContextValue>({
  text: (key) => key,
  locale: "zh-CN",
  moduleTitles: {},
});

/** The dashboard's text, locale and module titles. */
export function useDashboard(): DashboardContextValue {
  return useContext(DashboardContext);
}

/** A module's title in the page's locale; the slug when the course no longer has that module. */
export function moduleTitle(titles: Readonly<Record<string, string>>, slug: string): string {
  return titles[slug] ?? slug;
}
