// The model answer of the chosen remark, behind a show/hide button.
import { EOAC_PARTS } from "../../../lib/eoac";
import type { EoacBuilderData } from "../../../lib/exercise-schemas";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";

interface EoacModelProps {
  remark: EoacBuilderData["remarks"][number];
  parts: EoacBuilderData["parts"];
  shown: boolean;
  onToggle: () => void;
  strings: IslandStrings<"eoac-builder">;
}

/** A disclosure: the button says whether the model answer below it is open. */
export function EoacModel({ remark, parts, shown, onToggle, strings }: EoacModelProps) {
  const text = textFor(strings);
  return (
    <div className="eoac-model">
      <button
        type="button"
        className="button button-secondary"
        data-action="model"
        aria-expanded={shown}
        aria-controls="eoac-model-answer"
        onClick={onToggle}
      >
        {shown ? text("exercise.eoac.hideModel") : text("exercise.eoac.showModel")}
      </button>
      <div id="eoac-model-answer" className="eoac-model-answer" hidden={!shown}>
        <h3>{text("exercise.eoac.modelHeading")}</h3>
        <dl>
          {EOAC_PARTS.map((part) => (
            <div key={part}>
              <dt>{parts[part].label}</dt>
              <dd>{remark.model[part]}</dd>
            </div>
          ))}
        </dl>
        <p className="note">{text("exercise.eoac.modelNote")}</p>
      </div>
    </div>
  );
}
