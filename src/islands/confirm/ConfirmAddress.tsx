// The island of /confirm/ and /en/confirm/, opened from a confirmation email. Opening it changes nothing
// (mail scanners open links too): the owner of the address confirms the workshops they joined one by
// one, or stops every email to the address, or undoes that, each with a tap.
import { useEffect, useState } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { formatMoment } from "../../lib/dates";
import { requestErrorKey } from "../../lib/request-errors";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";
import { linkProblemOf, type LinkProblem } from "../checkin/checkin-api";
import { FormError } from "../shared/FormError";
import { OutcomePanel } from "../shared/OutcomePanel";
import { useInBrowser } from "../shared/use-in-browser";
import { confirmLink, tokenOfLink, type ConfirmAction, type ConfirmView } from "./confirm-api";

/** Props the page passes; strings are already translated for the page's locale. */
export interface ConfirmAddressProps {
  locale: Locale;
  strings: IslandStrings<"confirm">;
  /** Sign-in page in the page's locale: signing in with a code confirms too (for an expired link). */
  signInHref: string;
}

/** The page's island; the token is in the address's fragment, which the build cannot see, so it waits for the browser. */
export default function ConfirmAddress({ locale, strings, signInHref }: ConfirmAddressProps) {
  const inBrowser = useInBrowser();
  const text = textFor(strings);
  return (
    <div className="confirm-address" data-confirm-page="">
      {inBrowser ? (
        <ConfirmFlow locale={locale} text={text} signInHref={signInHref} />
      ) : (
        <p className="note">{text("common.opening")}</p>
      )}
    </div>
  );
}

type State = { phase: "loading" } | { phase: "problem"; problem: LinkProblem } | { phase: "ready"; view: ConfirmView };

function ConfirmFlow({
  locale,
  text,
  signInHref,
}: {
  locale: Locale;
  text: IslandText<"confirm">;
  signInHref: string;
}) {
  const [token] = useState(() => tokenOfLink(window.location.hash));
  const [state, setState] = useState<State>(token ? { phase: "loading" } : { phase: "problem", problem: "invalid" });
  const [busy, setBusy] = useState("");
  const [error, setError] = useState<ErrorMessageKey | null>(null);

  async function send(action: ConfirmAction, key: string) {
    setBusy(key);
    setError(null);
    try {
      setState({ phase: "ready", view: await confirmLink(token, action) });
    } catch (failure) {
      const problem = linkProblemOf(failure);
      // An expired link still stops emails (the server allows it); only an unusable one ends here.
      if (problem && !(problem === "expired" && action.action === "stop")) setState({ phase: "problem", problem });
      else setError(requestErrorKey(failure));
    } finally {
      setBusy("");
    }
  }

  // Once, for the link the page was opened with: viewing changes nothing.
  const [opened] = useState(() => token !== "");
  useEffect(() => {
    if (opened) void send({ action: "view" }, "view");
  }, [opened]);

  const errorLine = <FormError message={error && text(error)} />;

  if (state.phase === "loading")
    return (
      <p className="note" aria-live="polite">
        {text("common.opening")}
      </p>
    );
  if (state.phase === "problem") {
    const expired = state.problem === "expired";
    return (
      <OutcomePanel
        headingId="confirm-outcome"
        heading={text(expired ? "common.linkExpired" : "common.linkBroken")}
        marker={{ "data-link-problem": state.problem }}
      >
        <p>{text(expired ? "confirm.expired.body" : "confirm.invalid.body")}</p>
        {errorLine}
        <p className="button-row">
          <a className="button" href={signInHref}>
            {text("signin.title")}
          </a>
          {expired ? (
            <button
              type="button"
              className="button button-secondary"
              data-stop-address=""
              disabled={busy !== ""}
              onClick={() => void send({ action: "stop" }, "stop")}
            >
              {busy === "stop" ? text("common.saving") : text("confirm.stop.button")}
            </button>
          ) : null}
        </p>
      </OutcomePanel>
    );
  }
  const { view } = state;
  return (
    <section className="panel checkin-panel" aria-busy={busy !== ""} data-confirm-ready="">
      {view.participations.length ? <p>{text("confirm.intro")}</p> : <p>{text("confirm.none")}</p>}
      <ul className="confirm-list">
        {view.participations.map((p) => (
          <li key={p.id} data-participation={p.id}>
            <strong>{p.cohort.name}</strong>
            <br />
            <span className="field-help">
              {text("confirm.joined", { organization: p.cohort.organization, date: formatMoment(p.joinedAt, locale) })}
            </span>
            <br />
            {p.confirmed ? (
              <span data-confirmed="">{text("confirm.confirmed")}</span>
            ) : (
              <button
                type="button"
                className="button"
                data-confirm-participation={p.id}
                disabled={busy !== ""}
                onClick={() => void send({ action: "confirm", participant: p.id }, p.id)}
              >
                {busy === p.id ? text("common.saving") : text("confirm.button")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {errorLine}
      {view.unsubscribed ? (
        <div data-address-stopped="">
          <p role="status">{text("confirm.stopped")}</p>
          <button
            type="button"
            className="button button-secondary"
            data-resume-address=""
            disabled={busy !== ""}
            onClick={() => void send({ action: "resume" }, "resume")}
          >
            {busy === "resume" ? text("common.saving") : text("confirm.resume")}
          </button>
        </div>
      ) : (
        <div>
          <p>{text("confirm.stop.intro")}</p>
          <button
            type="button"
            className="button button-danger"
            data-stop-address=""
            disabled={busy !== ""}
            onClick={() => void send({ action: "stop" }, "stop")}
          >
            {busy === "stop" ? text("common.saving") : text("confirm.stop.button")}
          </button>
        </div>
      )}
    </section>
  );
}
