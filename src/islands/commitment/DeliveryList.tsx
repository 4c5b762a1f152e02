// This module's commitments from the outbox, each with where it is in plain words: only on this device
// (waiting), with the trainer (sent), or refused with the reason and a way to fix or give it up.
import type { OutboxEntry } from "../../stores/outbox";
import { lazy, Suspense } from "react";
import type { IslandText } from "../../i18n/islands";

interface DeliveryListProps {
  entries: readonly OutboxEntry[];
  text: IslandText<"commit">;
}

// Only a refused commitment needs its fix-or-give-up controls: loaded when one is shown.
const FailedEntry = lazy(() => import("./FailedEntry").then((m) => ({ default: m.FailedEntry })));

/** The reason(s) of a refusal or of the last failed attempt, in the participant's language. */
export function reasonOf(entry: OutboxEntry, text: IslandText<"commit">): string {
  return Object.values(entry.errors ?? {})
    .map((key) => text(key))
    .join(" ");
}

/** One line per commitment; the state is in `data-delivery-state` and in words. */
export function DeliveryList({ entries, text }: DeliveryListProps) {
  if (entries.length === 0) return null;
  return (
    <section className="commit-delivery" aria-labelledby="commit-delivery-heading">
      <h3 id="commit-delivery-heading">{text("commit.delivery.heading")}</h3>
      <ul aria-live="polite">
        {entries.map((entry) => (
          <li key={entry.id} data-delivery-state={entry.state} data-entry={entry.id}>
            <p className="commit-delivery-action">{entry.fields.action}</p>
            <p className={`delivery-state delivery-${entry.state}`}>
              {entry.state === "waiting"
                ? text("commit.delivery.waiting")
                : entry.state === "sent"
                  ? text("common.sent")
                  : text("commit.delivery.failed", { reason: reasonOf(entry, text) })}
            </p>
            {entry.state === "failed" ? (
              <Suspense fallback={null}>
                <FailedEntry entry={entry} text={text} />
              </Suspense>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
