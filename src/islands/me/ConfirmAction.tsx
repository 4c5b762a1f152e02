// A destructive action behind an in-page confirmation (no browser dialog): the button opens a question
// with confirm and cancel; focus moves to the question, and back to the button on cancel.
import { useEffect, useRef, useState, type ReactNode } from "react";

interface ConfirmActionProps {
  /** Unique on the page; names the ids and the `data-<name>` / `data-<name>-confirm` selectors. */
  name: string;
  id: string;
  label: string;
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  workingLabel: string;
  /** Does the thing; resolves to an error text to show, or null when done. */
  onConfirm: () => Promise<string | null>;
}

/** A button that asks before it acts. */
export function ConfirmAction(props: ConfirmActionProps) {
  const { name, id, label, question, confirmLabel, cancelLabel, workingLabel, onConfirm } = props;
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (opened.current) openRef.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  async function confirm() {
    if (working) return;
    setWorking(true);
    setError(null);
    const failed = await onConfirm();
    // On success the caller usually removes this component; on failure say why and stay open.
    setWorking(false);
    setError(failed);
  }

  if (!confirming) {
    return (
      <button
        type="button"
        ref={openRef}
        className="button button-secondary"
        {...{ [`data-${name}`]: "" }}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-question`} aria-busy={working}>
      <div id={`${id}-question`} ref={questionRef} tabIndex={-1} className="confirm-question">
        {question}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          {...{ [`data-${name}-confirm`]: "" }}
          disabled={working}
          onClick={confirm}
        >
          {working ? workingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={working}
          onClick={() => setConfirming(false)}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
