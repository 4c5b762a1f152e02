// An in-page confirmation for actions with consequences: the message, then confirm and cancel.
import { useEffect, useRef } from "react";

interface ConfirmBoxProps {
  message: string;
  confirm: string;
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Takes focus when it appears so the message is read out; Escape cancels. */
export function ConfirmBox({ message, confirm, cancel, busy, onConfirm, onCancel }: ConfirmBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      className="confirm"
      role="group"
      aria-label={message}
      tabIndex={-1}
      data-confirm-box
      onKeyDown={(e) => {
        if (e.key === "Escape" && !busy) onCancel();
      }}
    >
      <p>{message}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy} data-confirm>
          {confirm}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy} data-cancel>
          {cancel}
        </button>
      </div>
    </div>
  );
}
