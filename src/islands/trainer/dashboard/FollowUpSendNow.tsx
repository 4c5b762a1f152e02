// "Send now": confirmed in the page first, then the next round goes out and the section refreshes. Without
// SMTP it explains instead of sending.
import { useState } from "react";
import { ConfirmBox } from "../../shared/ConfirmBox";
import { sendFollowUpNow, type SendNowResult } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";

type SendState =
  | { kind: "idle" }
  | { kind: "confirming" }
  | { kind: "sending" }
  | { kind: "done"; result: SendNowResult }
  | { kind: "notConfigured" }
  | { kind: "failed" };

interface SendNowProps {
  cohortId: string;
  configured: boolean;
  /** Called after a send so the section can reload its figures and log. */
  onSent: () => void;
}

/** `button[data-send-now]`, its confirmation `button[data-send-now-confirm]`, and `[data-send-result]`. */
export function FollowUpSendNow({ cohortId, configured, onSent }: SendNowProps) {
  const { text } = useDashboard();
  const [state, setState] = useState<SendState>({ kind: "idle" });

  async function send() {
    setState({ kind: "sending" });
    try {
      const result = await sendFollowUpNow(cohortId);
      setState(result.smtp ? { kind: "done", result } : { kind: "notConfigured" });
      onSent();
    } catch {
      setState({ kind: "failed" });
    }
  }

  const busy = state.kind === "sending";
  return (
    <div className="dash-followups-send">
      <button
        type="button"
        className="button"
        data-send-now=""
        disabled={busy}
        aria-busy={busy}
        onClick={() => setState(configured ? { kind: "confirming" } : { kind: "notConfigured" })}
      >
        {text("dashboard.followups.sendNow.button")}
      </button>
      {state.kind === "confirming" ? (
        // The send button stays on screen above the question, so the whole box takes focus.
        <ConfirmBox
          question={text("dashboard.followups.sendNow.confirm")}
          confirmLabel={text("dashboard.followups.sendNow.confirmYes")}
          cancelLabel={text("common.cancel")}
          focus="box"
          tone="primary"
          markers={{
            box: "data-send-now-confirm-box",
            confirm: "data-send-now-confirm",
            cancel: "data-send-now-cancel",
          }}
          onConfirm={() => void send()}
          onCancel={() => setState({ kind: "idle" })}
        />
      ) : null}
      {busy ? (
        <p className="note" aria-live="polite">
          {text("common.sending")}
        </p>
      ) : null}
      <SendOutcome state={state} />
    </div>
  );
}

/** `[data-send-result="sent|nothing|not-configured|failed"]`. */
function SendOutcome({ state }: { state: SendState }) {
  const { text } = useDashboard();
  if (state.kind === "failed") {
    return (
      <p className="form-error" role="alert" data-send-result="failed">
        {text("dashboard.followups.sendNow.failed")}
      </p>
    );
  }
  if (state.kind === "notConfigured") {
    return (
      <p className="dash-send-result" role="status" data-send-result="not-configured">
        {text("dashboard.followups.sendNow.notConfigured")}
      </p>
    );
  }
  if (state.kind !== "done") return null;
  const { round, sent, skipped, retry } = state.result;
  if (round === null)
    return (
      <p className="dash-send-result" role="status" data-send-result="nothing">
        {text("dashboard.followups.sendNow.nothing")}
      </p>
    );
  return (
    <p
      className="dash-send-result"
      role="status"
      data-send-result="sent"
      data-round={round}
      data-sent={sent}
      data-skipped={skipped}
    >
      {text("dashboard.followups.sendNow.result", { day: round, sent, skipped })}
      {retry > 0 ? ` ${text("dashboard.followups.sendNow.retry", { retry })}` : null}
    </p>
  );
}
