// The texts around one form control, wired the same way in every form: help `<name>-help`, a polite live
// hint `<name>-hint` (instant feedback), and the error `<name>-error` with role="alert"; the control
// points at them with aria-describedby.
import type { ReactNode } from "react";

/** ids of the help, hint and error texts of a field, for aria-describedby. */
export function describedBy(
  name: string,
  parts: { help?: boolean; hint?: boolean; error?: boolean },
): string | undefined {
  const ids = [
    parts.help ? `${name}-help` : "",
    parts.hint ? `${name}-hint` : "",
    parts.error ? `${name}-error` : "",
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

interface FieldTextsProps {
  name: string;
  help?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
}

/** Help text, a polite live hint (instant feedback) and the field's error, in reading order. */
export function FieldTexts({ name, help, hint, error }: FieldTextsProps) {
  return (
    <>
      {help ? (
        <p className="field-help" id={`${name}-help`}>
          {help}
        </p>
      ) : null}
      {hint !== undefined ? (
        <p className="field-hint" id={`${name}-hint`} aria-live="polite">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${name}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
