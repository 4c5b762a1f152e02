// One channel beyond email as a checkbox: ticking it asks for the mobile number and a tap on "agree";
// unticking withdraws at once, in one tap (the server then deletes the number).
import { useState } from "react";
import { REACH_CHANNELS_FIELDS, type ReachChannelsRecord } from "../../lib/pocketbase-types";
import { CheckField, InputField } from "../shared/InputField";
import { useMe } from "./me-context";
import { giveConsent, withdrawConsent, type ReachChannel, type ReachSave } from "./reach-choices";

interface ReachChoiceProps {
  participantId: string;
  channel: ReachChannel;
  choice: ReachChannelsRecord | undefined;
  onSaved: (saved: ReachChannelsRecord) => void;
}

/** `[data-reach=<channel>]`: the checkbox `reach-<channel>`, and while giving consent the number `mobile`. */
export function ReachChoice({ participantId, channel, choice, onSaved }: ReachChoiceProps) {
  const { text } = useMe();
  const given = Boolean(choice?.consent);
  const [asking, setAsking] = useState(false);
  const [mobile, setMobile] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [errors, setErrors] = useState<{ mobile?: string; form?: string }>({});
  const name = text(`channels.name.${channel}`);
  const id = `reach-${channel}`;

  async function save(run: () => Promise<ReachSave>, done: string) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setNotice(text("common.saving"));
    const result = await run();
    setBusy(false);
    if ("saved" in result) {
      onSaved(result.saved);
      setAsking(false);
      setMobile("");
      setNotice(done);
    } else {
      setNotice("");
      setErrors({ [result.field]: text(result.error) });
    }
  }

  function toggle(next: boolean) {
    if (!next && given) void save(() => withdrawConsent(choice!), text("me.reach.off", { channel: name }));
    else setAsking(next);
  }

  return (
    <div className="reach-choice" data-reach={channel}>
      <CheckField
        id={id}
        name={id}
        label={text("me.reach.label", { channel: name })}
        checked={given || asking}
        onChange={toggle}
        aria-busy={busy}
        help={text(`me.reach.help.${channel}`)}
        hint={notice}
        error={errors.form}
      />
      {asking && !given ? (
        <form
          className="reach-consent"
          onSubmit={(e) => {
            e.preventDefault();
            void save(
              () => giveConsent(participantId, channel, mobile, choice),
              text("me.reach.on", { channel: name }),
            );
          }}
        >
          <InputField
            id={`${id}-mobile`}
            name="mobile"
            textsId={`${id}-mobile`}
            label={text("me.reach.mobile")}
            value={mobile}
            onChange={setMobile}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={REACH_CHANNELS_FIELDS.mobile.max}
            required
            help={text("me.reach.mobileHelp")}
            error={errors.mobile}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? text("common.saving") : text("me.reach.agree")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
