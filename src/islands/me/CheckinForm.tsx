// A check-in from the app: where the commitment stands, an optional note, and whether the trainer may
// quote the note (off unless the participant ticks it).
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { addCheckin, NOTE_MAX_LENGTH, STATUSES, type CommitmentStatus, type MyCommitment } from "./my-commitments";
import { NoteFields, noteLength } from "../shared/NoteFields";
import { ownStatusKey, useMe } from "./me-context";
import { failureKey } from "./my-data";
import { FormError } from "../shared/FormError";

interface CheckinFormProps {
  commitment: MyCommitment;
  onSaved: (updated: MyCommitment) => void;
  onCancel: () => void;
}

/** The check-in form of one commitment; its heading takes focus when it opens. */
export function CheckinForm({ commitment, onSaved, onCancel }: CheckinFormProps) {
  const { text } = useMe();
  const [status, setStatus] = useState<CommitmentStatus>(commitment.status);
  const [note, setNote] = useState("");
  const [shareable, setShareable] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = `checkin-${commitment.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (noteLength(note) > NOTE_MAX_LENGTH) return setError(text("common.noteTooLong", { max: NOTE_MAX_LENGTH }));
    setSending(true);
    setError("");
    try {
      onSaved(await addCheckin(commitment, { status, note: note.trim(), shareable }));
    } catch (failure) {
      setSending(false);
      setError(text(failureKey(failure)));
    }
  }

  return (
    <form
      className="form my-checkin"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={sending}
    >
      <h4 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {text("common.howIsItGoing")}
      </h4>
      <div className="field">
        <label htmlFor={`${id}-status`}>{text("me.checkin.status")}</label>
        <select
          id={`${id}-status`}
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {text(ownStatusKey(s))}
            </option>
          ))}
        </select>
      </div>
      <NoteFields
        idBase={id}
        note={note}
        onNote={setNote}
        shareable={shareable}
        onShareable={setShareable}
        max={NOTE_MAX_LENGTH}
        text={text}
        labels={{
          note: text("me.checkin.note"),
          noteHelp: text("me.checkin.noteHelp"),
          shareable: text("me.checkin.shareable"),
          shareableHelp: text("me.checkin.shareableHelp"),
        }}
      />
      <FormError message={error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={sending}>
          {sending ? text("common.saving") : text("me.checkin.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {text("common.cancel")}
        </button>
      </div>
    </form>
  );
}
