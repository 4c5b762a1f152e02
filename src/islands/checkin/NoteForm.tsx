// The optional note after an answer: what changed for the customers, and whether the trainer may quote
// it (off unless ticked). Saved with a second POST that repeats the current answer.
import { useState, type SubmitEvent } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { NoteFields, noteLength } from "../shared/NoteFields";
import { NOTE_MAX_LENGTH } from "./checkin-link";
import type { IslandText } from "../../i18n/islands";
import { FormError } from "../shared/FormError";

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
  const tooLong = noteLength(note) > NOTE_MAX_LENGTH;

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
      <NoteFields
        idBase="checkin"
        note={note}
        shareable={shareable}
        max={NOTE_MAX_LENGTH}
        text={text}
        onNote={(value) => (setNote(value), edited())}
        onShareable={(value) => (setShareable(value), edited())}
        labels={{
          note: text("checkin.note.label"),
          noteHelp: text("checkin.note.help"),
          shareable: text("checkin.shareable.label"),
          shareableHelp: text("checkin.shareable.help"),
        }}
      />
      <FormError message={error} />
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
