// One commitment's "hidden from the wall and the report" switch: the trainer's way to leave junk or a
// mistake out of what the room and the client see (the participant still sees it on their page).
import { useStore } from "@nanostores/react";
import { useId, useState } from "react";
import { useDashboard } from "./dashboard-context";
import { $hiddenChanges, changeHidden } from "./hidden-commitments";

interface HiddenToggleProps {
  commitmentId: string;
  hidden: boolean;
  /** In a table whose column heading (this id) says what hiding means: the label is just "Hide". */
  columnHeading?: string;
}

/** `input[data-hide-commitment=<id>]` with its label, and an alert when saving failed. */
export function HiddenToggle({ commitmentId, hidden, columnHeading }: HiddenToggleProps) {
  const { text } = useDashboard();
  const changes = useStore($hiddenChanges);
  const value = changes[commitmentId] ?? hidden;
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();

  async function toggle(next: boolean) {
    setSaving(true);
    setFailed(false);
    setFailed(!(await changeHidden(commitmentId, next, value)));
    setSaving(false);
  }

  return (
    <div className="dash-hide">
      <input
        id={id}
        type="checkbox"
        checked={value}
        aria-busy={saving}
        data-hide-commitment={commitmentId}
        aria-describedby={columnHeading}
        onChange={(e) => void toggle(e.target.checked)}
      />
      <label htmlFor={id}>{text(columnHeading ? "dashboard.hide.short" : "dashboard.hide.label")}</label>
      {failed ? (
        <p className="form-error" role="alert">
          {text("dashboard.hide.failed")}
        </p>
      ) : null}
    </div>
  );
}
