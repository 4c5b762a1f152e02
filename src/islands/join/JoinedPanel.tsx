// What a participant sees once this device is signed in: who they are, which cohort, where to go next,
// and a way to hand the tablet to someone else after an in-page confirmation.
import { useEffect, useRef, useState } from "react";
import { leaveSession, type Session } from "../../stores/session";
import { textFor } from "../../i18n/format";
import { ConfirmBox } from "../shared/ConfirmBox";
import { useReturnFocus } from "../shared/use-return-focus";
import type { IslandStrings } from "../../i18n/islands";

interface JoinedPanelProps {
  session: Session;
  /** True right after joining (greeting); false when the session was already on this device. */
  fresh: boolean;
  strings: IslandStrings<"join">;
  homeHref: string;
  meHref: string;
}

/** `?next=` when it is a path on this site (never another origin), e.g. the commitment form that sent them here. */
function nextPath(): string | null {
  const next = new URLSearchParams(window.location.search).get("next");
  if (!next?.startsWith("/")) return null;
  // The URL parser (which also drops tabs and newlines, as browsers do) tells whether it stays on this origin.
  const url = new URL(next, window.location.origin);
  return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** The signed-in state that replaces the join form. */
export function JoinedPanel({ session, fresh, strings, homeHref, meHref }: JoinedPanelProps) {
  const text = textFor(strings);
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const switchRef = useRef<HTMLButtonElement>(null);
  const name = session.participant.name;
  const [next] = useState(nextPath);
  const cohort = session.cohort;

  // Move focus so screen readers announce the new state instead of staying on a removed button.
  useEffect(() => {
    if (fresh) headingRef.current?.focus();
  }, [fresh]);

  useReturnFocus(confirming, switchRef);

  return (
    <section className="panel" data-testid="joined" aria-labelledby="joined-heading">
      <h2 id="joined-heading" ref={headingRef} tabIndex={-1}>
        {fresh ? text("join.joined.heading", { name }) : text("join.existing.heading")}
      </h2>
      <p>
        {fresh
          ? text("join.joined.cohort", { cohort: cohort.name })
          : text("join.existing.summary", { cohort: cohort.name, name })}
      </p>
      {cohort.organization ? <p>{text("join.joined.organization", { organization: cohort.organization })}</p> : null}
      <p className="button-row">
        {next ? (
          <a className="button" href={next} data-join-next>
            {text("join.joined.back")}
          </a>
        ) : null}
        <a className={next ? "button button-secondary" : "button"} href={homeHref}>
          {text("join.joined.continue")}
        </a>
        <a className="button button-secondary" href={meHref}>
          {text("common.goToMe")}
        </a>
      </p>
      {confirming ? (
        <ConfirmBox
          question={text("join.switch.question", { name })}
          questionId="switch-question"
          markers={{ box: "data-switch-confirm-box", confirm: "data-switch-confirm", cancel: "data-switch-cancel" }}
          confirmLabel={text("join.switch.confirm")}
          cancelLabel={text("common.keepPerson")}
          onConfirm={leaveSession}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <p>
          <button type="button" ref={switchRef} className="button button-secondary" onClick={() => setConfirming(true)}>
            {text("join.switch.button")}
          </button>
        </p>
      )}
    </section>
  );
}
