// The coach's advice about one field, in a polite live region that exists before any advice does,
// so screen readers announce new hints (already debounced by the form) without moving focus. It is the
// field's hint (`<name>-hint`, see shared/FieldTexts), with the coach's findings in it.
import type { Finding } from "../../lib/coach";
import type { IslandText } from "../../i18n/islands";

interface CoachHintsProps {
  /** The field's name; the region's id is `<name>-hint`, which the control's aria-describedby names. */
  name: string;
  findings: readonly Finding[];
  text: IslandText<"commit">;
}

/** Tips and warnings for one field; a warning carries its own label and style, not colour alone. */
export function CoachHints({ name, findings, text }: CoachHintsProps) {
  return (
    <div className="coach-hints" id={`${name}-hint`} aria-live="polite">
      {findings.map((finding) => (
        <p key={finding.code} className={`coach coach-${finding.severity}`} data-coach-finding={finding.code}>
          <strong>{text(finding.severity === "warning" ? "commit.coach.warning" : "commit.coach.tip")}</strong>{" "}
          {text(finding.hintKey, finding.params)}
        </p>
      ))}
    </div>
  );
}
