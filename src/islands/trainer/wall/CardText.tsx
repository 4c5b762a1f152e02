// What a card says, on the projected wall and in the trainer's moderation list alike: the action, the
// moment, and the module with the author's name. Participants' text is rendered as text (React escapes it).
import type { ReactNode } from "react";
import { shortModuleTitle, type WallCommitment } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";

interface CardTextProps {
  card: WallCommitment;
  showName: boolean;
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
  /** Floats at the start of the action, which wraps around it (the newest card's mark). */
  badge?: ReactNode;
  /** More lines after the moment, before the meta line (the trainer's view adds the measure). */
  children?: ReactNode;
}

/** The action (`#wall-action-<id>`, which buttons describe themselves by), the moment and the meta line. */
export function CardText({ card, showName, moduleTitles, text, badge, children }: CardTextProps) {
  const name = showName ? card.expand?.participant?.name : "";
  return (
    <>
      <p className="wall-card-action" id={`wall-action-${card.id}`}>
        {badge}
        {card.action}
      </p>
      {card.trigger ? (
        <p className="wall-card-trigger">
          {text("common.labelled", { label: text("common.trigger"), value: card.trigger })}
        </p>
      ) : null}
      {children}
      <p className="wall-card-meta">
        <span>{shortModuleTitle(moduleTitles[card.module] ?? card.module)}</span>
        {name ? <span className="wall-card-name">{name}</span> : null}
      </p>
    </>
  );
}
