// Create or edit a cohort. Values stay in state so nothing typed is lost on an error; the rules are in
// cohort-form.ts, the requests in trainer-api.ts.
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { FORM_ERROR, type ErrorKeys } from "../../../lib/api-errors";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import {
  COHORT_FIELDS,
  cohortInput,
  cohortValues,
  newCohortValues,
  TEXT_MAX_LENGTH,
  validateCohort,
  type CohortFormValues,
} from "./cohort-form";
import { LocaleField, ShowNamesField } from "./CohortChoices";
import { FollowUpDaysField } from "./FollowUpDaysField";
import { CohortInput } from "./CohortInput";
import type { IslandText } from "../../../i18n/islands";
import { createCohort, updateCohort } from "../shared/trainer-api";
import { requestErrorKeys } from "../../../lib/request-errors";
import type { Locale } from "../../../i18n/locales";

interface CohortFormProps {
  /** The cohort to edit; without it the form creates a new one. */
  cohort?: CohortsRecord | undefined;
  locale: Locale;
  text: IslandText<"workspace">;
  onSaved: (record: CohortsRecord) => void;
  onCancel: () => void;
}

/** The cohort form (`form[data-cohort-form]`); fields are named like the record's fields. */
export function CohortForm({ cohort, locale, text, onSaved, onCancel }: CohortFormProps) {
  const [values, setValues] = useState<CohortFormValues>(() =>
    cohort ? cohortValues(cohort) : newCohortValues(locale),
  );
  const [errors, setErrors] = useState<ErrorKeys>({});
  const [sending, setSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("h2")?.focus(), []);

  function set<K extends keyof CohortFormValues>(field: K, value: CohortFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _field, [FORM_ERROR]: _form, ...rest }) => rest);
  }

  function focusFirst(found: ErrorKeys) {
    const field = COHORT_FIELDS.find((name) => found[name]);
    formRef.current?.querySelector<HTMLElement>(field ? `[name="${field}"]` : ".form-error")?.focus();
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const found = validateCohort(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setSending(true);
    try {
      const input = cohortInput(values);
      onSaved(cohort ? await updateCohort(cohort.id, input) : await createCohort(input));
    } catch (error) {
      const keys = requestErrorKeys(error, COHORT_FIELDS);
      setErrors(keys);
      setSending(false);
      requestAnimationFrame(() => focusFirst(keys));
    }
  }

  const error = (field: string) => (errors[field] ? text(errors[field]) : undefined);
  const heading = cohort ? text("trainer.form.editHeading", { name: cohort.name }) : text("trainer.cohorts.create");
  return (
    <form
      ref={formRef}
      className="form panel cohort-form"
      data-cohort-form={cohort?.id ?? "new"}
      noValidate
      onSubmit={submit}
      aria-busy={sending}
      aria-labelledby="cohort-form-heading"
    >
      <h2 id="cohort-form-heading" tabIndex={-1}>
        {heading}
      </h2>
      <CohortInput
        name="name"
        label={text("trainer.form.name")}
        help={text("trainer.form.nameHelp")}
        value={values.name}
        maxLength={TEXT_MAX_LENGTH}
        onChange={(v) => set("name", v)}
        error={error("name")}
      />
      <CohortInput
        name="organization"
        label={text("common.organization")}
        value={values.organization}
        maxLength={TEXT_MAX_LENGTH}
        onChange={(v) => set("organization", v)}
        error={error("organization")}
      />
      <div className="field-pair">
        <CohortInput
          name="startsOn"
          type="date"
          label={text("trainer.form.startsOn")}
          value={values.startsOn}
          onChange={(v) => set("startsOn", v)}
          error={error("startsOn")}
        />
        <CohortInput
          name="endsOn"
          type="date"
          label={text("trainer.form.endsOn")}
          value={values.endsOn}
          onChange={(v) => set("endsOn", v)}
          error={error("endsOn")}
        />
      </div>
      <LocaleField value={values.locale} onChange={(v) => set("locale", v)} error={error("locale")} text={text} />
      <FollowUpDaysField
        value={values.followUpDays}
        endsOn={values.endsOn}
        locale={locale}
        onChange={(v) => set("followUpDays", v)}
        error={error("followUpDays")}
        text={text}
      />
      <ShowNamesField value={values.showNamesOnWall} onChange={(v) => set("showNamesOnWall", v)} text={text} />
      <CohortInput
        name="capacity"
        inputMode="numeric"
        label={text("trainer.form.capacity")}
        help={text("trainer.form.capacityHelp")}
        value={values.capacity}
        onChange={(v) => set("capacity", v)}
        error={error("capacity")}
        required={false}
      />
      {errors[FORM_ERROR] ? (
        <p className="form-error" role="alert" tabIndex={-1}>
          {text(errors[FORM_ERROR])}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={sending}>
          {sending ? text("common.saving") : cohort ? text("trainer.form.save") : text("trainer.form.create")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} data-cancel-form>
          {text("common.cancel")}
        </button>
      </div>
    </form>
  );
}
