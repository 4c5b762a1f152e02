// The unsubscribe page for one channel beyond email, opened from the withdrawal link in a WeCom, DingTalk
// or SMS message (`#t=<token>&ch=<channel>`). Opening it changes nothing; one tap ends that channel's
// consent only (POST /api/jiannuo/reach/withdraw), and the server deletes the number.
import { useState } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { REACH_CHANNELS_FIELDS } from "../../lib/pocketbase-types";
import { requestErrorKey } from "../../lib/request-errors";
import { linkProblemOf, withdrawChannel } from "../checkin/checkin-api";
import { FormError } from "../shared/FormError";
import { OutcomePanel } from "../shared/OutcomePanel";
import type { IslandText } from "../../i18n/islands";

/** The channels a withdrawal link can name: those of the reach_channels schema. */
const CHANNELS = REACH_CHANNELS_FIELDS.channel.values;
export type WithdrawChannel = (typeof CHANNELS)[number];

/** The link's channel when it names one we know, else null (then the page is the email unsubscribe). */
export function channelOfLink(params: URLSearchParams): WithdrawChannel | null {
  const ch = params.get("ch");
  return (CHANNELS as readonly string[]).includes(ch ?? "") ? (ch as WithdrawChannel) : null;
}

interface ChannelWithdrawProps {
  token: string;
  channel: WithdrawChannel;
  meHref: string;
  text: IslandText<"unsubscribe">;
}

/** `[data-channel-withdraw]`, then `[data-channel-withdrawn]` once done (or the invalid-link panel). */
export function ChannelWithdraw({ token, channel, meHref, text }: ChannelWithdrawProps) {
  const [phase, setPhase] = useState<"ready" | "sending" | "done" | "invalid">(token ? "ready" : "invalid");
  const [error, setError] = useState<ErrorMessageKey | null>(null);
  const name = text(`channels.name.${channel}`);

  async function withdraw() {
    if (phase === "sending") return;
    setPhase("sending");
    setError(null);
    try {
      await withdrawChannel(token, channel);
      setPhase("done");
    } catch (failure) {
      if (linkProblemOf(failure)) return setPhase("invalid");
      setError(requestErrorKey(failure));
      setPhase("ready");
    }
  }

  const meLink = (
    <p className="button-row">
      <a className="button button-secondary" href={meHref}>
        {text("common.goToMe")}
      </a>
    </p>
  );
  if (phase === "done" || phase === "invalid") {
    const done = phase === "done";
    return (
      <OutcomePanel
        headingId="unsubscribe-outcome"
        heading={text(done ? "unsubscribe.channel.done.heading" : "unsubscribe.invalid.heading")}
        marker={done ? { "data-channel-withdrawn": channel } : { "data-link-problem": "invalid" }}
      >
        <p>{done ? text("unsubscribe.channel.done.body", { channel: name }) : text("unsubscribe.invalid.body")}</p>
        {meLink}
      </OutcomePanel>
    );
  }
  return (
    <section className="panel checkin-panel" aria-busy={phase === "sending"} data-channel-withdraw={channel}>
      <p>{text("unsubscribe.channel.intro", { channel: name })}</p>
      <FormError message={error && text(error)} />
      <p>
        <button
          type="button"
          className="button button-large"
          data-withdraw-channel=""
          disabled={phase === "sending"}
          onClick={() => void withdraw()}
        >
          {phase === "sending" ? text("unsubscribe.sending") : text("unsubscribe.channel.button", { channel: name })}
        </button>
      </p>
    </section>
  );
}
