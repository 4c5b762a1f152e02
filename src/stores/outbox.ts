// The outbox: every submitted commitment waits here, on the device, until PocketBase has it. Each
// entry carries the record id chosen on the device, so sending it again (after a lost answer, a
// reload or another tab sending too) can never create a second record. Nothing else creates
// commitments; the request itself is in src/lib/commitments-api.ts.
import { persistentJSON } from "@nanostores/persistent";
import type { ErrorKeys } from "../lib/api-errors";
import { oneRunAtATime } from "../lib/one-run-at-a-time";
import type { CommitmentsRecord } from "../lib/pocketbase-types";
import { newRecordId } from "../lib/record-id";
import { $session } from "./session-state";
import { OUTBOX_KEY } from "./storage-keys";
import type { StrengthAnswers } from "./commitment-draft";

/** What the participant wrote (and the strength scale, when answered); the outbox adds who, where and the id. */
export type CommitmentFields = Pick<
  CommitmentsRecord,
  "module" | "kind" | "action" | "trigger" | "dueOn" | "measure" | "support" | "confidence" | "visibility"
> &
  StrengthAnswers;

/** `waiting`: on this device only (not yet accepted); `sent`: PocketBase has it; `failed`: refused (see errors). */
export type DeliveryState = "waiting" | "sent" | "failed";

export interface OutboxEntry {
  id: string;
  participant: string;
  cohort: string;
  fields: CommitmentFields;
  state: DeliveryState;
  attempts: number;
  /** Epoch ms before which no automatic retry is made (backoff). */
  nextAttemptAt: number;
  /** Why the last attempt failed, as i18n keys per field. */
  errors: ErrorKeys | null;
  createdAt: string;
  sentAt: string;
}

/** The device's outbox, oldest first. */
export const $outbox = persistentJSON<OutboxEntry[]>(OUTBOX_KEY, []);

const MAX_BACKOFF_MS = 60_000;

/** Wait before retry number `attempts` (1 s, 2 s, 4 s … up to a minute). */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

function update(id: string, change: Partial<OutboxEntry>): void {
  $outbox.set($outbox.get().map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
}

/** Puts a commitment in the outbox for the signed-in participant and starts sending; returns its id. */
export function submitCommitment(fields: CommitmentFields): string {
  const session = $session.get();
  if (!session) throw new Error("Join a cohort before submitting a commitment.");
  const entry: OutboxEntry = {
    id: newRecordId(),
    participant: session.participant.id,
    cohort: session.cohort.id,
    fields,
    state: "waiting",
    attempts: 0,
    nextAttemptAt: 0,
    errors: null,
    createdAt: new Date().toISOString(),
    sentAt: "",
  };
  $outbox.set([...$outbox.get(), entry]);
  void flushOutbox();
  return entry.id;
}

function statusOf(error: unknown): number {
  const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : 0;
  return typeof status === "number" ? status : 0;
}

/** Records a failed send: a retry after the backoff when it may pass later, otherwise refused (failed). */
function recordFailure(entry: OutboxEntry, error: unknown, errors: ErrorKeys, now: number): void {
  const status = statusOf(error);
  const transient = status === 0 || status === 408 || status === 429 || status >= 500;
  const attempts = entry.attempts + 1;
  update(
    entry.id,
    transient ? { attempts, nextAttemptAt: now + backoffMs(attempts), errors } : { attempts, state: "failed", errors },
  );
}

/** Sends one entry and records how it went: sent, refused (failed), or a retry later. */
async function deliver(entry: OutboxEntry, now: number): Promise<void> {
  // Imported late, with the PocketBase client and the error messages (see the top of commitments-api.ts);
  // a failed import (offline before the service worker has the files) leaves the entry waiting.
  const { apiErrorKeys, confirmCommitment, createCommitment } = await import("../lib/commitments-api");
  let created: boolean;
  try {
    created = await createCommitment({
      id: entry.id,
      participant: entry.participant,
      cohort: entry.cohort,
      ...entry.fields,
    });
  } catch (error) {
    recordFailure(entry, error, apiErrorKeys(error), now);
    return;
  }
  // Sent before (the answer was lost, or another tab sent it): confirm it is really there. A failed read
  // rejects, and sendDue leaves the entry waiting.
  if (!created) await confirmCommitment(entry.id);
  update(entry.id, { state: "sent", sentAt: new Date(now).toISOString(), errors: null });
}

interface FlushOptions {
  /** The current time in epoch ms (tests pass their own). */
  now?: number | undefined;
  /** Ignore the backoff: the network just came back, or the page just loaded. */
  force?: boolean;
}

async function sendDue({ now = Date.now(), force = false }: FlushOptions): Promise<void> {
  const due = $outbox.get().filter((e) => e.state === "waiting" && (force || e.nextAttemptAt <= now));
  for (const entry of due) {
    try {
      await deliver(entry, now);
    } catch {
      // The confirming read failed (network): leave it waiting for the next run.
    }
  }
}

const flushQueue = oneRunAtATime<FlushOptions>(
  sendDue,
  (waiting, next) => ({ now: next.now ?? waiting?.now, force: Boolean(next.force || waiting?.force) }),
  scheduleRetry,
);

/** Sends every waiting entry that is due; one run at a time, and a call during a run queues another. */
export function flushOutbox(options: FlushOptions = {}): Promise<void> {
  return flushQueue(options);
}

/** Sends a refused entry again (after the participant fixed it, or to retry a failure now). */
export function retryEntry(id: string, fields?: CommitmentFields): Promise<void> {
  const entry = $outbox.get().find((e) => e.id === id);
  if (!entry || entry.state === "sent") return Promise.resolve();
  update(id, { state: "waiting", nextAttemptAt: 0, errors: null, ...(fields ? { fields } : {}) });
  return flushOutbox();
}

/** Removes an entry that has not been sent (the participant gave it up). */
export function discardEntry(id: string): void {
  $outbox.set($outbox.get().filter((e) => e.id !== id || e.state === "sent"));
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** In the browser: wake up when the earliest waiting entry is due. */
function scheduleRetry(): void {
  if (typeof window === "undefined") return;
  clearTimeout(timer);
  const next = Math.min(
    ...$outbox
      .get()
      .filter((e) => e.state === "waiting")
      .map((e) => e.nextAttemptAt),
  );
  if (Number.isFinite(next)) timer = setTimeout(() => void flushOutbox(), Math.max(0, next - Date.now()));
}

if (typeof window !== "undefined") {
  // Back online, or a new page load: send at once rather than waiting for the backoff.
  window.addEventListener("online", () => void flushOutbox({ force: true }));
  void flushOutbox({ force: true });
}
