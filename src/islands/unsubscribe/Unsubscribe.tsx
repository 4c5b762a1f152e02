// The unsubscribe island of /unsubscribe/ and /en/unsubscribe/, opened from a follow-up email's footer.
// Opening the page changes nothing (mail scanners open links too); the participant presses the button.
import { useState } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { requestErrorKey } from "../../lib/request-errors";
import { linkFromAddress } from "../checkin/address-link";
import { linkProblemOf, undoUnsubscribe, unsubscribe } from "../checkin/checkin-api";
import { OutcomePanel } from "../shared/OutcomePanel";
import { useInBrowser } from "../shared/use-in-browser";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import { FormError } from "../shared/FormError";
import { ChannelWithdraw, channelOfLink } from "./ChannelWithdraw";

/** Props the unsubscribe page passes; strings are already translated for the page's locale. */
export interface UnsubscribeProps {
  strings: IslandStrings<"unsubscribe">;
  /** "My commitments" in the page's locale, where follow-ups can be turned on again. */
  meHref: string;
}

/**
 * The page's island; the token is in the address (#t=...), which the build cannot see, so it waits for the
 * browser. Until then it shows the panel a link with a token opens, inert, or, where FirstFrame
 * (UnsubscribePage.astro) found no token in the address, the broken link's panel.
 */
export default function Unsubscribe({ strings, meHref }: UnsubscribeProps) {
  const inBrowser = useInBrowser();
  const text = textFor(strings);
  return (
    <div className="unsubscribe" data-unsubscribe-page>
      {inBrowser ? (
        <UnsubscribeFlow meHref={meHref} text={text} />
      ) : (
        <>
          <StopPanel phase="first-frame" error={null} onStop={() => {}} text={text} />
          <InvalidLink meHref={meHref} text={text} firstFrame />
        </>
      )}
    </div>
  );
}

type Phase = "ready" | "sending" | "done" | "undoing" | "undone" | "invalid";

function UnsubscribeFlow({ meHref, text }: { meHref: string; text: IslandText<"unsubscribe"> }) {
  const [params] = useState(() => linkFromAddress());
  const token = params.get("t")?.trim() ?? "";
  // A link from a WeCom, DingTalk or SMS message (`&ch=`) ends that channel's consent only.
  const channel = channelOfLink(params);
  if (channel) return <ChannelWithdraw token={token} channel={channel} meHref={meHref} text={text} />;
  return <EmailUnsubscribe token={token} meHref={meHref} text={text} />;
}

function EmailUnsubscribe({ token, meHref, text }: { token: string; meHref: string; text: IslandText<"unsubscribe"> }) {
  const [phase, setPhase] = useState<Phase>(token ? "ready" : "invalid");
  const [error, setError] = useState<ErrorMessageKey | null>(null);

  async function stop() {
    if (phase === "sending") return;
    setPhase("sending");
    setError(null);
    try {
      await unsubscribe(token);
      setPhase("done");
    } catch (failure) {
      // The server accepts expired tokens here, so a link problem means the link itself is wrong.
      if (linkProblemOf(failure)) return setPhase("invalid");
      setError(requestErrorKey(failure));
      setPhase("ready");
    }
  }

  async function undo() {
    if (phase === "undoing") return;
    setPhase("undoing");
    setError(null);
    try {
      await undoUnsubscribe(token);
      setPhase("undone");
    } catch (failure) {
      setError(requestErrorKey(failure));
      setPhase("done");
    }
  }

  const meLink = <MeLink meHref={meHref} text={text} />;
  if (phase === "undone") {
    return (
      <OutcomePanel
        headingId="unsubscribe-outcome"
        heading={text("unsubscribe.undone.heading")}
        marker={{ "data-resubscribed": "" }}
      >
        <p>{text("unsubscribe.undone.body")}</p>
        {meLink}
      </OutcomePanel>
    );
  }
  if (phase === "done" || phase === "undoing") {
    return (
      <OutcomePanel
        headingId="unsubscribe-outcome"
        heading={text("unsubscribe.done.heading")}
        marker={{ "data-unsubscribed": "" }}
      >
        <p>{text("unsubscribe.done.body")}</p>
        <p>{text("unsubscribe.done.again")}</p>
        <FormError message={error && text(error)} />
        <p className="button-row">
          <button
            type="button"
            className="button"
            data-undo-unsubscribe=""
            disabled={phase === "undoing"}
            onClick={() => void undo()}
          >
            {phase === "undoing" ? text("unsubscribe.undoing") : text("unsubscribe.undo")}
          </button>
        </p>
        {meLink}
      </OutcomePanel>
    );
  }
  if (phase === "invalid") return <InvalidLink meHref={meHref} text={text} />;
  return <StopPanel phase={phase} error={error} onStop={() => void stop()} text={text} />;
}

interface StopPanelProps {
  /** "first-frame": the built HTML's copy, inert and without markers, until the island runs. */
  phase: "ready" | "sending" | "first-frame";
  error: ErrorMessageKey | null;
  onStop: () => void;
  text: IslandText<"unsubscribe">;
}

/** What the link is for, and the button that stops the emails. */
function StopPanel({ phase, error, onStop, text }: StopPanelProps) {
  const firstFrame = phase === "first-frame";
  return (
    <section
      className="panel checkin-panel"
      aria-busy={phase !== "ready"}
      inert={firstFrame}
      data-first-frame={firstFrame ? "usual" : undefined}
    >
      <p>{text("unsubscribe.intro")}</p>
      <FormError message={error && text(error)} />
      <p>
        <button
          type="button"
          className="button button-large"
          data-unsubscribe={firstFrame ? undefined : ""}
          disabled={phase === "sending"}
          onClick={onStop}
        >
          {phase === "sending" ? text("unsubscribe.sending") : text("unsubscribe.title")}
        </button>
      </p>
    </section>
  );
}

/** A link without a token, or one the server does not know. `firstFrame`: the built HTML's copy, no marker. */
function InvalidLink({
  meHref,
  text,
  firstFrame = false,
}: {
  meHref: string;
  text: IslandText<"unsubscribe">;
  firstFrame?: boolean;
}) {
  return (
    <OutcomePanel
      headingId="unsubscribe-outcome"
      heading={text("unsubscribe.invalid.heading")}
      marker={firstFrame ? { "data-first-frame": "no-link" } : { "data-link-problem": "invalid" }}
    >
      <p>{text("unsubscribe.invalid.body")}</p>
      <MeLink meHref={meHref} text={text} />
    </OutcomePanel>
  );
}

function MeLink({ meHref, text }: { meHref: string; text: IslandText<"unsubscribe"> }) {
  return (
    <p className="button-row">
      <a className="button button-secondary" href={meHref}>
        {text("common.goToMe")}
      </a>
    </p>
  );
}
