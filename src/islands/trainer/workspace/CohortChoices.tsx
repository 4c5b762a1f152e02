// The cohort form's two choices: the workshop language and whether the wall shows names.
import { describedBy, FieldTexts } from "../../shared/FieldTexts";
import type { CohortFormValues } from "./cohort-form";
import type { IslandText } from "../../../i18n/islands";

interface LocaleFieldProps {
  value: CohortFormValues["locale"];
  onChange: (value: CohortFormValues["locale"]) => void;
  error?: string | undefined;
  text: IslandText<"workspace">;
}

/** Language of the join page the QR code opens, and of the report. */
export function LocaleField({ value, onChange, error, text }: LocaleFieldProps) {
  return (
    <div className="field">
      <label htmlFor="cohort-locale">{text("trainer.form.locale")}</label>
      <select
        id="cohort-locale"
        name="locale"
        value={value}
        onChange={(e) => onChange(e.target.value === "en" ? "en" : "zh-CN")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("locale", { help: true, error: !!error })}
      >
        <option value="zh-CN">{text("trainer.form.localeZh")}</option>
        <option value="en">{text("trainer.form.localeEn")}</option>
      </select>
      <FieldTexts name="locale" help={text("trainer.form.localeHelp")} error={error} />
    </div>
  );
}

interface ShowNamesFieldProps {
  value: boolean;
  onChange: (value: boolean) => void;
  text: IslandText<"workspace">;
}

/** Names on the wall, yes or no, as two radio buttons with large labels. */
export function ShowNamesField({ value, onChange, text }: ShowNamesFieldProps) {
  const options = [
    { checked: true, id: "cohort-showNames-yes", label: text("trainer.form.showNamesYes") },
    { checked: false, id: "cohort-showNames-no", label: text("trainer.form.showNamesNo") },
  ];
  return (
    <fieldset className="consents" aria-describedby="showNamesOnWall-help">
      <legend className="legend">{text("trainer.form.showNames")}</legend>
      {options.map((option) => (
        <div className="check" key={option.id}>
          <input
            id={option.id}
            type="radio"
            name="showNamesOnWall"
            value={String(option.checked)}
            checked={value === option.checked}
            onChange={() => onChange(option.checked)}
          />
          <label htmlFor={option.id}>{option.label}</label>
        </div>
      ))}
      <FieldTexts name="showNamesOnWall" help={text("trainer.form.showNamesHelp")} />
    </fieldset>
  );
}
