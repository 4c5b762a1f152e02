// What the last choice led to, and why: shown above the next decision or the ending.
import type { ScenarioStep } from "../../../lib/scenario";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";

interface ChoiceFeedbackProps {
  step: ScenarioStep;
  strings: IslandStrings<"above-standard-scenario">;
}

/** The verdict in words (not only colour), the principle it concerns, the consequence and the reason. */
export function ChoiceFeedback({ step, strings }: ChoiceFeedbackProps) {
  const text = textFor(strings);
  const { choice } = step;
  return (
    <div className={`scenario-feedback verdict-${choice.verdict}`} data-verdict={choice.verdict}>
      <p className="scenario-verdict">
        <strong>{text(`exercise.scenario.verdict.${choice.verdict}`)}</strong>
        {" · "}
        {text("exercise.scenario.principleLabel", {
          principle: text(`exercise.scenario.principle.${choice.principle}`),
        })}
      </p>
      <dl>
        <dt>{text("exercise.scenario.yourChoice")}</dt>
        <dd>{choice.text}</dd>
        <dt>{text("exercise.scenario.consequence")}</dt>
        <dd>{choice.consequence}</dd>
        <dt>{text("exercise.scenario.why")}</dt>
        <dd>{choice.why}</dd>
      </dl>
    </div>
  );
}
