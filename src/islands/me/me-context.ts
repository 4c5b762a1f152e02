// What every part of the "my commitments" island reads: its words and the page's locale (for dates and
// calendar files), provided once by MyPage.
import type { IslandKey, IslandText } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";
import type { CommitmentsRecord } from "../../lib/pocketbase-types";
import { createIslandContext } from "../shared/island-context";

/** The island's words and the page's locale. */
export interface MeContextValue {
  text: IslandText<"me">;
  locale: Locale;
}

/** Provided by MyPage; `useMe()` in every part. */
export const { Provider: MeProvider, use: useMe } = createIslandContext<MeContextValue>("my commitments");

/**
 * A status in the participant's own words: the names every page uses, except that a participant says
 * of their own commitment that they are not doing it any more ("不做了") rather than that it was dropped.
 */
export function ownStatusKey(status: CommitmentsRecord["status"]): IslandKey<"me"> {
  return status === "dropped" ? "me.status.dropped" : `status.${status}`;
}
