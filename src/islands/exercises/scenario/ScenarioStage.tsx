// The node the participant is at: a decision with its choices, or an ending with a look back.
import type { RefObject } from "react";
import type { DecisionNode, EndingNode, ScenarioStep } from "../../../lib/scenario";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";

interface DecisionProps {
  node: DecisionNode;
  number: number;
  onChoose: (choiceId: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  strings: IslandStrings<"above-standard-scenario">;
}

/** The situation and one button per choice. */
export function Decision({ node, number, onChoose, headingRef, strings }: DecisionProps) {
  const text = textFor(strings);
  const promptId = `scenario-${node.id}-prompt`;
  return (
    <div className="scenario-node" data-node={node.id}>
      <h3 ref={headingRef} tabIndex={-1}>
        {text("exercise.scenario.step", { number })}
      </h3>
      <p className="scenario-situation">{node.situation}</p>
      <p id={promptId} className="scenario-prompt">
        <strong>{text("exercise.scenario.choicesLegend")}</strong>
      </p>
      <ul className="scenario-choices" aria-labelledby={promptId}>
        {node.choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="button button-secondary scenario-choice"
              data-choice={choice.id}
              data-verdict={choice.verdict}
              onClick={() => onChoose(choice.id)}
            >
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface EndingProps {
  node: EndingNode;
  steps: readonly ScenarioStep[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  strings: IslandStrings<"above-standard-scenario">;
}

/** The ending, how many decisions were the strongest, and the path taken. */
export function Ending({ node, steps, headingRef, strings }: EndingProps) {
  const text = textFor(strings);
  const best = steps.filter((step) => step.choice.verdict === "best").length;
  return (
    <div
      className={`scenario-node scenario-ending outcome-${node.outcome}`}
      data-ending={node.id}
      data-outcome={node.outcome}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {text("exercise.scenario.endingHeading", { title: node.title })}
      </h3>
      <p className="scenario-outcome">
        <strong>{text(`exercise.scenario.outcome.${node.outcome}`)}</strong>
      </p>
      <p>{node.text}</p>
      <p className="exercise-score">{text("exercise.scenario.summary", { decisions: steps.length, best })}</p>
      <h4>{text("exercise.scenario.pathHeading")}</h4>
      <ol className="scenario-path">
        {steps.map((step) => (
          <li key={step.choice.id} data-verdict={step.choice.verdict}>
            {step.choice.text} <strong>({text(`exercise.scenario.verdict.${step.choice.verdict}`)})</strong>
          </li>
        ))}
      </ol>
    </div>
  );
}
