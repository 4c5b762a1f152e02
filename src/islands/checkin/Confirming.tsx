// Before the answer is recorded: the answer the link was tapped for, pre-selected among the four, and
// Confirm. Opening the page records nothing (link checkers open links and run pages too); the person's
// tap on Confirm does, so a check-in from an email takes two taps: the link, then Confirm.
import type { ErrorMessageKey } from "../../lib/api-errors";
import { AnswerButtons } from "./AnswerButtons";
import type { CheckinView } from "./checkin-api";
import type { Answer } from "./checkin-link";
import { CommitmentQuote } from "./CommitmentQuote";
import type { IslandText } from "../../i18n/islands";
import { FormError } from "../shared/FormError";

interface ConfirmingProps {
  /** The built HTML's copy (FirstFrame, CheckinPage.astro): hidden where the address holds no link. */
  firstFrame?: boolean;
  /** Null in the build and during hydration (the answer is in the address): the panel shows, inert, at its size. */
  chosen: Answer | null;
  commitment: CheckinView["commitment"] | undefined;
  sending: boolean;
  error: ErrorMessageKey | null;
  /** Selects another answer; records nothing. */
  onChoose: (s: Answer) => void;
  onConfirm: () => void;
  text: IslandText<"checkin">;
}

/**
 * "You chose: Done", the commitment once known (then `data-checkin-ready`), the answers, and Confirm. Every
 * part keeps its place while the answer and the commitment are not known yet, so nothing on the page moves.
 */
export function Confirming({
  firstFrame = false,
  chosen,
  commitment,
  sending,
  error,
  onChoose,
  onConfirm,
  text,
}: ConfirmingProps) {
  return (
    <section
      className="panel checkin-panel"
      aria-labelledby="checkin-chosen"
      aria-busy={sending || !chosen}
      inert={!chosen}
      data-checkin-ready={chosen && commitment ? "" : undefined}
      data-first-frame={firstFrame ? "usual" : undefined}
    >
      <h2 id="checkin-chosen">
        {chosen ? text("checkin.chosen", { answer: text(`checkin.answer.${chosen}`) }) : text("common.opening")}
      </h2>
      <CommitmentQuote commitment={commitment} text={text} reserve />
      <FormError message={error && text(error)} />
      <p>
        <button type="button" className="button button-large" data-confirm disabled={sending} onClick={onConfirm}>
          {sending ? text("checkin.confirming") : text("checkin.confirm")}
        </button>
      </p>
      <AnswerButtons
        legend={text("checkin.confirm.legend")}
        current={chosen}
        sending={null}
        onChoose={onChoose}
        text={text}
      />
    </section>
  );
}
