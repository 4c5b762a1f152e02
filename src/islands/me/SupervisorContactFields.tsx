// A new supervisor's name and how their weekly note reaches them: email, or (where the server has the
// app's settings) a WeCom or DingTalk message to their mobile number.
import { SUPERVISOR_LINKS_FIELDS } from "../../lib/pocketbase-types";
import { InputField } from "../shared/InputField";
import { useMe } from "./me-context";
import type { SupervisorChannel, SupervisorContact, SupervisorSave } from "./supervisor-api";

interface ContactFieldsProps {
  idBase: string;
  value: SupervisorContact;
  onChange: (value: SupervisorContact) => void;
  channels: readonly SupervisorChannel[];
  errors: Extract<SupervisorSave, { errors: unknown }>["errors"];
}

/** `input[name=name]`, the channel's radios (when there is a choice), and `input[name=email|mobile]`. */
export function SupervisorContactFields({ idBase, value, onChange, channels, errors }: ContactFieldsProps) {
  const { text } = useMe();
  const channelName = (c: SupervisorChannel) =>
    c === "email" ? text("me.supervisor.via.email") : text(`channels.name.${c}`);
  const byEmail = value.channel === "email";
  return (
    <>
      <InputField
        id={`${idBase}-name`}
        name="name"
        label={text("me.supervisor.name")}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        maxLength={SUPERVISOR_LINKS_FIELDS.name.max}
        required
        error={errors.name ? text(errors.name) : undefined}
      />
      {channels.length > 1 ? (
        <fieldset className="supervisor-via">
          <legend>{text("me.supervisor.via")}</legend>
          {channels.map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name={`${idBase}-channel`}
                value={c}
                checked={value.channel === c}
                onChange={() => onChange({ ...value, channel: c, contact: "" })}
              />
              <span>{channelName(c)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <InputField
        id={`${idBase}-${byEmail ? "email" : "mobile"}`}
        name={byEmail ? "email" : "mobile"}
        type={byEmail ? "email" : "tel"}
        inputMode={byEmail ? "email" : "tel"}
        autoComplete="off"
        label={byEmail ? text("me.supervisor.email") : text("me.supervisor.mobile")}
        value={value.contact}
        onChange={(contact) => onChange({ ...value, contact })}
        required
        help={
          byEmail
            ? text("me.supervisor.emailHelp")
            : text("me.supervisor.mobileHelp", { channel: channelName(value.channel) })
        }
        error={
          byEmail ? (errors.email ? text(errors.email) : undefined) : errors.mobile ? text(errors.mobile) : undefined
        }
      />
    </>
  );
}
