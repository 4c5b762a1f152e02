// How firmly the participant holds the commitment: the five-item goal-commitment scale of Klein, Wesson,
// Hollenbeck, Wright & DeShon (2001), each statement answered from "strongly disagree" to "strongly
// agree". Optional: the answers given go with the commitment (stores/commitment-submit.ts); the score,
// with its reversed items and only for a complete scale, is the server's
// (pb_hooks/lib/pure/commitment-strength.js). Loaded with the coach (./advice.ts), not with the page.
import type { CommitmentDraft, StrengthAnswers } from "../../stores/commitment-draft";
import type { IslandText } from "../../i18n/islands";

const ITEMS = [
  "strength1",
  "strength2",
  "strength3",
  "strength4",
  "strength5",
] as const satisfies readonly (keyof StrengthAnswers)[];
const POINTS = [1, 2, 3, 4, 5] as const;

interface StrengthScaleProps {
  draft: CommitmentDraft;
  onChange: (change: StrengthAnswers) => void;
  text: IslandText<"commit">;
}

/** `fieldset[data-field=strength]`: one group of five choices per statement, and how many are answered. */
export function StrengthScale({ draft, onChange, text }: StrengthScaleProps) {
  const answered = ITEMS.filter((item) => draft[item]).length;
  return (
    <fieldset className="commit-strength" data-field="strength" aria-describedby="strength-help">
      <legend>{text("commit.strength.legend")}</legend>
      <p className="field-help" id="strength-help">
        {text("commit.strength.help")}
      </p>
      {ITEMS.map((item, i) => (
        <fieldset key={item} className="strength-item" data-item={item}>
          <legend>{text(`commit.strength.item${(i + 1) as 1 | 2 | 3 | 4 | 5}`)}</legend>
          <div className="strength-points">
            {POINTS.map((point) => (
              <label key={point} className="strength-point">
                <input
                  type="radio"
                  name={item}
                  value={point}
                  checked={draft[item] === point}
                  onChange={() => onChange({ [item]: point })}
                />
                <span>{text(`commit.strength.point${point}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {answered > 0 ? (
        <div className="strength-status">
          {answered < ITEMS.length ? (
            <p className="field-hint" data-strength-partial>
              {text("commit.strength.partial", { answered })}
            </p>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            data-strength-clear
            onClick={() => onChange(Object.fromEntries(ITEMS.map((item) => [item, undefined])))}
          >
            {text("commit.strength.clear")}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
