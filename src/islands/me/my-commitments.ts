// The participant's own commitments as the page shows them: the server's (requested through
// src/lib/commitments-api.ts) with the outbox's unsent entries beside them.
import type { ErrorKeys } from "../../lib/api-errors";
import { createCheckin, listMyCommitments, type CheckinInput, type CommitmentStatus } from "../../lib/commitments-api";
import type { EveryChoice } from "../../lib/choices";
import { parsePbDate } from "../../lib/dates";
import { CHECKINS_FIELDS, type CommitmentsRecord } from "../../lib/pocketbase-types";
import type { KeptCommitment } from "../../stores/kept-commitments";
import type { OutboxEntry } from "../../stores/outbox";

export type { CheckinInput, CommitmentStatus };

/** Every status, in the order a commitment usually goes through them. */
export const STATUSES = ["planned", "in_progress", "done", "dropped"] as const satisfies EveryChoice<CommitmentStatus>;

/** `server`: PocketBase has it; `waiting` / `failed`: still only in this device's outbox. */
export type Delivery = "server" | "waiting" | "failed";

/** One commitment as the page shows it, from the server or from the outbox. */
export interface MyCommitment {
  id: string;
  module: string;
  action: string;
  trigger: string;
  dueOn: string;
  measure: string;
  status: CommitmentStatus;
  created: string;
  /** How often the follow-ups ask ("" : the cohort's rounds); weekends too or not. */
  cadence: CommitmentsRecord["cadence"];
  weekends: boolean;
  delivery: Delivery;
  /** Why the outbox could not send it (failed entries only). */
  errors: ErrorKeys | null;
}

/** The maximum length of a check-in note (the schema's limit), in characters. */
export const NOTE_MAX_LENGTH = CHECKINS_FIELDS.note.max;

/** A commitment as the server sent it (now, or when the device last kept the list). */
export function fromRecord(r: KeptCommitment): MyCommitment {
  const { id, module, action, trigger, dueOn, measure, status, created } = r;
  const cadence = r.cadence ?? "";
  const weekends = r.weekends ?? false;
  return {
    id,
    module,
    action,
    trigger,
    dueOn,
    measure,
    status,
    created,
    cadence,
    weekends,
    delivery: "server",
    errors: null,
  };
}

function fromOutbox(e: OutboxEntry): MyCommitment {
  const { module, action, trigger, dueOn, measure, cadence = "", weekends = false } = e.fields;
  const delivery = e.state === "failed" ? "failed" : "waiting";
  return {
    id: e.id,
    module,
    action,
    trigger,
    dueOn,
    measure,
    status: "planned",
    created: e.createdAt,
    cadence,
    weekends,
    delivery,
    errors: e.errors,
  };
}

/** Epoch ms of when a commitment was written; 0 when unreadable. */
function createdMs(created: string): number {
  return parsePbDate(created) ?? 0;
}

/** Server commitments plus the participant's entries the outbox has not delivered, newest first. */
export function withUnsent(
  records: readonly MyCommitment[],
  outbox: readonly OutboxEntry[],
  participantId: string,
): MyCommitment[] {
  const known = new Set(records.map((r) => r.id));
  const unsent = outbox.filter((e) => e.participant === participantId && e.state !== "sent" && !known.has(e.id));
  return [...records, ...unsent.map(fromOutbox)].sort((a, b) => createdMs(b.created) - createdMs(a.created));
}

/** The participant's commitments on the server, newest first. */
export async function fetchMyCommitments(participantId: string): Promise<MyCommitment[]> {
  return (await listMyCommitments(participantId)).map(fromRecord);
}

/** Records a check-in from the app; returns the commitment with the check-in's status, as the server now has it. */
export async function addCheckin(commitment: MyCommitment, input: CheckinInput): Promise<MyCommitment> {
  await createCheckin(commitment.id, input);
  return { ...commitment, status: input.status };
}
