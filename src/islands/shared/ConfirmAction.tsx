// A destructive action behind an in-page confirmation: the button opens a ConfirmBox in its place; focus
// moves to the question, and back to the button on cancel.
import { useRef, useState, type ReactNode } from "react";
import { ConfirmBox } from "./ConfirmBox";
import { useReturnFocus } from "./use-return-focus";

interface ConfirmActionProps {
  /** Unique on the page; names the `data-<name>`, `data-<name>-confirm` and `data-<name>-confirm-box` selectors. */
  name: string;
  /** Unique on the page; the question's id is `<id>-question`. */
  id: string;
  label: string;
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  workingLabel: string;
  /** Does the thing; resolves to an error text to show, or null when done. */
  onConfirm: () => Promise<string | null>;
  /** "danger" (default): the button and the confirmation look destructive; "primary" for a weighty but ordinary action. */
  tone?: "danger" | "primary";
}

/** The running and the outcome of a confirmed action, for a ConfirmBox placed by its caller. */
export function useConfirmedAction(onConfirm: () => Promise<string | null>) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (working) return;
    setWorking(true);
    setError(null);
    const failed = await onConfirm();
    // On success the caller usually removes the box; on failure say why and stay open.
    setWorking(false);
    setError(failed);
  }

  return { working, error, confirm, clearError: () => setError(null) };
}

/** A button that asks before it acts. */
export function ConfirmAction(props: ConfirmActionProps) {
  const { name, id, label, question, confirmLabel, cancelLabel, workingLabel, onConfirm, tone = "danger" } = props;
  const [confirming, setConfirming] = useState(false);
  const { working, error, confirm } = useConfirmedAction(onConfirm);
  const openRef = useRef<HTMLButtonElement>(null);
  useReturnFocus(confirming, openRef);

  if (!confirming) {
    return (
      <button
        type="button"
        ref={openRef}
        className={tone === "danger" ? "button button-danger-outline" : "button button-secondary"}
        {...{ [`data-${name}`]: "" }}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <ConfirmBox
      question={question}
      questionId={`${id}-question`}
      markers={{ box: `data-${name}-confirm-box`, confirm: `data-${name}-confirm`, cancel: `data-${name}-cancel` }}
      confirmLabel={working ? workingLabel : confirmLabel}
      cancelLabel={cancelLabel}
      tone={tone}
      busy={working}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={() => setConfirming(false)}
    />
  );
}
