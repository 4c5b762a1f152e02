// A short choice shown as labelled radio buttons (whose commitment it is, who may see it, how often it is asked about).
interface ChoiceFieldProps<V extends string> {
  name: "kind" | "visibility" | "cadence";
  legend: string;
  /** `help` says what choosing it means (e.g. who sees what); it is read out with the radio. */
  options: readonly { value: V; label: string; help?: string }[];
  value: V;
  onChange: (value: V) => void;
}

/** A fieldset of large radio options; the whole label is the touch target. */
export function ChoiceField<V extends string>({ name, legend, options, value, onChange }: ChoiceFieldProps<V>) {
  return (
    <fieldset className="commit-choices" data-field={name}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const helpId = option.help ? `commit-${name}-${option.value}-help` : undefined;
        return (
          <div key={option.value} className="commit-choice-option">
            <label className="commit-choice">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={option.value === value}
                aria-describedby={helpId}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
            {option.help ? (
              <p id={helpId} className="note commit-choice-help" data-help={option.value}>
                {option.help}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
