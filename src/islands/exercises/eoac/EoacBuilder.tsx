// The EOAC builder island: pick a vague remark, rewrite it as Example, Outcome, Action, Change, check it.
import { useState, type SubmitEvent } from "react";
import type { Locale } from "../../../i18n";
import { checkEoac, EOAC_PARTS } from "../../../lib/eoac";
import type { EoacBuilderData } from "../../../lib/exercise-schemas";
import {
  $eoacBuilder,
  checkEoacDraft,
  chooseRemark,
  EMPTY_EOAC_BUILDER,
  resetEoacBuilder,
  setEoacPart,
  toggleEoacModel,
} from "../../../stores/eoac-builder";
import { textFor } from "../../../i18n/format";
import { useExerciseState } from "../shared/use-exercise-state";
import { EoacModel } from "./EoacModel";
import { EoacPartField } from "./EoacPartField";
import type { IslandStrings } from "../../../i18n/islands";

/** Props ModuleExercises passes; strings are already translated for the page's locale. */
export interface EoacBuilderProps {
  locale: Locale;
  data: EoacBuilderData;
  strings: IslandStrings<"eoac-builder">;
}

/** EOAC builder island for module 2. */
export default function EoacBuilder({ locale, data, strings }: EoacBuilderProps) {
  const text = textFor(strings);
  const state = useExerciseState($eoacBuilder, EMPTY_EOAC_BUILDER);
  // The message of the last press of "Check", announced once (not on every keystroke afterwards).
  const [status, setStatus] = useState("");
  const remark = data.remarks.find((r) => r.id === state.remark) ?? data.remarks[0];
  if (!remark) return null;
  const findings = state.checked ? checkEoac(state.parts, locale) : null;

  function check(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!remark) return;
    const ok = checkEoacDraft(data, locale, remark.id);
    const empty = EOAC_PARTS.some((part) => state.parts[part].trim() === "");
    setStatus(
      empty
        ? text("exercise.eoac.missing")
        : ok === EOAC_PARTS.length
          ? text("exercise.eoac.allOk")
          : text("exercise.eoac.summary", { ok }),
    );
  }

  function reset() {
    resetEoacBuilder();
    setStatus("");
    document.getElementById(`eoac-${EOAC_PARTS[0]}`)?.focus();
  }

  return (
    <div className="exercise-body">
      <fieldset className="choice-list">
        <legend>{text("exercise.eoac.remarkLegend")}</legend>
        {data.remarks.map((r) => (
          <div className="radio-option" key={r.id}>
            <input
              type="radio"
              id={`eoac-remark-${r.id}`}
              name="eoac-remark"
              value={r.id}
              checked={r.id === remark.id}
              onChange={() => chooseRemark(r.id)}
            />
            <label htmlFor={`eoac-remark-${r.id}`}>{r.text}</label>
          </div>
        ))}
      </fieldset>
      <div className="eoac-context">
        <h3>{text("exercise.eoac.contextHeading")}</h3>
        <p>{remark.context}</p>
      </div>
      <form className="form eoac-form" noValidate onSubmit={check}>
        {EOAC_PARTS.map((part) => (
          <EoacPartField
            key={part}
            part={part}
            texts={data.parts[part]}
            value={state.parts[part]}
            onChange={(value) => setEoacPart(part, value)}
            finding={findings?.[part] ?? null}
            hint={findings ? data.hints[findings[part].hint] : undefined}
            strings={strings}
          />
        ))}
        <p className="exercise-status" aria-live="polite">
          {status}
        </p>
        <div className="button-row">
          <button type="submit" className="button" data-action="check">
            {text("exercise.eoac.check")}
          </button>
          <button type="button" className="button button-secondary" data-action="reset" onClick={reset}>
            {text("exercise.eoac.reset")}
          </button>
        </div>
      </form>
      <EoacModel
        remark={remark}
        parts={data.parts}
        shown={state.modelShown}
        onToggle={toggleEoacModel}
        strings={strings}
      />
    </div>
  );
}
