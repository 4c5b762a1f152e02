// The isolation step of the Phillips ROI method, at a follow-up from day 45 on: how much of a change at
// work came from what the participant did, and how sure they are, each in steps of 10 %. Optional; the
// report discounts each estimate by its confidence (src/lib/results-report.ts). Drawn only when asked
// (view.askIsolation), after the answer is recorded: the first frame and the first answer stay as they were.
import { useState, type SubmitEvent } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import type { IslandText } from "../../i18n/islands";
import { FormError } from "../shared/FormError";
import type { IsolationEstimate } from "./checkin-api";

const STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

interface IsolationFormProps {
  initial: IsolationEstimate | null;
  onSave: (isolation: IsolationEstimate | null) => Promise<ErrorMessageKey | null>;
  text: IslandText<"checkin">;
}

/** `form[data-isolation]`: two groups of percentage tiles, Save, and taking the estimate back. */
export function IsolationForm({ initial, onSave, text }: IsolationFormProps) {
  const [share, setShare] = useState<number | null>(initial?.share ?? null);
  const [sure, setSure] = useState<number | null>(initial?.sure ?? null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState("");

  async function save(isolation: IsolationEstimate | null) {
    setSaving(true);
    const failure = await onSave(isolation);
    setSaving(false);
    if (failure) return setError(text(failure));
    setSaved(true);
    if (!isolation) {
      setShare(null);
      setSure(null);
    }
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (share === null || sure === null) return setError(text("checkin.isolation.both"));
    void save({ share, sure });
  }

  const tiles = (name: "share" | "sure", value: number | null, set: (n: number) => void) => (
    <fieldset className="isolation-scale" data-field={name}>
      <legend>{text(`checkin.isolation.${name}`)}</legend>
      <div className="isolation-tiles">
        {STEPS.map((step) => (
          <label key={step} className="isolation-tile">
            <input
              type="radio"
              name={`isolation-${name}`}
              value={step}
              checked={value === step}
              onChange={() => (set(step), setSaved(false), setError(""))}
            />
            <span>{step}%</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form className="form checkin-isolation" data-isolation="" noValidate onSubmit={submit} aria-busy={saving}>
      <h3>{text("checkin.isolation.heading")}</h3>
      <p className="field-help">{text("checkin.isolation.help")}</p>
      {tiles("share", share, setShare)}
      {tiles("sure", sure, setSure)}
      <FormError message={error} />
      <div className="button-row">
        <button type="submit" className="button" data-save-isolation disabled={saving}>
          {saving ? text("common.saving") : text("checkin.isolation.save")}
        </button>
        {initial || saved ? (
          <button type="button" className="button button-secondary" disabled={saving} onClick={() => void save(null)}>
            {text("checkin.isolation.clear")}
          </button>
        ) : null}
      </div>
      <div role="status">
        {saved ? (
          <p className="checkin-saved" data-isolation-saved>
            {text(share === null ? "checkin.isolation.cleared" : "checkin.isolation.saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
