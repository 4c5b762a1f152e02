// A refused commitment: fix the written fields and send it again (same id, so still exactly once), or give it up.
import { useState } from "react";
import { discardEntry, retryEntry, type CommitmentFields, type OutboxEntry } from "../../stores/outbox";
import type { IslandText } from "../../i18n/islands";
import { fieldLabelKey } from "./validate-commitment";

const EDITABLE = ["action", "trigger", "dueOn", "measure", "support"] as const;

interface FailedEntryProps {
  entry: OutboxEntry;
  text: IslandText<"commit">;
}

/** "Edit and retry" opens the entry's fields in place; "discard" asks for a second tap. */
export function FailedEntry({ entry, text }: FailedEntryProps) {
  const [fields, setFields] = useState<CommitmentFields | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const id = (field: string) => `entry-${entry.id}-${field}`;

  if (fields) {
    return (
      <div className="commit-fix" data-fix-entry>
        {EDITABLE.map((field) => {
          const error = entry.errors?.[field];
          return (
            <div className="field" key={field}>
              <label htmlFor={id(field)}>{text(fieldLabelKey(field))}</label>
              <input
                id={id(field)}
                name={`fix-${field}`}
                type={field === "dueOn" ? "date" : "text"}
                value={fields[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? id(`${field}-error`) : undefined}
                onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
              />
              {error ? (
                <p className="field-error" id={id(`${field}-error`)}>
                  {text(error)}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="button-row">
          <button type="button" className="button" data-resend onClick={() => void retryEntry(entry.id, fields)}>
            {text("commit.delivery.resend")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setFields(null)}>
            {text("commit.delivery.cancel")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="button-row">
      <button type="button" className="button button-secondary" data-edit-entry onClick={() => setFields(entry.fields)}>
        {text("commit.delivery.edit")}
      </button>
      <button
        type="button"
        className="button button-danger"
        data-discard-entry
        onClick={() => (discarding ? discardEntry(entry.id) : setDiscarding(true))}
      >
        {text(discarding ? "commit.delivery.discardConfirm" : "commit.delivery.discard")}
      </button>
    </div>
  );
}
