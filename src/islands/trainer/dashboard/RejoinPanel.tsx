// The re-join code for one participant: a QR code and link their own device opens to get their session
// back (pb_hooks/lib/rejoin.js). Made on the trainer's request, it works once and for a few minutes;
// the trainer's own browser never opens it (that would use it up), so the link is text, not a link.
import { useState } from "react";
import { localizedPath } from "../../../i18n/locales";
import { QrCode } from "../join-view/QrCode";
import { publicOrigin } from "../shared/site-address";
import { makeRejoinLink } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";
import { minutesAndSeconds, useCountdown } from "./use-countdown";

interface RejoinPanelProps {
  cohortId: string;
  participant: { id: string; name: string };
}

/** `[data-rejoin-panel]`: the button, then `svg[data-qr]` with `[data-rejoin-link]` and the time left. */
export function RejoinPanel({ cohortId, participant }: RejoinPanelProps) {
  const { text } = useDashboard();
  const [link, setLink] = useState<{ url: string; endMs: number; minutes: number } | null>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const left = useCountdown(link?.endMs ?? null, (link?.minutes ?? 0) * 60);

  async function make() {
    if (working) return;
    setWorking(true);
    setFailed(false);
    try {
      const [answer, origin] = await Promise.all([makeRejoinLink(cohortId, participant.id), publicOrigin()]);
      const url = `${origin}${localizedPath(answer.locale, "/rejoin")}#t=${answer.token}`;
      setLink({ url, endMs: Date.parse(answer.expiresAt), minutes: answer.minutes });
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="dash-rejoin" data-rejoin-panel={participant.id}>
      <h4>{text("dashboard.rejoin.heading")}</h4>
      <p className="note">{text("dashboard.rejoin.intro")}</p>
      {link && left > 0 ? (
        <figure className="dash-rejoin-code">
          <QrCode value={link.url} label={text("dashboard.rejoin.qrLabel", { name: participant.name })} />
          <figcaption>
            <p className="dash-rejoin-time" data-rejoin-left={left}>
              {text("dashboard.rejoin.left", { time: minutesAndSeconds(left) })}
            </p>
            <p className="note">{text("dashboard.rejoin.once", { minutes: link.minutes })}</p>
            <p className="dash-rejoin-url" data-rejoin-link={link.url}>
              {link.url}
            </p>
          </figcaption>
        </figure>
      ) : null}
      {link && left === 0 ? (
        <p className="note" data-rejoin-expired="">
          {text("dashboard.rejoin.expired")}
        </p>
      ) : null}
      <p>
        <button
          type="button"
          className="button button-secondary"
          data-rejoin-make=""
          aria-busy={working}
          onClick={() => void make()}
        >
          {link ? text("dashboard.rejoin.again") : text("dashboard.rejoin.make")}
        </button>
      </p>
      {failed ? (
        <p className="form-error" role="alert">
          {text("dashboard.rejoin.failed")}
        </p>
      ) : null}
    </div>
  );
}
