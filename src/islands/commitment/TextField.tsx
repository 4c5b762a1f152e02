// One written field of the commitment: visible label, the control, the coach's hints, and its error.
import type { Finding } from "../../lib/coach";
import { describedBy, FieldTexts } from "../shared/FieldTexts";
import { CoachHints } from "./CoachHints";
import type { IslandText } from "../../i18n/islands";

interface TextFieldProps {
  name: "action" | "trigger" | "dueOn" | "measure" | "support";
  label: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  error: string | undefined;
  text: IslandText<"commit">;
  placeholder?: string;
  /** A textarea of this many rows (the action, and fields whose example would be cut off on a phone). */
  rows?: number;
  type?: "text" | "date";
}

/** A labelled text, textarea or date input whose hints and error are tied to it with aria-describedby. */
export function TextField({
  name,
  label,
  value,
  onChange,
  findings,
  error,
  text,
  placeholder,
  rows,
  type = "text",
}: TextFieldProps) {
  const common = {
    id: `commit-${name}`,
    name,
    value,
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, { hint: true, error: !!error }),
  };
  return (
    <div className="field" data-field={name}>
      <label htmlFor={common.id}>{label}</label>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <CoachHints name={name} findings={findings} text={text} />
      <FieldTexts name={name} error={error} />
    </div>
  );
}
