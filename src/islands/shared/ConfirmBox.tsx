// The one in-page confirmation (never a browser dialog) for actions with consequences: the question, then
// confirm and cancel. It takes focus when it appears, so the question is read out; Escape cancels.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { FormError } from "./FormError";

interface ConfirmBoxProps {
  /** A sentence (shown as a paragraph), or richer content such as a list of what will be deleted. */
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Data attributes that find the box and its buttons (tests, styles). */
  markers?: { box: string; confirm: string; cancel?: string };
  /** The question's id (aria-labelledby); a generated one when not given. */
  questionId?: string;
  /** What takes focus: the question (default), or the whole box when the buttons that opened it stay on screen. */
  focus?: "question" | "box";
  /** "danger" (default) for what cannot be undone; "primary" for a weighty but ordinary action. */
  tone?: "danger" | "primary";
  /** While the action runs: both buttons are disabled and Escape does nothing. */
  busy?: boolean;
  /** False while something still stands in the way of confirming (shown in `children`). */
  canConfirm?: boolean;
  /** Why the action failed, shown under the question. */
  error?: string | null | undefined;
  /** Buttons before confirm, e.g. what would clear the way to confirming. */
  actions?: ReactNode;
  /** Extra class names of the box. */
  className?: string;
  /** Shown between the question and the buttons. */
  children?: ReactNode;
}

/** `div.confirm[role=group]`, labelled by its question. */
export function ConfirmBox(props: ConfirmBoxProps) {
  const {
    question,
    confirmLabel,
    cancelLabel,
    onConfirm,
    onCancel,
    markers = { box: "data-confirm-box", confirm: "data-confirm", cancel: "data-cancel" },
  } = props;
  const {
    focus = "question",
    tone = "danger",
    busy = false,
    canConfirm = true,
    error,
    actions,
    className,
    children,
  } = props;
  const generatedId = useId();
  const questionId = props.questionId ?? generatedId;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => (focus === "box" ? box.current : document.getElementById(questionId))?.focus(), [focus, questionId]);
  const questionProps = { id: questionId, tabIndex: -1, className: "confirm-question" };
  return (
    <div
      ref={box}
      className={className ? `confirm ${className}` : "confirm"}
      role="group"
      aria-labelledby={questionId}
      aria-busy={busy || undefined}
      tabIndex={focus === "box" ? -1 : undefined}
      {...{ [markers.box]: "" }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !busy) onCancel();
      }}
    >
      {typeof question === "string" ? <p {...questionProps}>{question}</p> : <div {...questionProps}>{question}</div>}
      {children}
      <FormError message={error} />
      <div className="button-row">
        {actions}
        <button
          type="button"
          className={tone === "danger" ? "button button-danger" : "button"}
          {...{ [markers.confirm]: "" }}
          disabled={busy || !canConfirm}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          {...(markers.cancel ? { [markers.cancel]: "" } : {})}
          disabled={busy}
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
