// The cohort's time zone: where its times are written (the CSV exports), chosen from the browser's
// list of IANA zones, each with its offset today so "Asia/Shanghai (GMT+8)" is easy to find.
import { useMemo } from "react";
import { describedBy, FieldTexts } from "../../shared/FieldTexts";
import type { IslandText } from "../../../i18n/islands";

interface TimeZoneFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  text: IslandText<"workspace">;
}

/** "GMT+8" for a zone today, or "" where the browser cannot say. */
function offsetOf(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts();
    return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
  } catch {
    return "";
  }
}

/** Every zone the browser knows, plus `current` if it does not list it. */
function zonesWith(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return known.includes(current) ? known : [current, ...known];
}

/** `select[name=timeZone]`. */
export function TimeZoneField({ value, onChange, error, text }: TimeZoneFieldProps) {
  const zones = useMemo(() => zonesWith(value).map((zone) => ({ zone, offset: offsetOf(zone) })), [value]);
  return (
    <div className="field">
      <label htmlFor="cohort-timeZone">{text("trainer.form.timeZone")}</label>
      <select
        id="cohort-timeZone"
        name="timeZone"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("timeZone", { help: true, error: !!error })}
      >
        {zones.map(({ zone, offset }) => (
          <option key={zone} value={zone}>
            {offset ? `${zone} (${offset})` : zone}
          </option>
        ))}
      </select>
      <FieldTexts name="timeZone" help={text("trainer.form.timeZoneHelp")} error={error} />
    </div>
  );
}
