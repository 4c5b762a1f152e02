// The participant table's order, kept in the browser: the server sorts names by code point (its JS engine
// has no Intl), which reads as random to a Chinese trainer. Names sort by pinyin (Intl.Collator "zh-CN",
// which also sorts Latin names alphabetically, after the Chinese ones), and break every other tie.
import type { ParticipantRow } from "./dashboard-api";

/** Chinese names by pinyin, digits in names by value. */
export const nameCollator = new Intl.Collator("zh-CN", { numeric: true });

type Key = "name" | "commitments" | "done" | "lastCheckin" | "joined";

const BY: Record<Key, (a: ParticipantRow, b: ParticipantRow) => number> = {
  name: (a, b) => nameCollator.compare(a.name, b.name),
  commitments: (a, b) => a.commitments - b.commitments,
  done: (a, b) => a.done - b.done,
  // Dates in PocketBase's format compare as text; "" (never) comes first.
  lastCheckin: (a, b) => (a.lastCheckin < b.lastCheckin ? -1 : a.lastCheckin > b.lastCheckin ? 1 : 0),
  joined: (a, b) => (a.joined < b.joined ? -1 : a.joined > b.joined ? 1 : 0),
};

/** The rows in the order of the route's `sort` key ("name", "-done" ...); ties by name, A to Z. */
export function sortParticipants(rows: readonly ParticipantRow[], sort: string): ParticipantRow[] {
  const descending = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const compare = key in BY ? BY[key as Key] : BY.name;
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || BY.name(a, b));
}
