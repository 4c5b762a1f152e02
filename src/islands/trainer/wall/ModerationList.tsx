// The trainer's moderation view: every shared commitment (hidden ones greyed), whole, with what the coach
// found in each (vague, several actions, no moment, no measure), so the trainer can talk to the author
// before people leave, and hide a card from the room or show it again. Shown on the trainer's device only.
import { useMemo, useState } from "react";
import { cardGaps, COACH_GAPS, gapCounts, type CardGap } from "../../../lib/wall-coach";
import type { WallCommitment } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";
import { CardText } from "./CardText";

interface ModerationListProps {
  /** Every shared card, hidden ones too, newest first. */
  cards: readonly WallCommitment[];
  /** The cohort's language, which the coach's word rules take their dates from. */
  locale: Locale;
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
  /** Hides a card from the room or shows it again; resolves false when it could not be saved. */
  onHide: (id: string, hidden: boolean) => Promise<boolean>;
}

function gapLabel({ gap, word }: CardGap, text: IslandText<"wall">): string {
  if (word && gap === "vague") return text("wall.gap.vague.word", { word });
  if (word && gap === "no-moment") return text("wall.gap.no-moment.word", { word });
  return text(`wall.gap.${gap}`);
}

/** `section[data-moderation]`: a summary of the gaps, a filter, and `[data-moderate-card]` items. */
export function ModerationList({ cards, locale, moduleTitles, text, onHide }: ModerationListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [onlyGaps, setOnlyGaps] = useState(false);
  const coached = useMemo(() => cards.map((card) => ({ card, gaps: cardGaps(card, locale) })), [cards, locale]);
  const counts = gapCounts(coached.filter(({ card }) => !card.hidden).map(({ gaps }) => gaps));
  const listed = onlyGaps ? coached.filter(({ gaps }) => gaps.length > 0) : coached;

  async function toggle(card: WallCommitment) {
    setBusy(card.id);
    setFailed(!(await onHide(card.id, !card.hidden)));
    setBusy(null);
  }

  return (
    <section className="wall-moderation" data-moderation aria-labelledby="wall-moderation-heading">
      <h2 id="wall-moderation-heading">{text("wall.moderate.heading")}</h2>
      <p className="wall-control-note">{text("wall.moderate.note")}</p>
      {cards.length === 0 ? (
        <p className="wall-control-state">{text("wall.moderate.empty")}</p>
      ) : (
        <>
          <div className="wall-gap-summary" data-gap-summary>
            <span className="wall-gap-summary-label">{text("wall.gaps")}</span>
            {COACH_GAPS.map((gap) => (
              <span key={gap} className="wall-gap-count" data-gap-count={gap} data-count={counts[gap]}>
                {text(`wall.gap.${gap}`)} <strong>{counts[gap]}</strong>
              </span>
            ))}
            <label className="wall-gap-filter">
              <input type="checkbox" checked={onlyGaps} onChange={(e) => setOnlyGaps(e.currentTarget.checked)} />
              <span>{text("wall.gaps.only")}</span>
            </label>
          </div>
          <p className="form-error" role="status">
            {failed ? text("wall.saveFailed") : ""}
          </p>
          {listed.length === 0 ? <p className="wall-control-state">{text("wall.gaps.allClear")}</p> : null}
          <ol className="wall-moderation-list" aria-label={text("wall.moderate.list")}>
            {listed.map(({ card, gaps }) => (
              <li
                key={card.id}
                className="wall-card wall-moderation-card"
                data-moderate-card={card.id}
                data-hidden={card.hidden || undefined}
                data-gaps={gaps.map(({ gap }) => gap).join(" ")}
              >
                {/* The trainer coaches people by name, whatever the room is shown. */}
                <CardText card={card} showName moduleTitles={moduleTitles} text={text}>
                  {card.measure ? (
                    <p className="wall-card-measure">
                      {text("common.labelled", { label: text("common.measure"), value: card.measure })}
                    </p>
                  ) : null}
                </CardText>
                {gaps.length > 0 ? (
                  <ul className="wall-gaps">
                    {gaps.map((gap) => (
                      <li key={gap.gap} data-gap={gap.gap}>
                        {gapLabel(gap, text)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="wall-gaps-none">{text("wall.gaps.none")}</p>
                )}
                <div className="wall-moderation-actions">
                  {card.hidden ? <span className="wall-card-badge">{text("wall.cardHidden")}</span> : null}
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
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
