// A labelled input, or a checkbox, with its help, live hint and error wired to it (see ./FieldTexts): the
// fields every form on the site is made of. Everything else an input takes (autocomplete, a ref...) passes through; the
// type is "text" unless given, written out because the styles select on it.
import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldTexts } from "./FieldTexts";

interface InputFieldProps extends Omit<ComponentProps<"input">, "id" | "name" | "value" | "onChange" | "children"> {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  /** Where the help, hint and error ids start (`<textsId>-help`); the field's name unless given. */
  textsId?: string;
  /** Shown between the input and its texts, e.g. a character count. */
  children?: ReactNode;
}

/** `div.field` with the label, the input (`name` is what tests and the server know it by) and its texts. */
export function InputField({
  id,
  name,
  label,
  value,
  onChange,
  help,
  hint,
  error,
  textsId = name,
  children,
  type = "text",
  ...input
}: InputFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(textsId, { help: !!help, hint: hint !== undefined, error: !!error })}
      />
      {children}
      <FieldTexts name={textsId} help={help} hint={hint} error={error} />
    </div>
  );
}

interface CheckFieldProps extends Omit<
  ComponentProps<"input">,
  "id" | "name" | "type" | "checked" | "onChange" | "children"
> {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  help?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  /** Where the help, hint and error ids start; the field's name unless given. */
  textsId?: string;
}

/** `div.check`: a checkbox, its label beside it, and its texts under both. */
export function CheckField({
  id,
  name,
  label,
  checked,
  onChange,
  help,
  hint,
  error,
  textsId = name,
  ...input
}: CheckFieldProps) {
  return (
    <div className="check">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...input}
        aria-describedby={describedBy(textsId, { help: !!help, hint: hint !== undefined, error: !!error })}
      />
      <label htmlFor={id}>{label}</label>
      <FieldTexts name={textsId} help={help} hint={hint} error={error} />
    </div>
  );
}
