// The commitment an answer is about, as the participant wrote it.
import type { CheckinView } from "./checkin-api";
import type { IslandText } from "../../i18n/islands";

interface CommitmentQuoteProps {
  commitment: CheckinView["commitment"];
  text: IslandText<"checkin">;
}

/** The commitment's action, with its trigger when it has one. */
export function CommitmentQuote({ commitment, text }: CommitmentQuoteProps) {
  return (
    <figure className="checkin-commitment">
      <figcaption>{text("checkin.commitment")}</figcaption>
      <blockquote>
        <p>{commitment.action}</p>
      </blockquote>
      {commitment.trigger ? (
        <p className="note">{text("common.labelled", { label: text("common.trigger"), value: commitment.trigger })}</p>
      ) : null}
    </figure>
  );
}
