// What every part of the dashboard reads: its words, the page's locale (numbers, dates) and the course's
// module titles by slug, provided once by the island's root.
import type { IslandKey, IslandText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";
import { createIslandContext } from "../../shared/island-context";
import type { FollowUpState } from "../shared/cohort-api";

/** The dashboard's words, locale and module titles. */
export interface DashboardContextValue {
  text: IslandText<"dashboard">;
  locale: Locale;
  moduleTitles: Readonly<Record<string, string>>;
}

/** Provided by Dashboard; `useDashboard()` in every part. */
export const { Provider: DashboardProvider, use: useDashboard } =
  createIslandContext<DashboardContextValue>("dashboard");

/** A follow-up email's state in words ("sent" is the word every page uses for something sent). */
export function followUpStateKey(state: FollowUpState): IslandKey<"dashboard"> {
  return state === "sent" ? "common.sent" : `dashboard.followups.state.${state}`;
}
