// A commitment still in the device's outbox: waiting to be sent, or refused with the reason and a retry.
import { FORM_ERROR } from "../../lib/api-errors";
import { retryEntry } from "../../stores/outbox";
import type { MyCommitment } from "./my-commitments";
import { useMe } from "./me-context";

/** "Not sent yet" (waiting) or "could not be sent" plus why and a retry button (failed). */
export function UnsentNotice({ commitment }: { commitment: MyCommitment }) {
  const { text } = useMe();
  if (commitment.delivery === "waiting") {
    return (
      <p className="my-unsent" data-unsent="waiting">
        {text("me.card.waiting")}
      </p>
    );
  }
  const errors = commitment.errors ?? {};
  const reason = errors[FORM_ERROR] ?? Object.values(errors)[0];
  return (
    <div className="my-unsent" data-unsent="failed">
      <p>{text("me.card.failed")}</p>
      {reason ? <p className="field-error">{text(reason)}</p> : null}
      <button
        type="button"
        className="button button-secondary"
        data-retry-send=""
        onClick={() => void retryEntry(commitment.id)}
      >
        {text("me.card.retry")}
      </button>
    </div>
  );
}
