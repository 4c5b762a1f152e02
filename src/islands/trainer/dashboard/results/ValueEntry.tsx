// Adding values to a measure: one typed value with its day, or a CSV file of "date,value" rows, which the
// server takes whole or not at all (pb_hooks/lib/results.js), naming each bad row.
import { useState, type SubmitEvent } from "react";
import { InputField } from "../../../shared/InputField";
import { useDashboard } from "../dashboard-context";
import { addValue, importValues } from "./results-api";
import { FORM_ERROR, resultErrors } from "./result-errors";

/** Bytes of a file read at most; the server reads at most 16,000 characters (pure/result-values-csv.js). */
const MAX_FILE_BYTES = 64 * 1024;

/** `[data-value-entry]`: the typed value's form, then the import with its outcome. */
export function ValueEntry({ measureId, onChanged }: { measureId: string; onChanged: () => void }) {
  const { text } = useDashboard();
  const [value, setValue] = useState("");
  const [measuredOn, setMeasuredOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const id = (name: string) => `value-${measureId}-${name}`;
  /** What both inputs of the typed value share: ids per measure (several cards on one page), state, error. */
  const fieldProps = (name: "measuredOn" | "value", current: string, set: (v: string) => void) => ({
    id: id(name),
    name,
    textsId: id(name),
    value: current,
    onChange: set,
    error: errors[name],
    required: true,
  });

  async function add(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = Number(value.trim().replace(/,/g, ""));
    if (value.trim() === "" || !Number.isFinite(number)) {
      setErrors({ value: text("errors.jiannuo_number_invalid") });
      return;
    }
    try {
      await addValue(measureId, number, measuredOn);
      setValue("");
      setMeasuredOn("");
      setErrors({});
      onChanged();
    } catch (error) {
      setErrors(resultErrors(error, ["value", "measuredOn", "measure"], text));
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ ok: false, lines: [text("errors.jiannuo_results_csv_too_large")] });
      return;
    }
    try {
      const answer = await importValues(measureId, await file.text());
      setOutcome({ ok: true, lines: [text("dashboard.results.imported", answer)] });
      onChanged();
    } catch (error) {
      const rows = importProblems(error, text);
      const other = resultErrors(error, [], text)[FORM_ERROR] ?? text("errors.server");
      setOutcome({ ok: false, lines: rows.length ? [text("dashboard.results.importRefused"), ...rows] : [other] });
    }
  }

  return (
    <div className="dash-value-entry" data-value-entry="">
      <form className="form dash-value-form" noValidate onSubmit={add}>
        <InputField
          {...fieldProps("measuredOn", measuredOn, setMeasuredOn)}
          type="date"
          label={text("dashboard.results.field.measuredOn")}
        />
        <InputField
          {...fieldProps("value", value, setValue)}
          inputMode="decimal"
          autoComplete="off"
          label={text("dashboard.results.field.value")}
        />
        {errors["measure"] || errors[FORM_ERROR] ? (
          <p className="form-error" role="alert">
            {errors["measure"] ?? errors[FORM_ERROR]}
          </p>
        ) : null}
        <button type="submit" className="button button-secondary">
          {text("dashboard.results.addValue")}
        </button>
      </form>
      <div className="field">
        <label htmlFor={id("csv")}>{text("dashboard.results.import")}</label>
        <p className="field-help" id={`${id("csv")}-help`}>
          {text("dashboard.results.importHelp")}
        </p>
        <input
          id={id("csv")}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${id("csv")}-help`}
          data-import-csv=""
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      {outcome ? (
        <div
          className={outcome.ok ? "note" : "form-error"}
          role={outcome.ok ? "status" : "alert"}
          data-import-outcome=""
        >
          {outcome.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The file's own problem and "Row 3: …" for each row the server named (`row<n>`), in the file's order. */
function importProblems(error: unknown, text: ReturnType<typeof useDashboard>["text"]): string[] {
  const found = resultErrors(error, undefined, text);
  const rows = Object.keys(found)
    .filter((key) => /^row\d+$/.test(key))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((key) => text("dashboard.results.importRow", { row: key.slice(3), message: found[key]! }));
  return found["csv"] ? [found["csv"], ...rows] : rows;
}
