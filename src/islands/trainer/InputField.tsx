// One labelled input of the cohort form, with help and error wired to it (see join/FieldParts).
import type { ReactNode } from "react";
import { describedBy, FieldTexts } from "../join/FieldParts";

interface InputFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date";
  help?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  maxLength?: number;
  inputMode?: "text" | "numeric";
  /** False for a field the server fills in when left empty. */
  required?: boolean;
}

/** A text or date input (`name` is the record field, the e2e tests fill fields by it). */
export function InputField({
  name,
  label,
  value,
  onChange,
  type = "text",
  help,
  hint,
  error,
  maxLength,
  inputMode,
  required = true,
}: InputFieldProps) {
  const id = `cohort-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, { help: !!help, hint: hint !== undefined, error: !!error })}
      />
      <FieldTexts name={name} help={help} hint={hint} error={error} />
    </div>
  );
}
