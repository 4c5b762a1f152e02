// One statement of the self-assessment as a group of five labelled radio buttons.
import { LIKERT_POINTS, type LikertPoint } from "../../../lib/belonging";
import type { BelongingAssessmentData } from "../../../lib/exercise-schemas";

interface LikertItemProps {
  item: BelongingAssessmentData["items"][number];
  scale: BelongingAssessmentData["scale"];
  value: LikertPoint | undefined;
  onChange: (point: LikertPoint) => void;
}

/** fieldset/legend so each choice is announced with its statement; the whole label is the touch target. */
export function LikertItem({ item, scale, value, onChange }: LikertItemProps) {
  const name = `belonging-${item.id}`;
  return (
    <fieldset className="likert" data-item={item.id} id={name}>
      <legend>{item.text}</legend>
      <div className="likert-options">
        {LIKERT_POINTS.map((point) => (
          <label className="likert-option" key={point}>
            <input type="radio" name={name} value={point} checked={value === point} onChange={() => onChange(point)} />
            <span className="likert-point" aria-hidden="true">
              {point}
            </span>
            <span className="likert-label">{scale[point - 1]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
