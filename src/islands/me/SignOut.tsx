// Signing out on this device, from "my commitments": says how to get back (the email code, or not at
// all without an email), and waits while any of the participant's commitments are still unsent, since
// the outbox sends them with this sign-in.
import { useStore } from "@nanostores/react";
import { useRef, useState } from "react";
import { $outbox } from "../../stores/outbox";
import { leaveSession, type Session } from "../../stores/session";
import { ConfirmBox } from "../shared/ConfirmBox";
import { useReturnFocus } from "../shared/use-return-focus";
import { useMe } from "./me-context";

/** `button[data-sign-out]`, then the question with `button[data-sign-out-confirm]`. */
export function SignOut({ session }: { session: Session }) {
  const { text } = useMe();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { id, name, email } = session.participant;
  const unsent = useStore($outbox).filter((e) => e.participant === id && e.state !== "sent").length;
  useReturnFocus(asking, button);

  if (!asking) {
    return (
      <button
        type="button"
        ref={button}
        className="button button-secondary"
        data-sign-out=""
        onClick={() => setAsking(true)}
      >
        {text("me.signOut.button")}
      </button>
    );
  }
  return (
    <ConfirmBox
      question={text(email ? "me.signOut.question" : "me.signOut.questionNoEmail", { name, email })}
      markers={{ box: "data-sign-out-box", confirm: "data-sign-out-confirm", cancel: "data-sign-out-cancel" }}
      confirmLabel={text("me.signOut.confirm")}
      cancelLabel={text("common.cancel")}
      tone={email ? "primary" : "danger"}
      canConfirm={unsent === 0}
      onConfirm={leaveSession}
      onCancel={() => setAsking(false)}
    >
      {unsent > 0 ? (
        <p className="form-error" data-sign-out-blocked="">
          {text("me.signOut.waiting", { count: unsent })}
        </p>
      ) : null}
    </ConfirmBox>
  );
}
