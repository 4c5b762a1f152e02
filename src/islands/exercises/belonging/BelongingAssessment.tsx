// The belonging self-assessment island: twelve Likert items in four groups, then a radar chart and one
// reflection prompt for the weakest component.
import { useRef, useState, type SubmitEvent } from "react";
import {
  BELONGING_COMPONENTS,
  scoreBelonging,
  unansweredItems,
  weakestComponent,
  type BelongingComponent,
} from "../../../lib/belonging";
import type { BelongingAssessmentData } from "../../../lib/exercise-schemas";
import {
  $belongingAssessment,
  answerBelongingItem,
  EMPTY_BELONGING,
  retakeBelonging,
  setBelongingReflection,
  submitBelonging,
} from "../../../stores/belonging-assessment";
import { textFor } from "../../../i18n/format";
import { useExerciseState, useFocusAfterRender } from "../shared/use-exercise-state";
import { BelongingResult } from "./BelongingResult";
import { LikertItem } from "./LikertItem";
import type { IslandStrings } from "../../../i18n/islands";

/** Props ModuleExercises passes; strings are already translated for the page's locale. */
export interface BelongingAssessmentProps {
  data: BelongingAssessmentData;
  strings: IslandStrings<"belonging-assessment">;
}

/** Belonging self-assessment island for module 5. */
export default function BelongingAssessment({ data, strings }: BelongingAssessmentProps) {
  const text = textFor(strings);
  const state = useExerciseState($belongingAssessment, EMPTY_BELONGING);
  const [missingCount, setMissingCount] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const score = scoreBelonging(data.items, state.answers);
  const weakest = weakestComponent(score.means);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = submitBelonging(data);
    setMissingCount(missing.length);
    const first = missing[0];
    if (first) document.querySelector<HTMLInputElement>(`#belonging-${first} input`)?.focus();
    else focusAfterRender(() => resultHeading.current);
  }

  function retake() {
    retakeBelonging();
    setMissingCount(0);
    focusAfterRender(() => formRef.current?.querySelector("input"));
  }

  const missingNow = missingCount > 0 ? unansweredItems(data.items, state.answers).length : 0;
  const means = score.complete ? (score.means as Record<BelongingComponent, number>) : null;

  return (
    <div className="exercise-body">
      <form ref={formRef} className="belonging-form" noValidate onSubmit={submit}>
        {BELONGING_COMPONENTS.map((component) => (
          <div className="belonging-group" key={component} data-component={component}>
            <h3>{data.components[component].name}</h3>
            <p className="note">{data.components[component].description}</p>
            {data.items
              .filter((item) => item.component === component)
              .map((item) => (
                <LikertItem
                  key={item.id}
                  item={item}
                  scale={data.scale}
                  value={state.answers[item.id]}
                  onChange={(point) => answerBelongingItem(data, item.id, point)}
                />
              ))}
          </div>
        ))}
        <p className="exercise-progress">
          {text("exercise.belonging.progress", { answered: score.answered, total: score.total })}
        </p>
        <p className="exercise-status" aria-live="polite">
          {missingNow > 0 ? text("exercise.belonging.missing", { count: missingNow }) : ""}
        </p>
        <p className="note">{data.note}</p>
        <button type="submit" className="button" data-action="submit">
          {text("exercise.belonging.submit")}
        </button>
      </form>
      {state.submitted && means && weakest ? (
        <BelongingResult
          data={data}
          means={means}
          weakest={weakest}
          reflection={state.reflection}
          onReflection={setBelongingReflection}
          onRetake={retake}
          headingRef={resultHeading}
          strings={strings}
        />
      ) : null}
    </div>
  );
}
