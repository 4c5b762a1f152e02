// Setting a result measure: its name and unit, which way is better, the baseline value and its day, and
// the modules meant to move it. The server checks every field and answers in the dashboard's words.
import { useState, type SubmitEvent } from "react";
import { InputField } from "../../../shared/InputField";
import { useDashboard } from "../dashboard-context";
import { createMeasure } from "./results-api";
import { FORM_ERROR, resultErrors } from "./result-errors";

const FIELDS = ["name", "unit", "direction", "baseline", "baselineOn", "modules", "cohort"] as const;
const EMPTY = { name: "", unit: "", direction: "lower" as "lower" | "higher", baseline: "", baselineOn: "" };

/** `form[data-measure-form]`. */
export function MeasureForm({ cohortId, onSaved }: { cohortId: string; onSaved: () => void }) {
  const { text, moduleTitles } = useDashboard();
  const [fields, setFields] = useState(EMPTY);
  const [modules, setModules] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<typeof EMPTY>) => setFields((f) => ({ ...f, ...change }));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const baseline = Number(fields.baseline.trim().replace(/,/g, ""));
    if (fields.baseline.trim() === "" || !Number.isFinite(baseline)) {
      setErrors({ baseline: text("errors.jiannuo_number_invalid") });
      return;
    }
    setSaving(true);
    try {
      await createMeasure(cohortId, { ...fields, baseline, modules: modules.join(",") });
      setFields(EMPTY);
      setModules([]);
      setErrors({});
      onSaved();
    } catch (error) {
      setErrors(resultErrors(error, FIELDS, text));
    } finally {
      setSaving(false);
    }
  }

  const input = (name: "name" | "unit" | "baseline" | "baselineOn", extra: { type?: string; help?: string } = {}) => (
    <InputField
      id={`measure-${name}`}
      name={name}
      label={text(`dashboard.results.field.${name}`)}
      value={fields[name]}
      onChange={(value) => set({ [name]: value })}
      error={errors[name]}
      required={name !== "unit"}
      autoComplete="off"
      {...(name === "baseline" ? { inputMode: "decimal" as const } : {})}
      {...extra}
    />
  );
  return (
    <form className="form dash-measure-form" data-measure-form="" noValidate onSubmit={submit}>
      <h3>{text("dashboard.results.add")}</h3>
      {input("name", { help: text("dashboard.results.field.nameHelp") })}
      {input("unit")}
      <fieldset className="field" data-field="direction">
        <legend>{text("dashboard.results.field.direction")}</legend>
        {(["lower", "higher"] as const).map((direction) => (
          <label key={direction} className="dash-choice">
            <input
              type="radio"
              name="direction"
              value={direction}
              checked={fields.direction === direction}
              onChange={() => set({ direction })}
            />{" "}
            {text(`dashboard.results.direction.${direction}`)}
          </label>
        ))}
      </fieldset>
      {input("baseline")}
      {input("baselineOn", { type: "date" })}
      <fieldset className="field" data-field="modules">
        <legend>{text("dashboard.results.field.modules")}</legend>
        {Object.entries(moduleTitles).map(([slug, title]) => (
          <label key={slug} className="dash-choice">
            <input
              type="checkbox"
              name="modules"
              value={slug}
              checked={modules.includes(slug)}
              onChange={(e) => setModules((m) => (e.target.checked ? [...m, slug] : m.filter((s) => s !== slug)))}
            />{" "}
            {title}
          </label>
        ))}
        {errors["modules"] ? <p className="form-error">{errors["modules"]}</p> : null}
      </fieldset>
      {errors["cohort"] || errors[FORM_ERROR] || errors["direction"] ? (
        <p className="form-error" role="alert">
          {errors["cohort"] ?? errors[FORM_ERROR] ?? errors["direction"]}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={saving}>
        {text("dashboard.results.save")}
      </button>
    </form>
  );
}
