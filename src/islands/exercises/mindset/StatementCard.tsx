// One statement with its two pile buttons and, once sorted, whether it was right and why.
import { MINDSET_CHOICES, type MindsetChoice } from "../../../lib/mindset";
import type { MindsetSortData } from "../../../lib/exercise-schemas";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";

type Statement = MindsetSortData["statements"][number];

interface StatementCardProps {
  statement: Statement;
  categories: MindsetSortData["categories"];
  chosen: MindsetChoice | undefined;
  onChoose: (choice: MindsetChoice) => void;
  strings: IslandStrings<"mindset-sort">;
}

/** A statement to sort; its buttons stay focusable after the choice but do nothing more this round. */
export function StatementCard({ statement, categories, chosen, onChoose, strings }: StatementCardProps) {
  const text = textFor(strings);
  const textId = `mindset-${statement.id}-text`;
  const correct = chosen === statement.answer;
  return (
    <li
      className="statement"
      data-statement={statement.id}
      data-result={chosen ? (correct ? "correct" : "incorrect") : undefined}
    >
      <p id={textId} className="statement-text">
        {statement.text}
      </p>
      <div className="choice-row" role="group" aria-labelledby={textId}>
        {MINDSET_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button button-secondary choice-button"
            data-choice={choice}
            aria-pressed={chosen === choice}
            aria-disabled={chosen ? true : undefined}
            onClick={() => {
              if (!chosen) onChoose(choice);
            }}
          >
            {categories[choice]}
          </button>
        ))}
      </div>
      <div className="statement-feedback" aria-live="polite">
        {chosen ? (
          <>
            <p className={correct ? "feedback-correct" : "feedback-incorrect"}>
              <strong>
                {correct
                  ? text("exercise.mindset.correct")
                  : text("exercise.mindset.incorrect", { answer: categories[statement.answer] })}
              </strong>
            </p>
            <p>{statement.why}</p>
          </>
        ) : null}
      </div>
    </li>
  );
}
