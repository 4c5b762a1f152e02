// One EOAC part: label, what belongs in it, the text, and once checked the hint for it.
import type { EoacFinding, EoacPart } from "../../../lib/eoac";
import type { EoacBuilderData } from "../../../lib/exercise-schemas";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import { describedBy, FieldTexts } from "../../shared/FieldTexts";

interface EoacPartFieldProps {
  part: EoacPart;
  texts: EoacBuilderData["parts"][EoacPart];
  value: string;
  onChange: (value: string) => void;
  /** The check's verdict, or null before the first check. */
  finding: EoacFinding | null;
  hint: string | undefined;
  strings: IslandStrings<"eoac-builder">;
}

/** A labelled textarea; the hint is tied to it with aria-describedby, so it is read on focus. */
export function EoacPartField({ part, texts, value, onChange, finding, hint, strings }: EoacPartFieldProps) {
  const text = textFor(strings);
  const id = `eoac-${part}`;
  return (
    <div className="field eoac-part" data-part={part} data-code={finding?.code}>
      <label htmlFor={id}>{texts.label}</label>
      <FieldTexts name={id} help={texts.help} />
      <textarea
        id={id}
        name={part}
        rows={3}
        value={value}
        placeholder={texts.placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={finding && !finding.ok ? true : undefined}
        aria-describedby={describedBy(id, { help: true, hint: !!finding })}
      />
      {finding ? (
        <p id={`${id}-hint`} className={finding.ok ? "eoac-hint eoac-hint-ok" : "eoac-hint eoac-hint-fix"}>
          <strong>{finding.ok ? text("exercise.eoac.statusOk") : text("exercise.eoac.statusFix")}</strong> {hint}
        </p>
      ) : null}
    </div>
  );
}
