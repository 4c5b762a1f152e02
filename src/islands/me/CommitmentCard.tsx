// One commitment: its facts, its status, and what the participant can do with it. Unsent ones (still
// in the outbox) can only go to the calendar or be deleted from the device until they are sent.
import { useRef, useState } from "react";
import { deleteCommitment } from "../../lib/commitments-api";
import { useReturnFocus } from "../shared/use-return-focus";
import { discardEntry } from "../../stores/outbox";
import { CalendarButton } from "./CalendarButton";
import { CheckinForm } from "./CheckinForm";
import { CheckinHistory } from "./CheckinHistory";
import { CommitmentFacts } from "./CommitmentFacts";
import { ConfirmAction } from "../shared/ConfirmAction";
import type { MyCommitment } from "./my-commitments";
import { StatusSelect } from "./StatusSelect";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";
import { UnsentNotice } from "./UnsentNotice";

interface CommitmentCardProps {
  commitment: MyCommitment;
  moduleTitle: string;
  onChanged: (updated: MyCommitment) => void;
  onDeleted: (id: string) => void;
}

/** `[data-my-commitment="<id>"]`, with `data-status` and `data-delivery` for tests and styling. */
export function CommitmentCard({ commitment: c, moduleTitle, onChanged, onDeleted }: CommitmentCardProps) {
  const { text } = useMe();
  const [checkingIn, setCheckingIn] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [notice, setNotice] = useState("");
  const checkinButton = useRef<HTMLButtonElement>(null);
  const onServer = c.delivery === "server";
  const headingId = `commitment-${c.id}`;

  useReturnFocus(checkingIn, checkinButton);

  function closeCheckin(saved: MyCommitment | null) {
    setCheckingIn(false);
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
        {onServer ? <StatusSelect commitment={c} onSaved={onChanged} /> : <UnsentNotice commitment={c} />}
        <div className="button-row">
          <CalendarButton commitment={c} announce={setNotice} />
          {onServer && !checkingIn ? (
            <button
              type="button"
              ref={checkinButton}
              className="button button-secondary"
              data-add-checkin=""
              onClick={() => setCheckingIn(true)}
            >
              {text("me.checkin.button")}
            </button>
          ) : null}
          <ConfirmAction
            name="delete-commitment"
            id={`delete-${c.id}`}
            label={text("me.delete.button")}
            question={<p>{text(onServer ? "me.delete.question" : "me.delete.questionLocal", { action: c.action })}</p>}
            confirmLabel={text("me.delete.confirm")}
            cancelLabel={text("me.delete.cancel")}
            workingLabel={text("common.deleting")}
            onConfirm={remove}
          />
        </div>
        {checkingIn ? <CheckinForm commitment={c} onSaved={closeCheckin} onCancel={() => closeCheckin(null)} /> : null}
        {onServer ? <CheckinHistory commitmentId={c.id} version={historyVersion} /> : null}
        <p className="my-notice" aria-live="polite">
          {notice}
        </p>
      </article>
    </li>
  );
}
