// The optional note after an answer: what changed for the customers, and whether the trainer may quote
// it (off unless ticked). Saved with a second POST that repeats the current answer.
import { useState, type SubmitEvent } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { NOTE_MAX_LENGTH, noteLength } from "./checkin-link";
import type { IslandText } from "../../i18n/islands";

interface NoteFormProps {
  initialNote: string;
  initialShareable: boolean;
  onSave: (note: string, shareable: boolean) => Promise<ErrorMessageKey | null>;
  text: IslandText<"checkin">;
}

/** Note, permission to quote, Save, and a thank-you once saved (gone again on the next edit). */
export function NoteForm({ initialNote, initialShareable, onSave, text }: NoteFormProps) {
  const [note, setNote] = useState(initialNote);
  const [shareable, setShareable] = useState(initialShareable);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState("");
  const length = noteLength(note);
  const tooLong = length > NOTE_MAX_LENGTH;

  function edited() {
    setSaved(false);
    setError("");
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (tooLong) return setError(text("common.noteTooLong", { max: NOTE_MAX_LENGTH }));
    setSaving(true);
    const failure = await onSave(note, shareable);
    setSaving(false);
    if (failure) setError(text(failure));
    else setSaved(true);
  }

  return (
    <form className="form checkin-note" noValidate onSubmit={submit} aria-busy={saving}>
      <div className="field">
        <label htmlFor="checkin-note">{text("checkin.note.label")}</label>
        <textarea
          id="checkin-note"
          name="note"
          rows={4}
          value={note}
          onChange={(e) => (setNote(e.target.value), edited())}
          aria-invalid={tooLong || undefined}
          aria-describedby="checkin-note-help"
        />
        <p className="field-help" id="checkin-note-help">
          {text("checkin.note.help")}
        </p>
        <p className="field-count" aria-hidden="true">
          {text("common.count", { count: length, max: NOTE_MAX_LENGTH })}
        </p>
      </div>
      <div className="check">
        <input
          id="checkin-shareable"
          name="shareable"
          type="checkbox"
          checked={shareable}
          onChange={(e) => (setShareable(e.target.checked), edited())}
          aria-describedby="checkin-shareable-help"
        />
        <label htmlFor="checkin-shareable">{text("checkin.shareable.label")}</label>
        <p className="field-help" id="checkin-shareable-help">
          {text("checkin.shareable.help")}
        </p>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" data-save-note disabled={saving}>
          {saving ? text("common.saving") : text("checkin.note.save")}
        </button>
      </div>
      <div role="status">
        {saved ? (
          <p className="checkin-saved" data-note-saved>
            {text("checkin.note.saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
