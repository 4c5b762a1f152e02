// The /rejoin/ island: the trainer's re-join link brings a participant's session back on this device.
// A device where someone else is signed in asks first (the link stays unused until then).
import { useStore } from "@nanostores/react";
import { useEffect, useRef, useState } from "react";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { $session, leaveSession, type Session } from "../../stores/session";
import { ConfirmAction } from "../shared/ConfirmAction";
import { useInBrowser } from "../shared/use-in-browser";
import { redeemRejoinLink, takeTokenFromAddress } from "./rejoin-link";

/** Props the rejoin page passes; strings are already in the page's language. */
export interface RejoinProps {
  strings: IslandStrings<"rejoin">;
  /** "My commitments" in the page's locale. */
  meHref: string;
}

type State =
  | { step: "reading" }
  | { step: "occupied"; token: string; other: Session }
  | { step: "working" }
  | { step: "done"; session: Session }
  | { step: "failed"; error: ErrorMessageKey; token: string };

/** What the link itself answered: used, expired or unknown. Anything else (the network) is worth a retry. */
const LINK_ERRORS: readonly ErrorMessageKey[] = [
  "errors.jiannuo_rejoin_used",
  "errors.jiannuo_rejoin_expired",
  "errors.jiannuo_token_invalid",
];

/** `[data-rejoin=<step>]`. */
export default function Rejoin({ strings, meHref }: RejoinProps) {
  const text = textFor(strings);
  const inBrowser = useInBrowser();
  const [state, setState] = useState<State>({ step: "reading" });
  const session = useStore($session, { ssr: () => null });
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function redeem(token: string) {
    setState({ step: "working" });
    const result = await redeemRejoinLink(token);
    setState(result.ok ? { step: "done", session: result.session } : { step: "failed", error: result.error, token });
  }

  useEffect(() => {
    if (!inBrowser) return;
    const token = takeTokenFromAddress();
    const other = $session.get();
    if (token && other) setState({ step: "occupied", token, other });
    else void redeem(token);
    // Read once: the token is gone from the address after this.
  }, [inBrowser]);

  useEffect(() => {
    if (state.step === "done" || state.step === "failed") headingRef.current?.focus();
  }, [state.step]);

  if (state.step === "reading" || state.step === "working")
    return (
      <p className="note" aria-live="polite" data-rejoin={state.step}>
        {text("common.signingIn")}
      </p>
    );
  if (state.step === "occupied")
    return (
      <section className="panel" data-rejoin="occupied" aria-labelledby="rejoin-heading">
        <h2 id="rejoin-heading">{text("signin.existing.heading")}</h2>
        <p>
          {text("signin.existing.body", {
            name: (session ?? state.other).participant.name,
            cohort: (session ?? state.other).cohort.name,
          })}
        </p>
        <div className="button-row">
          <a className="button button-secondary" href={meHref}>
            {text("signin.me")}
          </a>
          <ConfirmAction
            name="rejoin-switch"
            id="rejoin-switch"
            label={text("rejoin.switch")}
            question={<p>{text("signin.switch.question", { name: state.other.participant.name })}</p>}
            confirmLabel={text("signin.switch.confirm")}
            cancelLabel={text("common.keepPerson")}
            workingLabel={text("common.signingIn")}
            onConfirm={async () => {
              leaveSession();
              await redeem(state.token);
              return null;
            }}
          />
        </div>
      </section>
    );
  if (state.step === "failed")
    return (
      <section className="panel" data-rejoin="failed" aria-labelledby="rejoin-heading">
        <h2 id="rejoin-heading" ref={headingRef} tabIndex={-1}>
          {text("rejoin.failed.heading")}
        </h2>
        <p className="form-error" role="alert" data-rejoin-error={state.error}>
          {text(state.error)}
        </p>
        {LINK_ERRORS.includes(state.error) ? null : (
          <p>
            <button type="button" className="button" onClick={() => void redeem(state.token)}>
              {text("common.retry")}
            </button>
          </p>
        )}
      </section>
    );
  const { participant, cohort } = state.session;
  return (
    <section className="panel" data-rejoin="done" aria-labelledby="rejoin-heading">
      <h2 id="rejoin-heading" ref={headingRef} tabIndex={-1}>
        {text("signin.done.heading", { name: participant.name })}
      </h2>
      <p>{text("signin.done.cohort", { cohort: cohort.name })}</p>
      <p>
        <a className="button" href={meHref} data-go-to-me="">
          {text("signin.me")}
        </a>
      </p>
    </section>
  );
}
