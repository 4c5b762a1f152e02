// The above-standard demand scenario island: choose, see the consequence and why, go on; step back or restart.
import { useRef } from "react";
import type { AboveStandardScenarioData } from "../../../lib/exercise-schemas";
import { walkScenario } from "../../../lib/scenario";
import {
  $aboveStandardScenario,
  chooseScenarioOption,
  EMPTY_SCENARIO,
  restartScenario,
  stepBackScenario,
} from "../../../stores/above-standard-scenario";
import { textFor } from "../../../i18n/format";
import { useExerciseState, useFocusAfterRender } from "../shared/use-exercise-state";
import { ChoiceFeedback } from "./ChoiceFeedback";
import { Decision, Ending } from "./ScenarioStage";
import type { IslandStrings } from "../../../i18n/islands";

/** Props ModuleExercises passes; strings are already translated for the page's locale. */
export interface AboveStandardScenarioProps {
  data: AboveStandardScenarioData;
  strings: IslandStrings<"above-standard-scenario">;
}

/** Branching scenario island for module 3. */
export default function AboveStandardScenario({ data, strings }: AboveStandardScenarioProps) {
  const text = textFor(strings);
  const { choices } = useExerciseState($aboveStandardScenario, EMPTY_SCENARIO);
  const { steps, current } = walkScenario(data, choices);
  const last = steps.at(-1);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Each action replaces the buttons on screen, so focus goes to the heading of what comes next;
  // the feedback above it is announced by its live region.
  function act(action: () => void) {
    action();
    focusAfterRender(() => headingRef.current);
  }

  return (
    <div className="exercise-body scenario">
      <div aria-live="polite">
        {last ? <ChoiceFeedback key={last.choice.id} step={last} strings={strings} /> : null}
      </div>
      {current.kind === "decision" ? (
        <Decision
          node={current}
          number={steps.length + 1}
          onChoose={(id) => act(() => chooseScenarioOption(data, id))}
          headingRef={headingRef}
          strings={strings}
        />
      ) : (
        <Ending node={current} steps={steps} headingRef={headingRef} strings={strings} />
      )}
      {steps.length > 0 ? (
        <div className="button-row scenario-controls">
          <button
            type="button"
            className="button button-secondary"
            data-action="back"
            onClick={() => act(stepBackScenario)}
          >
            {text("exercise.scenario.back")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-action="restart"
            onClick={() => act(restartScenario)}
          >
            {text("exercise.scenario.restart")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
