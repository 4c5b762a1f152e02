// A commitment's check-ins, read when the participant opens them (and again after a new one).
import { Fragment, useState } from "react";
import { listCheckins } from "../../lib/commitments-api";
import { formatMoment } from "../../lib/dates";
import { useLoad } from "../shared/use-load";
import { ownStatusKey, useMe } from "./me-context";
import { failureKey } from "./my-data";

interface CheckinHistoryProps {
  commitmentId: string;
  /** Changes after each new check-in, so an open history reads again. */
  version: number;
}

/** A show/hide button and, when shown, the check-ins newest first. */
export function CheckinHistory({ commitmentId, version }: CheckinHistoryProps) {
  const { text, locale } = useMe();
  const [open, setOpen] = useState(false);
  const { data: checkins, error } = useLoad(
    open ? () => listCheckins(commitmentId) : null,
    [open, commitmentId, version],
    failureKey,
  );
  const id = `history-${commitmentId}`;

  return (
    <div className="my-history">
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={id}
        data-checkin-history=""
        onClick={() => setOpen(!open)}
      >
        {open ? text("me.history.hide") : text("me.history.show")}
      </button>
      <div id={id} hidden={!open} aria-live="polite">
        {!open ? null : error ? (
          <p className="form-error">{text(error)}</p>
        ) : !checkins ? (
          <p className="note">{text("me.history.loading")}</p>
        ) : checkins.length === 0 ? (
          <p className="note">{text("me.history.empty")}</p>
        ) : (
          <ol className="my-history-list">
            {checkins.map((c) => (
              <li key={c.id} data-checkin={c.id}>
                <p className="my-history-meta">
                  {[
                    formatMoment(c.created, locale),
                    text(ownStatusKey(c.status)),
                    ...(c.shareable ? [text("me.history.shareable")] : []),
                    ...(c.source === "email" ? [text("me.history.fromEmail")] : []),
                  ].map((part, i) => (
                    <Fragment key={part}>
                      {i > 0 ? " · " : null}
                      <span className="keep-together">{part}</span>
                    </Fragment>
                  ))}
                </p>
                {c.note ? <p className="my-history-note">{c.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
