// Follow-up days typed as a comma list, with the resulting dates shown as the trainer types.
import { followUpDates, parseFollowUpDays } from "./cohort-form";
import { formatDayList } from "../../../lib/dates";
import { CohortInput } from "./CohortInput";
import type { IslandText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";

interface FollowUpDaysFieldProps {
  value: string;
  endsOn: string;
  locale: Locale;
  onChange: (value: string) => void;
  error?: string | undefined;
  text: IslandText<"workspace">;
}

/** The follow-up schedule: days after the last day of the workshop. */
export function FollowUpDaysField({ value, endsOn, locale, onChange, error, text }: FollowUpDaysFieldProps) {
  const days = parseFollowUpDays(value);
  const dates = days && endsOn ? followUpDates(endsOn, days) : [];
  const hint = dates.length > 0 ? text("trainer.form.followUpDates", { dates: formatDayList(dates, locale) }) : "";
  return (
    <CohortInput
      name="followUpDays"
      label={text("trainer.form.followUpDays")}
      value={value}
      onChange={onChange}
      inputMode="text"
      help={text("trainer.form.followUpDaysHelp")}
      hint={hint}
      error={error}
    />
  );
}
