// The commitment an answer is about, as the participant wrote it.
import type { CheckinView } from "./checkin-api";
import type { IslandText } from "../../i18n/islands";

interface CommitmentQuoteProps {
  /** Undefined while it loads: the quote holds its place (two lines and the trigger's) until it comes. */
  commitment: CheckinView["commitment"] | undefined;
  text: IslandText<"checkin">;
  /** Keeps the room of a two-line action and a trigger line, for a quote that arrives after the page shows. */
  reserve?: boolean;
}

/** The commitment's action, with its trigger when it has one. */
export function CommitmentQuote({ commitment, text, reserve = false }: CommitmentQuoteProps) {
  const trigger = commitment?.trigger
    ? text("common.labelled", { label: text("common.trigger"), value: commitment.trigger })
    : "";
  return (
    <figure className={reserve ? "checkin-commitment checkin-commitment-reserved" : "checkin-commitment"}>
      <figcaption>{text("checkin.commitment")}</figcaption>
      <blockquote aria-busy={commitment ? undefined : true}>
        <p>{commitment ? commitment.action : text("common.opening")}</p>
      </blockquote>
      {trigger || reserve ? <p className="note">{trigger}</p> : null}
    </figure>
  );
}
