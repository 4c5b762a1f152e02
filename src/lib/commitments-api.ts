// Every request the participant's pages make about commitments and their check-ins, in one place. The
// outbox (src/stores/outbox.ts) is the only caller that creates one. Module pages import this module
// (and with it the PocketBase client) only when there is something to send or list: they have a
// JavaScript budget (scripts/bench/js-budgets.mjs), and most of their readers never submit.
import { pb } from "./pocketbase";
import type { CheckinsRecord, CommitmentsRecord } from "./pocketbase-types";

// The outbox reads refusals with it, loaded with this module rather than with every module page.
export { apiErrorKeys } from "./api-errors";

/** A commitment's status, as the server knows it. */
export type CommitmentStatus = CommitmentsRecord["status"];

/** What the outbox sends: the participant's fields plus who, where, and the id chosen on the device. */
export type NewCommitment = Pick<
  CommitmentsRecord,
  | "id"
  | "participant"
  | "cohort"
  | "module"
  | "kind"
  | "action"
  | "trigger"
  | "dueOn"
  | "measure"
  | "support"
  | "confidence"
  | "visibility"
> &
  Partial<Pick<CommitmentsRecord, "cadence" | "weekends">>;

/** An open commitment of the participant, as the over-commitment prompt lists it. */
export type OpenCommitment = Pick<CommitmentsRecord, "id" | "module" | "action">;

/** What a check-in says. */
export interface CheckinInput {
  status: CommitmentStatus;
  note: string;
  shareable: boolean;
}

// Several requests go out at once (cards, the outbox); the SDK would otherwise cancel all but the last to one path.
const ALL_OF_THEM = { requestKey: null } as const;

function isDuplicateId(error: unknown): boolean {
  const { status, response } = error as { status?: unknown; response?: { data?: { id?: { code?: string } } } };
  return status === 400 && response?.data?.id?.code === "validation_not_unique";
}

/**
 * Creates a commitment, planned, under the id chosen on the device. Resolves false, not an error, when a
 * record with that id exists already: it was sent before (the answer was lost, or another tab sent it).
 */
export async function createCommitment(commitment: NewCommitment): Promise<boolean> {
  try {
    await pb.collection("commitments").create({ ...commitment, status: "planned" }, ALL_OF_THEM);
    return true;
  } catch (error) {
    if (isDuplicateId(error)) return false;
    throw error;
  }
}

/** Reads a commitment back, to be sure the server has it; rejects when it cannot be read. */
export async function confirmCommitment(id: string): Promise<void> {
  await pb.collection("commitments").getOne(id, ALL_OF_THEM);
}

/** The participant's commitments still planned or in progress, oldest first. */
export async function listOpenCommitments(participant: string): Promise<OpenCommitment[]> {
  return pb.collection("commitments").getFullList<OpenCommitment>({
    filter: pb.filter("participant = {:p} && (status = 'planned' || status = 'in_progress')", { p: participant }),
    sort: "created",
    fields: "id,module,action",
    ...ALL_OF_THEM,
  });
}

/** All of the participant's commitments, newest first. */
export async function listMyCommitments(participant: string): Promise<CommitmentsRecord[]> {
  return pb.collection("commitments").getFullList({
    filter: pb.filter("participant = {:id}", { id: participant }),
    sort: "-created",
    ...ALL_OF_THEM,
  });
}

/** Sets a commitment's status (`dropped` when a new one replaces it); returns the record as saved. */
export async function setCommitmentStatus(id: string, status: CommitmentStatus): Promise<CommitmentsRecord> {
  return pb.collection("commitments").update(id, { status }, ALL_OF_THEM);
}

/** Sets how often a commitment's follow-ups ask about it; returns the record as saved. */
export async function setCommitmentCadence(
  id: string,
  choice: Pick<CommitmentsRecord, "cadence" | "weekends">,
): Promise<CommitmentsRecord> {
  return pb.collection("commitments").update(id, choice, ALL_OF_THEM);
}

/** Deletes a commitment (its check-ins go with it); one that is already gone counts as deleted. */
export async function deleteCommitment(id: string): Promise<void> {
  try {
    await pb.collection("commitments").delete(id, ALL_OF_THEM);
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
  }
}

/** Records a check-in from the app; a record hook on the server moves the commitment to the check-in's status. */
export async function createCheckin(commitment: string, input: CheckinInput): Promise<void> {
  const { status, note, shareable } = input;
  await pb.collection("checkins").create({ commitment, status, note, shareable, source: "app" }, ALL_OF_THEM);
}

/** A commitment's check-ins, newest first. */
export async function listCheckins(commitment: string): Promise<CheckinsRecord[]> {
  return pb.collection("checkins").getFullList({
    filter: pb.filter("commitment = {:id}", { id: commitment }),
    sort: "-created",
    ...ALL_OF_THEM,
  });
}
