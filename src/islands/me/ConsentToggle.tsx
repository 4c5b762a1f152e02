// One consent as a checkbox that saves on every change: withdrawing takes one tap, like giving.
import { useState } from "react";
import { CheckField } from "../shared/InputField";
import type { ParticipantsRecord } from "../../lib/pocketbase-types";
import { setConsent, type ConsentField } from "./my-data";
import { useMe } from "./me-context";

interface ConsentToggleProps {
  participant: ParticipantsRecord;
  field: ConsentField;
  label: string;
  help: string;
  /** Why it cannot be switched on; giving it is then disabled, withdrawing never is. */
  blockedReason?: string | undefined;
}

/** `input[name=<field>]`, saved immediately; the outcome is announced politely. */
export function ConsentToggle({ participant, field, label, help, blockedReason }: ConsentToggleProps) {
  const { text } = useMe();
  const [pending, setPending] = useState<boolean | null>(null);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState("");
  const given = participant[field];
  const id = `consent-${field}`;
  const blocked = Boolean(blockedReason) && !given;

  async function change(next: boolean) {
    // A second tap while saving would race the first; the box shows the pending value meanwhile.
    if (pending !== null) return;
    setPending(next);
    setError("");
    setNotice(text("common.saving"));
    const failed = await setConsent(participant.id, field, next);
    setPending(null);
    setNotice(failed ? "" : text(next ? "me.consent.on" : "me.consent.off"));
    setError(failed ? text(failed) : "");
  }

  return (
    <CheckField
      id={id}
      textsId={id}
      name={field}
      label={label}
      checked={pending ?? given}
      onChange={(next) => void change(next)}
      disabled={blocked}
      aria-busy={pending !== null}
      help={blocked ? blockedReason : help}
      hint={notice}
      error={error}
    />
  );
}
