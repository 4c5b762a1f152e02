// The cards of the wall, newest first. Participants' text is rendered as text (React escapes it).
import { useState } from "react";
import { shortModuleTitle, type WallCommitment } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";

interface WallCardsProps {
  cards: readonly WallCommitment[];
  showNames: boolean;
  moderating: boolean;
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
  /** Hides a card from the room or shows it again; resolves false when it could not be saved. */
  onHide: (id: string, hidden: boolean) => Promise<boolean>;
}

/** The list of cards; in moderation each card has a button to hide it or show it again. */
export function WallCards({ cards, showNames, moderating, moduleTitles, text, onHide }: WallCardsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // Cards already there when the list appeared stay plain; later arrivals glow for a moment.
  const [initial] = useState(() => new Set(cards.map((card) => card.id)));

  async function toggle(card: WallCommitment) {
    setBusy(card.id);
    setFailed(!(await onHide(card.id, !card.hidden)));
    setBusy(null);
  }

  if (cards.length === 0) return <p className="wall-empty">{text("wall.empty")}</p>;
  return (
    <>
      {moderating ? (
        <p className="wall-note" role="status">
          {failed ? text("wall.saveFailed") : text("wall.moderateNote")}
        </p>
      ) : null}
      <ol className="wall-cards" aria-label={text("wall.cards")}>
        {cards.map((card) => (
          <li
            key={card.id}
            className={initial.has(card.id) ? "wall-card" : "wall-card wall-card-new"}
            data-wall-card={card.id}
            data-hidden={card.hidden || undefined}
          >
            <p className="wall-card-action" id={`wall-action-${card.id}`}>
              {card.action}
            </p>
            {card.trigger ? (
              <p className="wall-card-trigger">
                {text("common.labelled", { label: text("common.trigger"), value: card.trigger })}
              </p>
            ) : null}
            <p className="wall-card-meta">
              <span>{shortModuleTitle(moduleTitles[card.module] ?? card.module)}</span>
              {showNames && card.expand?.participant?.name ? (
                <span className="wall-card-name">{card.expand.participant.name}</span>
              ) : null}
              {card.hidden ? <span className="wall-card-badge">{text("wall.cardHidden")}</span> : null}
            </p>
            {moderating ? (
              <button
                type="button"
                className="button button-secondary wall-card-button"
                {...(card.hidden ? { "data-show-card": card.id } : { "data-hide-card": card.id })}
                aria-describedby={`wall-action-${card.id}`}
                disabled={busy === card.id}
                onClick={() => void toggle(card)}
              >
                {card.hidden ? text("wall.showCard") : text("wall.hideCard")}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
