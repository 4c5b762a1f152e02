// Step three, when the address has several workshops (or none, or an unsubscribe to undo): which one
// this device signs in to. The newest comes first and is chosen already.
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { formatMoment } from "../../lib/dates";
import { FormError } from "../shared/FormError";
import { signInAs, type AddressSignIn } from "./sign-in";
import type { IslandText } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";

interface PickStepProps {
  text: IslandText<"signin">;
  locale: Locale;
  address: AddressSignIn;
  /** An error from signing in before this step (shown at once). */
  initialError?: string | undefined;
  joinHref: string;
  onSignedIn: () => void;
}

/** Radios `input[name=participant]`, and `input[name=resume]` when the address is unsubscribed. */
export function PickStep({ text, locale, address, initialError, joinHref, onSignedIn }: PickStepProps) {
  const [chosen, setChosen] = useState(address.participations[0]?.id ?? "");
  const [resume, setResume] = useState(false);
  const [error, setError] = useState(initialError ?? "");
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !chosen) return;
    setBusy(true);
    setError("");
    const result = await signInAs(address, chosen, resume);
    if (result.ok) return onSignedIn();
    setBusy(false);
    setError(text(result.error));
  }

  if (address.participations.length === 0) {
    return (
      <section className="panel" data-pick-none="" aria-labelledby="pick-heading">
        <h2 id="pick-heading" ref={headingRef} tabIndex={-1}>
          {text("signin.pick.heading")}
        </h2>
        <p>{text("signin.pick.none")}</p>
        <p>
          <a className="button" href={joinHref}>
            {text("common.joinWithCode")}
          </a>
        </p>
      </section>
    );
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-labelledby="pick-heading">
      <h2 id="pick-heading" ref={headingRef} tabIndex={-1}>
        {text("signin.pick.heading")}
      </h2>
      <fieldset className="consents">
        <legend className="field-help">{text("signin.pick.intro")}</legend>
        {address.participations.map((p) => (
          <div className="check" key={p.id}>
            <input
              id={`pick-${p.id}`}
              type="radio"
              name="participant"
              value={p.id}
              checked={chosen === p.id}
              onChange={() => setChosen(p.id)}
              aria-describedby={`pick-${p.id}-details`}
            />
            <label htmlFor={`pick-${p.id}`}>{p.cohort.name}</label>
            <p className="field-help" id={`pick-${p.id}-details`}>
              {text("signin.pick.details", {
                organization: p.cohort.organization,
                name: p.name,
                date: formatMoment(p.joinedAt, locale),
              })}
            </p>
          </div>
        ))}
      </fieldset>
      {address.unsubscribed ? (
        <div className="check">
          <input
            id="pick-resume"
            type="checkbox"
            name="resume"
            checked={resume}
            onChange={(e) => setResume(e.target.checked)}
          />
          <label htmlFor="pick-resume">{text("signin.pick.resume")}</label>
        </div>
      ) : null}
      <FormError message={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text("common.signingIn") : text("signin.pick.submit")}
      </button>
    </form>
  );
}
