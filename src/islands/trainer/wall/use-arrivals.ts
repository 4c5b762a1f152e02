// Which cards just arrived, so they glow once as they appear: not the cards already there when the wall
// opened, and not a card that arrived a while ago and comes round again on a turned page.
import { useRef } from "react";

/** How long a card counts as just arrived. */
const FRESH_MS = 4000;

/** The ids of `cards` first seen less than FRESH_MS ago, after the first render. */
export function useArrivals(cards: readonly { id: string }[]): ReadonlySet<string> {
  const firstSeen = useRef<Map<string, number> | null>(null);
  const now = Date.now();
  if (firstSeen.current === null) {
    // Cards present at the first render are the wall as it opened: none of them glows.
    firstSeen.current = new Map(cards.map((card) => [card.id, -Infinity]));
  }
  const seen = firstSeen.current;
  const fresh = new Set<string>();
  for (const { id } of cards) {
    if (!seen.has(id)) seen.set(id, now);
    if (now - (seen.get(id) ?? -Infinity) < FRESH_MS) fresh.add(id);
  }
  return fresh;
}
