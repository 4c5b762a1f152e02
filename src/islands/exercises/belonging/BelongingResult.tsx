// The result: radar chart, the means as a table, and a reflection prompt for the weakest component.
import type { RefObject } from "react";
import { BELONGING_COMPONENTS, roundMean, type BelongingComponent } from "../../../lib/belonging";
import type { BelongingAssessmentData } from "../../../lib/exercise-schemas";
import { textFor } from "../../../i18n/format";
import { RadarChart } from "./RadarChart";
import type { IslandStrings } from "../../../i18n/islands";

interface BelongingResultProps {
  data: BelongingAssessmentData;
  means: Readonly<Record<BelongingComponent, number>>;
  weakest: BelongingComponent;
  reflection: string;
  onReflection: (text: string) => void;
  onRetake: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  strings: IslandStrings<"belonging-assessment">;
}

/** Shown once every item is answered and the participant asked for the result. */
export function BelongingResult({
  data,
  means,
  weakest,
  reflection,
  onReflection,
  onRetake,
  headingRef,
  strings,
}: BelongingResultProps) {
  const text = textFor(strings);
  const names = Object.fromEntries(BELONGING_COMPONENTS.map((c) => [c, data.components[c].name])) as Record<
    BelongingComponent,
    string
  >;
  const shown = (c: BelongingComponent) => roundMean(means[c]).toFixed(1);
  const description = BELONGING_COMPONENTS.map((c) =>
    text("exercise.belonging.valueItem", { component: names[c], mean: shown(c) }),
  ).join(text("exercise.belonging.separator"));
  return (
    <section className="exercise-result belonging-result" aria-labelledby="belonging-result-heading">
      <h3 id="belonging-result-heading" ref={headingRef} tabIndex={-1}>
        {text("exercise.belonging.resultHeading")}
      </h3>
      <div className="belonging-figures">
        <RadarChart
          names={names}
          means={means}
          title={text("exercise.belonging.chartTitle")}
          description={description}
        />
        <table className="belonging-table">
          <caption>{text("exercise.belonging.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{text("exercise.belonging.columnComponent")}</th>
              <th scope="col">{text("exercise.belonging.columnMean")}</th>
            </tr>
          </thead>
          <tbody>
            {BELONGING_COMPONENTS.map((c) => (
              <tr key={c} data-component={c}>
                <th scope="row">{names[c]}</th>
                <td>{shown(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="belonging-reflection" data-weakest={weakest}>
        <h4>{text("exercise.belonging.weakestHeading", { component: names[weakest] })}</h4>
        <p>{text("exercise.belonging.weakestIntro", { component: names[weakest] })}</p>
        <p className="reflection-prompt">{data.components[weakest].reflection}</p>
        <div className="field">
          <label htmlFor="belonging-reflection">{text("exercise.belonging.reflectionLabel")}</label>
          <textarea
            id="belonging-reflection"
            rows={4}
            value={reflection}
            onChange={(e) => onReflection(e.target.value)}
          />
        </div>
      </div>
      <p>
        <button type="button" className="button button-secondary" data-action="retake" onClick={onRetake}>
          {text("exercise.belonging.retake")}
        </button>
      </p>
    </section>
  );
}
