// A commitment's check-ins, read when the participant opens them (and again after a new one).
import { useEffect, useState } from "react";
import type { IslandKey } from "../../i18n/islands";
import type { CheckinsRecord } from "../../lib/pocketbase-types";
import { fetchCheckins } from "./my-commitments";
import { formatMoment } from "./dates";
import { ownStatusKey, useMe } from "./me-context";
import { failureKey } from "./my-data";

interface CheckinHistoryProps {
  commitmentId: string;
  /** Changes after each new check-in, so an open history reads again. */
  version: number;
}

type Loaded = { phase: "loading" } | { phase: "failed"; error: IslandKey<"me"> } | { phase: "ready"; checkins: CheckinsRecord[] };

/** A show/hide button and, when shown, the check-ins newest first. */
export function CheckinHistory({ commitmentId, version }: CheckinHistoryProps) {
  const { text, locale } = useMe();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const id = `history-${commitmentId}`;

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetchCheckins(commitmentId).then(
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
                    text(ownStatusKey(c.status)),
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
