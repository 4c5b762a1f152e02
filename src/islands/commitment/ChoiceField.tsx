// A short choice shown as labelled radio buttons (whose commitment it is, who may see it).
interface ChoiceFieldProps<V extends string> {
  name: "kind" | "visibility";
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}

/** A fieldset of large radio options; the whole label is the touch target. */
export function ChoiceField<V extends string>({ name, legend, options, value, onChange }: ChoiceFieldProps<V>) {
  return (
    <fieldset className="commit-choices" data-field={name}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="commit-choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
