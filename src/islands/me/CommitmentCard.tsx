// One commitment: its facts and status, and what the participant can do with it. The row of buttons never
// changes while it is used: "记一笔进展" and "删除" each open their panel below the row and stay where they
// are, so nothing moves under the finger. The status changes in one place, the check-in form. Unsent ones
// (still in the outbox) can only go to the calendar or be deleted from the device until they are sent.
import { useRef, useState } from "react";
import { deleteCommitment } from "../../lib/commitments-api";
import { useReturnFocus } from "../shared/use-return-focus";
import { discardEntry } from "../../stores/outbox";
import { CadenceSetting } from "./CadenceSetting";
import { CalendarButton } from "./CalendarButton";
import { CheckinForm } from "./CheckinForm";
import { CheckinHistory } from "./CheckinHistory";
import { CommitmentFacts } from "./CommitmentFacts";
import { ConfirmBox } from "../shared/ConfirmBox";
import { useConfirmedAction } from "../shared/ConfirmAction";
import type { MyCommitment } from "./my-commitments";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";
import { UnsentNotice } from "./UnsentNotice";

interface CommitmentCardProps {
  commitment: MyCommitment;
  moduleTitle: string;
  onChanged: (updated: MyCommitment) => void;
  onDeleted: (id: string) => void;
}

/** The panel open under the buttons, if any. */
type Panel = "checkin" | "delete" | null;

/** `[data-my-commitment="<id>"]`, with `data-status` and `data-delivery` for tests and styling. */
export function CommitmentCard({ commitment: c, moduleTitle, onChanged, onDeleted }: CommitmentCardProps) {
  const { text } = useMe();
  const [panel, setPanel] = useState<Panel>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [notice, setNotice] = useState("");
  const checkinButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const onServer = c.delivery === "server";
  const headingId = `commitment-${c.id}`;
  const removal = useConfirmedAction(remove);

  useReturnFocus(panel === "checkin", checkinButton);
  useReturnFocus(panel === "delete", deleteButton);

  function toggle(which: Exclude<Panel, null>) {
    setNotice("");
    removal.clearError();
    setPanel((open) => (open === which ? null : which));
  }

  function closeCheckin(saved: MyCommitment | null) {
    setPanel(null);
    if (saved) {
      onChanged(saved);
      setHistoryVersion((v) => v + 1);
      setNotice(text("me.checkin.saved"));
    }
  }

  async function remove(): Promise<string | null> {
    try {
      if (onServer) await deleteCommitment(c.id);
      else discardEntry(c.id);
      onDeleted(c.id);
      return null;
    } catch (error) {
      return text(failureKey(error));
    }
  }

  return (
    <li className="my-commitment" data-my-commitment={c.id} data-status={c.status} data-delivery={c.delivery}>
      <article aria-labelledby={headingId}>
        <CommitmentFacts commitment={c} moduleTitle={moduleTitle} headingId={headingId} />
        {onServer ? null : <UnsentNotice commitment={c} />}
        {onServer && (c.status === "planned" || c.status === "in_progress") ? (
          <CadenceSetting
            commitment={c}
            onSaved={(updated, message) => {
              onChanged(updated);
              setNotice(message);
            }}
          />
        ) : null}
        <div className="my-actions">
          {onServer ? (
            <button
              type="button"
              ref={checkinButton}
              className="button"
              aria-expanded={panel === "checkin"}
              aria-controls={panel === "checkin" ? `checkin-${c.id}` : undefined}
              data-add-checkin=""
              onClick={() => toggle("checkin")}
            >
              {text("me.checkin.button")}
            </button>
          ) : null}
          <CalendarButton commitment={c} announce={setNotice} />
          <button
            type="button"
            ref={deleteButton}
            className="button button-danger-outline my-delete"
            aria-expanded={panel === "delete"}
            data-delete-commitment=""
            onClick={() => toggle("delete")}
          >
            {text("me.delete.button")}
          </button>
        </div>
        {panel === "checkin" ? (
          <CheckinForm commitment={c} onSaved={closeCheckin} onCancel={() => closeCheckin(null)} />
        ) : null}
        {panel === "delete" ? (
          <ConfirmBox
            question={text(onServer ? "me.delete.question" : "me.delete.questionLocal", { action: c.action })}
            questionId={`delete-${c.id}-question`}
            markers={{
              box: "data-delete-commitment-confirm-box",
              confirm: "data-delete-commitment-confirm",
              cancel: "data-delete-commitment-cancel",
            }}
            confirmLabel={removal.working ? text("common.deleting") : text("me.delete.confirm")}
            cancelLabel={text("me.delete.cancel")}
            busy={removal.working}
            error={removal.error}
            onConfirm={() => void removal.confirm()}
            onCancel={() => setPanel(null)}
          />
        ) : null}
        {onServer ? <CheckinHistory commitmentId={c.id} version={historyVersion} /> : null}
        <p className="my-notice" aria-live="polite">
          {notice}
        </p>
      </article>
    </li>
  );
}
