// A commitment's check-ins, read when the participant opens them (and again after a new one).
import { useEffect, useState } from "react";
import { listCheckins } from "../../lib/commitments-api";
import type { CheckinsRecord } from "../../lib/pocketbase-types";
import { formatMoment } from "./dates";
import { failureKey, useMe, type MeStringKey } from "./strings";

interface CheckinHistoryProps {
  commitmentId: string;
  /** Changes after each new check-in, so an open history reads again. */
  version: number;
}

type Loaded = { phase: "loading" } | { phase: "failed"; error: MeStringKey } | { phase: "ready"; checkins: CheckinsRecord[] };

/** A show/hide button and, when shown, the check-ins newest first. */
export function CheckinHistory({ commitmentId, version }: CheckinHistoryProps) {
  const { text, locale } = useMe();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const id = `history-${commitmentId}`;

  useEffect(() => {
    if (!open) return;
    let current = true;
    listCheckins(commitmentId).then(
      (checkins) => current && setLoaded({ phase: "ready", checkins }),
      (error: unknown) => current && setLoaded({ phase: "failed", error: failureKey(error) }),
    );
    return () => void (current = false);
  }, [open, commitmentId, version]);

  return (
    <div className="my-history">
      <button type="button" className="button button-secondary" aria-expanded={open} aria-controls={id} data-checkin-history="" onClick={() => setOpen(!open)}>
        {open ? text("me.history.hide") : text("me.history.show")}
      </button>
      <div id={id} hidden={!open} aria-live="polite">
        {!open ? null
        : loaded.phase === "loading" ? <p className="note">{text("me.history.loading")}</p>
        : loaded.phase === "failed" ? <p className="form-error">{text(loaded.error)}</p>
        : loaded.checkins.length === 0 ? <p className="note">{text("me.history.empty")}</p>
        : (
          <ol className="my-history-list">
            {loaded.checkins.map((c) => (
              <li key={c.id} data-checkin={c.id}>
                <p className="my-history-meta">
                  {[
                    formatMoment(c.created, locale),
                    text(`me.status.${c.status}`),
                    ...(c.shareable ? [text("me.history.shareable")] : []),
                    ...(c.source === "email" ? [text("me.history.fromEmail")] : []),
                  ].join(" · ")}
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
