// One supervisor (or a new one): its name and contact, a tick per commitment they may see, the consent in
// plain words and "save and agree"; for one already named, one tap withdraws everything shared.
import { useState } from "react";
import { CheckField } from "../shared/InputField";
import { SupervisorContactFields } from "./SupervisorContactFields";
import { useMe } from "./me-context";
import {
  saveSupervisor,
  withdrawSupervisor,
  type SupervisorChannel,
  type SupervisorContact,
  type SupervisorLink,
  type SupervisorSave,
  type SupervisorState,
} from "./supervisor-api";

interface SupervisorFormProps {
  /** The supervisor already named or proposed; none for a new one. */
  link?: SupervisorLink;
  commitments: SupervisorState["commitments"];
  /** The channels this server can reach a supervisor through. */
  channels: readonly SupervisorChannel[];
  onSaved: (state: SupervisorState) => void;
}

/** `form[data-supervisor-form=<link id or "new">]`. */
export function SupervisorForm({ link, commitments, channels, onSaved }: SupervisorFormProps) {
  const { text } = useMe();
  const key = link?.id ?? "new";
  const [who, setWho] = useState<SupervisorContact>({
    name: link?.name ?? "",
    channel: link?.channel ?? "email",
    contact: link?.contact ?? "",
  });
  const [ticked, setTicked] = useState<string[]>(link?.shared.map((s) => s.commitment) ?? []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [errors, setErrors] = useState<Extract<SupervisorSave, { errors: unknown }>["errors"]>({});
  const called = who.name.trim() || text("me.supervisor.name");

  async function run(save: () => Promise<SupervisorSave>, done: string) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setNotice(text("common.saving"));
    const result = await save();
    setBusy(false);
    if ("state" in result) {
      setNotice(done);
      onSaved(result.state);
    } else {
      setNotice("");
      setErrors(result.errors);
    }
  }

  const heading = !link
    ? null
    : link.state === "proposed"
      ? text("me.supervisor.proposed", { name: link.name, contact: link.contact })
      : link.shared.length
        ? text("me.supervisor.sharedWith", { name: link.name, contact: link.contact })
        : text("me.supervisor.nothingShared", { name: link.name });
  return (
    <form
      className="supervisor-form"
      data-supervisor-form={key}
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => saveSupervisor(who, ticked),
          text("me.supervisor.saved", { name: called, count: ticked.length }),
        );
      }}
    >
      {heading ? <p>{heading}</p> : null}
      {!link ? (
        <SupervisorContactFields
          idBase={`supervisor-${key}`}
          value={who}
          onChange={setWho}
          channels={channels}
          errors={errors}
        />
      ) : null}
      <fieldset>
        <legend>{text("me.supervisor.pick")}</legend>
        {commitments.map((k) => (
          <CheckField
            key={k.id}
            id={`supervisor-${key}-${k.id}`}
            name={`supervisor-${key}-${k.id}`}
            label={k.action}
            checked={ticked.includes(k.id)}
            onChange={(on) => setTicked((t) => (on ? [...t, k.id] : t.filter((id) => id !== k.id)))}
          />
        ))}
      </fieldset>
      <p className="note">{text("me.supervisor.consent", { name: called })}</p>
      <div className="my-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? text("common.saving") : text("me.supervisor.save")}
        </button>
        {link ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() =>
              void run(() => withdrawSupervisor(link.id), text("me.supervisor.withdrawn", { name: link.name }))
            }
          >
            {link.state === "proposed"
              ? text("me.supervisor.decline")
              : text("me.supervisor.withdraw", { name: link.name })}
          </button>
        ) : null}
      </div>
      <p className="note" role="status">
        {notice}
      </p>
      {errors.form ? (
        <p className="field-error" role="alert">
          {text(errors.form)}
        </p>
      ) : null}
    </form>
  );
}
