// The wall while the trainer keeps it hidden: only how many commitments have arrived, so nobody copies.
import type { IslandText } from "../../../i18n/islands";

/** The covered wall with the number of commitments received. */
export function CoveredWall({ count, text }: { count: number; text: IslandText<"wall"> }) {
  return (
    <div className="wall-covered" data-wall-hidden role="status">
      <p className="wall-covered-count">{text("wall.covered", { count })}</p>
      <p className="wall-covered-note">{text("wall.coveredNote")}</p>
    </div>
  );
}
