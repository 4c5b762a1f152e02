// Before the answer is recorded: what was chosen, and the Confirm button (pressed by the page's script
// at once; by the participant only when that did not work, e.g. offline).
import type { ErrorMessageKey } from "../../lib/api-errors";
import type { CheckinView } from "./checkin-api";
import type { Answer } from "./checkin-link";
import { CommitmentQuote } from "./CommitmentQuote";
import type { IslandText } from "../../i18n/islands";
import { FormError } from "../shared/FormError";

interface ConfirmingProps {
  chosen: Answer;
  commitment: CheckinView["commitment"] | undefined;
  sending: boolean;
  error: ErrorMessageKey | null;
  onConfirm: () => void;
  text: IslandText<"checkin">;
}

/** "You chose: Done", the commitment once known, and Confirm. */
export function Confirming({ chosen, commitment, sending, error, onConfirm, text }: ConfirmingProps) {
  return (
    <section className="panel checkin-panel" aria-labelledby="checkin-chosen" aria-busy={sending}>
      <h2 id="checkin-chosen">{text("checkin.chosen", { answer: text(`checkin.answer.${chosen}`) })}</h2>
      {commitment ? <CommitmentQuote commitment={commitment} text={text} /> : null}
      <FormError message={error && text(error)} />
      <p>
        <button type="button" className="button button-large" data-confirm disabled={sending} onClick={onConfirm}>
          {sending ? text("checkin.confirming") : text("checkin.confirm")}
        </button>
      </p>
    </section>
  );
}
