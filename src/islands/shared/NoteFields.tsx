// The note a participant may add when checking in, and whether the trainer may quote it (off unless
// ticked): the same two fields on the check-in page an email opens and on "my commitments".
import type { Text } from "../../i18n/format";
import { describedBy, FieldTexts } from "./FieldTexts";
import { CheckField } from "./InputField";

/** Length of a note as a person (and the server) counts it: an emoji or a CJK character is one. */
export function noteLength(note: string): number {
  return [...note.trim()].length;
}

interface NoteFieldsProps {
  /** The ids are `<idBase>-note`, `<idBase>-shareable` and their `-help`. */
  idBase: string;
  note: string;
  onNote: (note: string) => void;
  shareable: boolean;
  onShareable: (shareable: boolean) => void;
  /** The longest note the server keeps. */
  max: number;
  labels: { note: string; noteHelp: string; shareable: string; shareableHelp: string };
  text: Text<"common.count">;
}

/** `textarea[name=note]` with its help and count, and `input[name=shareable]`. */
export function NoteFields({ idBase, note, onNote, shareable, onShareable, max, labels, text }: NoteFieldsProps) {
  const length = noteLength(note);
  const [noteId, shareableId] = [`${idBase}-note`, `${idBase}-shareable`];
  return (
    <>
      <div className="field">
        <label htmlFor={noteId}>{labels.note}</label>
        <textarea
          id={noteId}
          name="note"
          rows={4}
          value={note}
          onChange={(e) => onNote(e.target.value)}
          aria-invalid={length > max || undefined}
          aria-describedby={describedBy(noteId, { help: true })}
        />
        <FieldTexts name={noteId} help={labels.noteHelp} />
        <p className="field-count" aria-hidden="true">
          {text("common.count", { count: length, max })}
        </p>
      </div>
      <CheckField
        id={shareableId}
        textsId={shareableId}
        name="shareable"
        label={labels.shareable}
        checked={shareable}
        onChange={onShareable}
        help={labels.shareableHelp}
      />
    </>
  );
}
