// This device has a participant: a welcome right after signing in, or who is signed in already, with a
// way to sign in as someone else after an in-page confirmation.
import { useEffect, useRef } from "react";
import { leaveSession, type Session } from "../../stores/session";
import { ConfirmAction } from "../shared/ConfirmAction";
import type { IslandText } from "../../i18n/islands";

interface SignedInPanelProps {
  text: IslandText<"signin">;
  session: Session;
  /** True right after signing in here (welcome, focus moves to it). */
  fresh: boolean;
  meHref: string;
}

/** The signed-in state that replaces the sign-in form. */
export function SignedInPanel({ text, session, fresh, meHref }: SignedInPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = session.participant.name;
  const cohort = session.cohort.name;

  useEffect(() => {
    if (fresh) headingRef.current?.focus();
  }, [fresh]);

  return (
    <section className="panel" data-testid="signed-in" aria-labelledby="signed-in-heading">
      <h2 id="signed-in-heading" ref={headingRef} tabIndex={-1}>
        {fresh ? text("signin.done.heading", { name }) : text("signin.existing.heading")}
      </h2>
      <p>{fresh ? text("signin.done.cohort", { cohort }) : text("signin.existing.body", { name, cohort })}</p>
      <div className="button-row">
        <a className="button" href={meHref} data-go-to-me="">
          {text("signin.me")}
        </a>
        {fresh ? null : (
          <ConfirmAction
            name="switch-participant"
            id="switch-participant"
            label={text("signin.switch.button")}
            question={<p>{text("signin.switch.question", { name })}</p>}
            confirmLabel={text("signin.switch.confirm")}
            cancelLabel={text("common.keepPerson")}
            workingLabel={text("signin.switch.confirm")}
            onConfirm={async () => {
              leaveSession();
              return null;
            }}
          />
        )}
      </div>
    </section>
  );
}
