// A commitment's status, saved as soon as it is chosen; the outcome is announced politely, a failure
// puts the old status back and says why.
import { useState } from "react";
import { describedBy, FieldTexts } from "../shared/FieldTexts";
import { changeStatus, STATUSES, type CommitmentStatus, type MyCommitment } from "./my-commitments";
import { ownStatusKey, useMe } from "./me-context";
import { failureKey } from "./my-data";

interface StatusSelectProps {
  commitment: MyCommitment;
  onSaved: (updated: MyCommitment) => void;
}

/** The status dropdown of one commitment (`select[name=status]`). */
export function StatusSelect({ commitment, onSaved }: StatusSelectProps) {
  const { text } = useMe();
  const [pending, setPending] = useState<CommitmentStatus | null>(null);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState("");
  const id = `status-${commitment.id}`;

  async function save(next: CommitmentStatus) {
    setPending(next);
    setError("");
    setNotice(text("common.saving"));
    try {
      const updated = await changeStatus(commitment.id, next);
      onSaved(updated);
      setNotice(text("me.card.saved", { status: text(ownStatusKey(updated.status)) }));
    } catch (failure) {
      setNotice("");
      setError(text(failureKey(failure)));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="field my-status">
      <label htmlFor={id}>{text("common.status")}</label>
      <select
        id={id}
        name="status"
        value={pending ?? commitment.status}
        aria-describedby={describedBy(id, { hint: true, error: !!error })}
        onChange={(e) => void save(e.target.value as CommitmentStatus)}
      >
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {text(ownStatusKey(status))}
          </option>
        ))}
      </select>
      <FieldTexts name={id} hint={notice} error={error} />
    </div>
  );
}
