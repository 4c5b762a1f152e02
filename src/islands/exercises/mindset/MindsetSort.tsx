// The mindset sort island: tap each statement into a pile, see why at once, and a score at the end.
import { useRef } from "react";
import type { MindsetSortData } from "../../../lib/exercise-schemas";
import { scoreMindset } from "../../../lib/mindset";
import { $mindsetSort, EMPTY_MINDSET_SORT, retryMindsetSort, sortStatement } from "../../../stores/mindset-sort";
import { textFor } from "../../../i18n/format";
import { useExerciseState, useFocusAfterRender } from "../shared/use-exercise-state";
import { StatementCard } from "./StatementCard";
import type { IslandStrings } from "../../../i18n/islands";

/** Props ModuleExercises passes; strings are already translated for the page's locale. */
export interface MindsetSortProps {
  data: MindsetSortData;
  strings: IslandStrings<"mindset-sort">;
}

/** Mindset sort island for module 1. */
export default function MindsetSort({ data, strings }: MindsetSortProps) {
  const text = textFor(strings);
  const { answers } = useExerciseState($mindsetSort, EMPTY_MINDSET_SORT);
  const score = scoreMindset(data.statements, answers);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterRender = useFocusAfterRender();

  function retry() {
    retryMindsetSort();
    // The retry button goes away with the result; start again at the first statement.
    focusAfterRender(() => listRef.current?.querySelector("button"));
  }

  return (
    <div className="exercise-body">
      <p className="exercise-progress">
        {text("exercise.mindset.progress", { answered: score.answered, total: score.total })}
      </p>
      <ol className="statement-list" ref={listRef}>
        {data.statements.map((statement) => (
          <StatementCard
            key={statement.id}
            statement={statement}
            categories={data.categories}
            chosen={answers[statement.id]}
            onChoose={(choice) => sortStatement(data, statement.id, choice)}
            strings={strings}
          />
        ))}
      </ol>
      <div className="exercise-result mindset-result" aria-live="polite">
        {score.complete ? (
          <>
            <h3>{text("exercise.mindset.resultHeading")}</h3>
            <p className="exercise-score">
              <strong>{text("exercise.mindset.score", { correct: score.correct, total: score.total })}</strong>
            </p>
            <p>{score.correct === score.total ? text("exercise.mindset.perfect") : text("exercise.mindset.review")}</p>
          </>
        ) : null}
      </div>
      {score.complete ? (
        <p>
          <button type="button" className="button" data-action="retry" onClick={retry}>
            {text("common.retry")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
