// The email's four answers as buttons; the recorded one is pressed. Pressing another posts it again,
// which corrects this email's answer on the server.
import { ANSWERS, type Answer } from "./checkin-link";
import type { IslandText } from "../../i18n/islands";

interface AnswerButtonsProps {
  legend: string;
  current: Answer | null;
  sending: Answer | null;
  onChoose: (s: Answer) => void;
  text: IslandText<"checkin">;
}

/** Four large answer buttons; while one is being sent they stay focusable but do nothing. */
export function AnswerButtons({ legend, current, sending, onChoose, text }: AnswerButtonsProps) {
  const busy = sending !== null;
  return (
    <fieldset className="checkin-answers" aria-busy={busy}>
      <legend>{legend}</legend>
      <div className="checkin-answer-grid">
        {ANSWERS.map((s) => (
          <button
            key={s}
            type="button"
            className={s === current ? "button" : "button button-secondary"}
            aria-pressed={s === current}
            // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page.
            aria-disabled={busy || undefined}
            data-answer={s}
            onClick={() => {
              if (!busy) onChoose(s);
            }}
          >
            {sending === s ? text("common.updating") : text(`checkin.answer.${s}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
