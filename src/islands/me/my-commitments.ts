// The participant's own commitments and check-ins, read and changed through the one client. Creating a
// commitment stays with the outbox (src/stores/outbox.ts); here they are listed, updated and deleted,
// and the outbox's unsent entries are shown beside them.
import type { ErrorKeys } from "../../lib/api-errors";
import { parsePbDate } from "../../lib/dates";
import { pb } from "../../lib/pocketbase";
import type { CheckinsRecord, CommitmentsRecord } from "../../lib/pocketbase-types";
import type { OutboxEntry } from "../../stores/outbox";

/** A commitment's status, as the server knows it. */
export type CommitmentStatus = CommitmentsRecord["status"];

/** Every status, in the order a commitment usually goes through them. */
export const STATUSES = ["planned", "in_progress", "done", "dropped"] as const satisfies readonly CommitmentStatus[];

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
  delivery: Delivery;
  /** Why the outbox could not send it (failed entries only). */
  errors: ErrorKeys | null;
}

/** The maximum length of a check-in note (the schema's limit), in characters. */
export const NOTE_MAX_LENGTH = 1000;

/** What a check-in says. */
export interface CheckinInput {
  status: CommitmentStatus;
  note: string;
  shareable: boolean;
}

// Several cards load at once; the SDK would otherwise cancel all but the last request to the same path.
const ALL_OF_THEM = { requestKey: null } as const;

function fromRecord(r: CommitmentsRecord): MyCommitment {
  const { id, module, action, trigger, dueOn, measure, status, created } = r;
  return { id, module, action, trigger, dueOn, measure, status, created, delivery: "server", errors: null };
}

function fromOutbox(e: OutboxEntry): MyCommitment {
  const { module, action, trigger, dueOn, measure } = e.fields;
  const delivery = e.state === "failed" ? "failed" : "waiting";
  return { id: e.id, module, action, trigger, dueOn, measure, status: "planned", created: e.createdAt, delivery, errors: e.errors };
}

/** Epoch ms of when a commitment was written; 0 when unreadable. */
function createdMs(created: string): number {
  return parsePbDate(created) ?? 0;
}

/** Server commitments plus the participant's entries the outbox has not delivered, newest first. */
export function withUnsent(records: readonly MyCommitment[], outbox: readonly OutboxEntry[], participantId: string): MyCommitment[] {
  const known = new Set(records.map((r) => r.id));
  const unsent = outbox.filter((e) => e.participant === participantId && e.state !== "sent" && !known.has(e.id));
  return [...records, ...unsent.map(fromOutbox)].sort((a, b) => createdMs(b.created) - createdMs(a.created));
}

/** The participant's commitments on the server, newest first. */
export async function fetchMyCommitments(participantId: string): Promise<MyCommitment[]> {
  const records = await pb.collection("commitments").getFullList({
    filter: pb.filter("participant = {:id}", { id: participantId }),
    sort: "-created",
    ...ALL_OF_THEM,
  });
  return records.map(fromRecord);
}

/** Sets a commitment's status; returns it as saved. */
export async function changeStatus(id: string, status: CommitmentStatus): Promise<MyCommitment> {
  return fromRecord(await pb.collection("commitments").update(id, { status }, ALL_OF_THEM));
}

/**
 * Records a check-in from the app. The server moves the commitment to the check-in's status
 * (pocketbase/pb_hooks/status-history.pb.js); returns the commitment as it is now.
 */
export async function addCheckin(commitment: MyCommitment, input: CheckinInput): Promise<MyCommitment> {
  await pb.collection("checkins").create(
    { commitment: commitment.id, status: input.status, note: input.note, shareable: input.shareable, source: "app" },
    ALL_OF_THEM,
  );
  return { ...commitment, status: input.status };
}

/** A commitment's check-ins, newest first. */
export function fetchCheckins(commitmentId: string): Promise<CheckinsRecord[]> {
  return pb.collection("checkins").getFullList({
    filter: pb.filter("commitment = {:id}", { id: commitmentId }),
    sort: "-created",
    ...ALL_OF_THEM,
  });
}

/** Deletes a commitment (its check-ins go with it); one that is already gone counts as deleted. */
export async function deleteCommitment(id: string): Promise<void> {
  try {
    await pb.collection("commitments").delete(id, ALL_OF_THEM);
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
  }
}
