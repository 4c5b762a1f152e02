// The cohort form's values and rules, as plain functions: record to form, form to request body, and
// the checks that can be made before sending (the server makes them again).
import type { ErrorKeys } from "../../../lib/api-errors";
import { isoDayOf } from "../../../lib/dates";
import { COHORTS_FIELDS, type CohortsRecord } from "../../../lib/pocketbase-types";
import type { CohortInput } from "../shared/trainer-api";

/** What the form holds; follow-up days are typed as a list of numbers separated by commas. */
export interface CohortFormValues {
  name: string;
  organization: string;
  startsOn: string;
  endsOn: string;
  locale: CohortsRecord["locale"];
  followUpDays: string;
  showNamesOnWall: boolean;
  /** Places for the join code; "" leaves the server's default (a workshop room). */
  capacity: string;
}

/** Form fields in the order they appear, for focusing the first one with an error. */
export const COHORT_FIELDS = [
  "name",
  "organization",
  "startsOn",
  "endsOn",
  "locale",
  "followUpDays",
  "showNamesOnWall",
  "capacity",
] as const;

/** The server's default schedule, also the form's starting value. */
export const DEFAULT_FOLLOW_UP_DAYS: readonly number[] = [7, 21, 45, 90];

/** The server's limit on names and organisations. */
export const TEXT_MAX_LENGTH = 120;

/** A blank form for a new cohort in `locale`. */
export function newCohortValues(locale: CohortsRecord["locale"]): CohortFormValues {
  return {
    name: "",
    organization: "",
    startsOn: "",
    endsOn: "",
    locale,
    followUpDays: DEFAULT_FOLLOW_UP_DAYS.join(", "),
    showNamesOnWall: false,
    capacity: "",
  };
}

/** The stored follow-up days, or the default when the record has none. */
export function followUpDaysOf(record: Pick<CohortsRecord, "followUpDays">): number[] {
  const days = record.followUpDays;
  return Array.isArray(days) && days.every((d) => typeof d === "number") ? days : [...DEFAULT_FOLLOW_UP_DAYS];
}

/** The form filled in with an existing cohort. */
export function cohortValues(record: CohortsRecord): CohortFormValues {
  return {
    name: record.name,
    organization: record.organization,
    startsOn: isoDayOf(record.startsOn),
    endsOn: isoDayOf(record.endsOn),
    locale: record.locale,
    followUpDays: followUpDaysOf(record).join(", "),
    showNamesOnWall: record.showNamesOnWall,
    capacity: record.capacity ? String(record.capacity) : "",
  };
}

/** Places typed as digits (full-width too), within the schema's range; undefined for "", null when out of range. */
export function parseCapacity(text: string): number | undefined | null {
  const typed = text.normalize("NFKC").trim();
  if (typed === "") return undefined;
  const places = /^\d{1,3}$/.test(typed) ? Number(typed) : NaN;
  return places >= COHORTS_FIELDS.capacity.min && places <= COHORTS_FIELDS.capacity.max ? places : null;
}

/** Days typed as "7, 21" (also with Chinese commas or spaces), or null when they break the server's rule. */
export function parseFollowUpDays(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (parts.length < 1 || parts.length > 8 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const days = parts.map(Number);
  const ok = days.every((day, i) => day >= 1 && day <= 365 && (i === 0 || day > (days[i - 1] ?? 0)));
  return ok ? days : null;
}

/** Problems visible before sending, keyed by field. */
export function validateCohort(values: CohortFormValues): ErrorKeys {
  const errors: ErrorKeys = {};
  for (const field of ["name", "organization"] as const) {
    const text = values[field].trim();
    if (text === "") errors[field] = "errors.validation_required";
    else if ([...text].length > TEXT_MAX_LENGTH) errors[field] = "errors.validation_max_text_constraint";
  }
  if (values.startsOn === "") errors["startsOn"] = "errors.validation_required";
  if (values.endsOn === "") errors["endsOn"] = "errors.validation_required";
  else if (values.startsOn !== "" && values.endsOn < values.startsOn) errors["endsOn"] = "errors.jiannuo_dates_order";
  if (parseFollowUpDays(values.followUpDays) === null) errors["followUpDays"] = "errors.jiannuo_follow_up_days";
  if (parseCapacity(values.capacity) === null) {
    errors["capacity"] =
      Number(values.capacity.normalize("NFKC")) < 1
        ? "errors.validation_min_number_constraint"
        : "errors.validation_max_number_constraint";
  }
  return errors;
}

/** The request body of a valid form (call validateCohort first). */
export function cohortInput(values: CohortFormValues): CohortInput {
  const capacity = parseCapacity(values.capacity);
  return {
    name: values.name.trim(),
    organization: values.organization.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    locale: values.locale,
    followUpDays: parseFollowUpDays(values.followUpDays) ?? [...DEFAULT_FOLLOW_UP_DAYS],
    showNamesOnWall: values.showNamesOnWall,
    ...(capacity ? { capacity } : {}),
  };
}

/** The dates the follow-ups go out: `days` after the last day `endsOn` (UTC calendar days). */
export function followUpDates(endsOn: string, days: readonly number[]): Date[] {
  const last = Date.parse(`${endsOn}T00:00:00Z`);
  if (Number.isNaN(last)) return [];
  return days.map((day) => new Date(last + day * 86_400_000));
}
