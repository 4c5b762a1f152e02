// Confidence from 1 to 10 as ten large radio tiles (≥48 px), with the coach's hint and, below 7,
// the prompt to raise it.
import type { ReactNode } from "react";
import type { Finding } from "../../lib/coach";
import { describedBy, FieldTexts } from "../shared/FieldTexts";
import { CoachHints } from "./CoachHints";
import type { IslandText } from "../../i18n/islands";

const POINTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface ConfidenceFieldProps {
  value: number | null;
  onChange: (value: number) => void;
  findings: readonly Finding[];
  error: string | undefined;
  text: IslandText<"commit">;
  /** Shown under the tiles (the low-confidence prompt). */
  children?: ReactNode;
}

/** The confidence rating; the chosen number is the checked tile, read out as "8" in its group. */
export function ConfidenceField({ value, onChange, findings, error, text, children }: ConfidenceFieldProps) {
  return (
    <fieldset
      className="commit-confidence"
      data-field="confidence"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy("confidence", { help: true, hint: true, error: !!error })}
    >
      <legend>{text("commit.confidence.label")}</legend>
      <FieldTexts name="confidence" help={text("commit.confidence.scale")} />
      <div className="confidence-tiles">
        {POINTS.map((point) => (
          <label key={point} className="confidence-tile">
            <input
              type="radio"
              name="confidence"
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </div>
      <CoachHints name="confidence" findings={findings} text={text} />
      <FieldTexts name="confidence" error={error} />
      {children}
    </fieldset>
  );
}
