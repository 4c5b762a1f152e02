// One projected page of cards: a grid shaped for the screen (src/lib/wall-pages.ts), each card's text
// as large as its cell allows (use-fit-cards.ts), the newest card marked, live arrivals glowing.
import { useEffect, useRef, useState, type RefObject } from "react";
import { DEFAULT_AREA_ASPECT, gridFor } from "../../../lib/wall-pages";
import type { WallCommitment } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";
import { CardText } from "./CardText";
import { useFitCards } from "./use-fit-cards";

interface WallGridProps {
  cards: readonly WallCommitment[];
  /** The newest card of the whole wall (it may be on another page). */
  newestId: string;
  /** Cards that arrived while the wall was open. */
  arrived: ReadonlySet<string>;
  showNames: boolean;
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
}

/** Width over height of `element`, followed as it is resized. */
function useAspect(element: RefObject<HTMLElement | null>): number {
  const [aspect, setAspect] = useState(DEFAULT_AREA_ASPECT);
  useEffect(() => {
    const area = element.current;
    if (!area || typeof ResizeObserver !== "function") return;
    const measure = () => {
      if (area.clientWidth > 0 && area.clientHeight > 0) setAspect(area.clientWidth / area.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  }, [element]);
  return aspect;
}

/** `ol.wall-cards` with `[data-wall-card]` items; the grid's shape is on `data-columns` and `data-rows`. */
export function WallGrid({ cards, newestId, arrived, showNames, moduleTitles, text }: WallGridProps) {
  const area = useRef<HTMLOListElement>(null);
  const { columns, rows } = gridFor(cards.length, useAspect(area));
  const content = cards.map((card) => `${card.id}\u0000${card.action}\u0000${card.trigger}`).join("\u0001");
  useFitCards(area, [content, columns, rows, showNames]);
  return (
    <ol
      ref={area}
      className="wall-cards"
      aria-label={text("wall.cards")}
      data-columns={columns}
      data-rows={rows}
      style={{
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
      }}
    >
      {cards.map((card) => (
        <li
          key={card.id}
          className={arrived.has(card.id) ? "wall-card wall-card-new" : "wall-card"}
          data-wall-card={card.id}
          data-newest={card.id === newestId || undefined}
        >
          <CardText
            card={card}
            showName={showNames}
            moduleTitles={moduleTitles}
            text={text}
            badge={card.id === newestId ? <span className="wall-card-newest">{text("wall.newest")}</span> : null}
          />
        </li>
      ))}
    </ol>
  );
}
