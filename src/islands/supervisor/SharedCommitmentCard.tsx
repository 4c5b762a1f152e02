// One shared commitment on the supervisor's page: its words, the status its owner reports and the
// check-in dates (never a note), and the two taps with an optional short note.
import { useState } from "react";
import type { IslandText } from "../../i18n/islands";
import { SUPERVISOR_MARKS_FIELDS } from "../../lib/pocketbase-types";
import { requestErrorKey } from "../../lib/request-errors";
import { InputField } from "../shared/InputField";
import { markCommitment, type SharedCommitment, type SupervisorView } from "./supervisor-api";

interface CardProps {
  token: string;
  commitment: SharedCommitment;
  text: IslandText<"supervisor">;
  onMarked: (view: SupervisorView) => void;
}

/** `article[data-shared-commitment=<id>]`. */
export function SharedCommitmentCard({ token, commitment: k, text, onMarked }: CardProps) {
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function mark(kind: "discussed" | "observed") {
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      onMarked(await markCommitment(token, k.id, kind, note));
      setNote("");
    } catch (failure) {
      setError(text(requestErrorKey(failure)));
    } finally {
      setBusy(false);
    }
  }

  const noteId = `note-${k.id}`;
  return (
    <article className="panel shared-commitment" data-shared-commitment={k.id}>
      <p className="shared-action">{k.action}</p>
      <p className="note">{text("supervisor.status", { status: text(`status.${k.status}` as "status.planned") })}</p>
      <p className="note">
        {k.checkins.length
          ? text("supervisor.checkins", { dates: k.checkins.join("、") })
          : text("supervisor.noCheckins")}
      </p>
      {(["discussed", "observed"] as const).map((kind) =>
        k[kind] ? (
          <p key={kind} className="supervisor-marked" data-marked={kind}>
            {text(`supervisor.marked.${kind}`)}
            {k[kind]!.note ? ` · ${k[kind]!.note}` : ""}
          </p>
        ) : null,
      )}
      <InputField
        id={noteId}
        name="note"
        label={text("supervisor.note")}
        value={note}
        onChange={setNote}
        maxLength={SUPERVISOR_MARKS_FIELDS.note.max}
      />
      <div className="supervisor-taps">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void mark("discussed")}
        >
          {text("supervisor.discussed")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void mark("observed")}>
          {text("supervisor.observed")}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
