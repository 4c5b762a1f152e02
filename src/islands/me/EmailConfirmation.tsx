// Under the follow-up consent: where follow-ups go once confirmed, or that the address's owner still has
// to confirm it (with the confirmation email sent again on request). The server answers a request the
// same whatever the address's state, so this says nothing about whoever owns the address.
import { useState } from "react";
import type { ParticipantsRecord } from "../../lib/pocketbase-types";
import { requestConfirmationEmail } from "./my-data";
import { useMe } from "./me-context";

/** Shown while follow-ups are switched on: `[data-email-confirmed]` or `[data-email-waiting]`. */
export function EmailConfirmation({ participant, email }: { participant: ParticipantsRecord; email: string }) {
  const { text } = useMe();
  const [phase, setPhase] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState("");

  if (participant.emailConfirmedAt) {
    return (
      <p className="field-help" data-email-confirmed="">
        {text("me.consent.followUp.confirmed", { email })}
      </p>
    );
  }

  async function resend() {
    if (phase === "sending") return;
    setPhase("sending");
    setError("");
    const failed = await requestConfirmationEmail();
    setPhase(failed ? "idle" : "sent");
    setError(failed ? text(failed) : "");
  }

  return (
    <div className="field" data-email-waiting="">
      <p className="field-help">{text("me.consent.followUp.waiting", { email })}</p>
      <p>
        <button
          type="button"
          className="button button-secondary"
          data-resend-confirmation=""
          disabled={phase === "sending"}
          onClick={() => void resend()}
        >
          {phase === "sending" ? text("common.sending") : text("me.consent.followUp.resend")}
        </button>
      </p>
      <p className="field-hint" aria-live="polite">
        {phase === "sent" ? text("me.consent.followUp.resent") : ""}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
