// The join form itself. Values live in component state so nothing typed is lost on an error;
// the rules live in validate-join.ts and the request in the session store.
import { useRef, useState, type SubmitEvent } from "react";
import { FORM_ERROR, type ErrorKeys } from "../../lib/api-errors";
import { joinCodeProgress, normalizeJoinCode, isJoinCodeFormat } from "../../lib/join-code";
import { JOIN_FIELDS, joinCohort, type JoinInput } from "../../stores/session";
import { describedBy, FieldTexts } from "../shared/FieldTexts";
import { CheckField, InputField } from "../shared/InputField";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES } from "../../i18n/locales";
import { characterCount, NAME_MAX_LENGTH, validateJoinInput } from "./validate-join";

interface JoinFieldsProps {
  locale: JoinInput["locale"];
  strings: IslandStrings<"join">;
  /** False in the build and during hydration: the same fields, inert and outside a form, hold the form's place. */
  ready: boolean;
}

function withoutKeys(errors: ErrorKeys, ...fields: string[]): ErrorKeys {
  const rest = { ...errors };
  for (const field of fields) delete rest[field];
  return rest;
}

/** The code from the QR link (`?code=`), normalized; read on the first client render (the build has no query). */
function codeFromUrl(): string {
  return normalizeJoinCode(new URLSearchParams(window.location.search).get("code") ?? "");
}

/**
 * The join form; on success the session store changes and JoinForm shows the joined state. Not `ready`, it
 * renders the same fields inert in a plain block, so the page opens at the form's final height and nothing
 * typed before hydration can be lost; JoinForm mounts the ready form in its place (a new key).
 */
export function JoinFields({ locale, strings, ready }: JoinFieldsProps) {
  const text = textFor(strings);
  const [values, setValues] = useState<JoinInput>(() => ({
    code: ready ? codeFromUrl() : "",
    name: "",
    email: "",
    followUpConsent: false,
    namedInReport: false,
    locale,
  }));
  const [errors, setErrors] = useState<ErrorKeys>({});
  const [sending, setSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const errorText = (field: string) => {
    const key = errors[field];
    return key ? text(key, { max: NAME_MAX_LENGTH }) : undefined;
  };

  function update<K extends keyof JoinInput>(field: K, value: JoinInput[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => withoutKeys(e, field, FORM_ERROR));
  }

  function setFollowUpConsent(checked: boolean) {
    update("followUpConsent", checked);
    // Say at once that follow-ups need an email, rather than only after pressing Join.
    setErrors((e) =>
      checked && values.email.trim() === ""
        ? { ...e, email: "errors.jiannuo_consent_needs_email" }
        : e["email"] === "errors.jiannuo_consent_needs_email"
          ? withoutKeys(e, "email")
          : e,
    );
  }

  function tidyCode() {
    const code = normalizeJoinCode(values.code);
    if (isJoinCodeFormat(code)) setValues((v) => ({ ...v, code }));
    else if (code !== "") setErrors((e) => ({ ...e, code: "errors.jiannuo_code_format" }));
  }

  function focusFirstInvalid(found: ErrorKeys) {
    const field = JOIN_FIELDS.find((name) => found[name]);
    const control = field ? formRef.current?.elements.namedItem(field) : null;
    if (control instanceof HTMLElement) control.focus();
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const found = validateJoinInput(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(found);
      return;
    }
    setSending(true);
    const result = await joinCohort(values);
    // On success the session store swaps this form for the joined panel; nothing left to do here.
    if (result.ok) return;
    setSending(false);
    setErrors(result.errors);
    focusFirstInvalid(result.errors);
  }

  const progress = joinCodeProgress(values.code);
  const codeHint =
    progress.state === "short"
      ? text("join.code.remaining", { count: progress.missing })
      : progress.state === "long"
        ? text("join.code.tooLong", { count: progress.extra })
        : progress.state === "badChars"
          ? text("join.code.badChars")
          : progress.state === "ok"
            ? text("join.code.ok")
            : "";
  const formError = errorText(FORM_ERROR);

  const fields = (
    <>
      <InputField
        id="join-code"
        name="code"
        label={text("common.joinCode")}
        value={values.code}
        onChange={(value) => update("code", value)}
        help={text("join.code.help")}
        // One message under the code at a time: an error (a code that is not there) wins over the format hint.
        hint={errorText("code") ? "" : codeHint}
        error={errorText("code")}
        onBlur={tidyCode}
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        className="input-code"
      />

      <InputField
        id="join-name"
        name="name"
        label={text("join.name.label")}
        value={values.name}
        onChange={(value) => update("name", value)}
        help={text("join.name.help")}
        error={errorText("name")}
        autoComplete="name"
        required
      >
        <p className="field-count" aria-hidden="true">
          {text("common.count", { count: characterCount(values.name.trim()), max: NAME_MAX_LENGTH })}
        </p>
      </InputField>

      <InputField
        id="join-email"
        name="email"
        type="email"
        label={text("join.email.label")}
        value={values.email}
        onChange={(value) => update("email", value)}
        help={text("join.email.help")}
        error={errorText("email")}
        inputMode="email"
        autoComplete="email"
      />

      <fieldset className="consents">
        <CheckField
          id="join-followUpConsent"
          name="followUpConsent"
          label={text("join.followUpConsent.label")}
          checked={values.followUpConsent}
          onChange={setFollowUpConsent}
          help={text("join.followUpConsent.help")}
        />
        <CheckField
          id="join-namedInReport"
          name="namedInReport"
          label={text("join.namedInReport.label")}
          checked={values.namedInReport}
          onChange={(checked) => update("namedInReport", checked)}
          help={text("join.namedInReport.help")}
        />
        <p className="field-help">{text("join.consent.changeLater")}</p>
      </fieldset>

      <div className="field">
        <label htmlFor="join-locale">{text("join.locale.label")}</label>
        <select
          id="join-locale"
          name="locale"
          value={values.locale}
          onChange={(e) => update("locale", isLocale(e.target.value) ? e.target.value : DEFAULT_LOCALE)}
          aria-invalid={errors["locale"] ? true : undefined}
          aria-describedby={describedBy("locale", { error: !!errors["locale"] })}
        >
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </select>
        <FieldTexts name="locale" error={errorText("locale")} />
      </div>

      <p className="privacy">{text("join.privacy")}</p>

      {formError ? (
        <p className="form-error" id="form-error" role="alert">
          {formError}
        </p>
      ) : null}

      <button type="submit" className="button button-primary" disabled={sending}>
        {sending ? text("join.submitting") : text("join.submit")}
      </button>
    </>
  );
  // Not ready: a plain block with its controls disabled, so no `form` exists and nothing takes input yet.
  return ready ? (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-busy={sending}>
      {fields}
    </form>
  ) : (
    <div className="form" inert aria-busy="true">
      <fieldset className="placeholder-fields" disabled>
        {fields}
      </fieldset>
    </div>
  );
}
