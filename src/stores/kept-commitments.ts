// The participant's last list of commitments from the server, kept on the device, so "my commitments"
// still shows them (marked as the last copy) when the server cannot be reached: offline in a training
// room is when people look. One participant's list at a time; signing out drops it.
import { persistentAtom } from "@nanostores/persistent";
import type { CommitmentsRecord } from "../lib/pocketbase-types";

/** What the page shows of a commitment, as the server last sent it (a list kept before cadences: none). */
export type KeptCommitment = Pick<
  CommitmentsRecord,
  "id" | "module" | "action" | "trigger" | "dueOn" | "measure" | "status" | "created"
> &
  Partial<Pick<CommitmentsRecord, "cadence" | "weekends">>;

/** The kept list: whose it is, when the server sent it (ISO time), and the commitments. */
export interface KeptList {
  participant: string;
  savedAt: string;
  commitments: KeptCommitment[];
}

const TEXT_FIELDS = ["id", "module", "action", "trigger", "dueOn", "measure", "status", "created"] as const;

function isKeptCommitment(value: unknown): value is KeptCommitment {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return TEXT_FIELDS.every((field) => typeof record[field] === "string");
}

function decode(encoded: string): KeptList | null {
  try {
    const value = JSON.parse(encoded) as Partial<KeptList> | null;
    if (typeof value?.participant !== "string" || typeof value.savedAt !== "string") return null;
    if (!Array.isArray(value.commitments) || !value.commitments.every(isKeptCommitment)) return null;
    return { participant: value.participant, savedAt: value.savedAt, commitments: value.commitments };
  } catch {
    return null;
  }
}

/** `jiannuo:kept-commitments` in the device's storage. */
export const $keptCommitments = persistentAtom<KeptList | null>("jiannuo:kept-commitments", null, {
  encode: (value) => (value === null ? undefined : JSON.stringify(value)),
  decode,
});

/** Keeps the participant's list as the server just sent it (or as the page changed it since). */
export function keepCommitments(participant: string, commitments: readonly KeptCommitment[], now = new Date()): void {
  const fields = commitments.map(
    (c) =>
      Object.fromEntries(
        [...TEXT_FIELDS, "cadence" as const, "weekends" as const]
          .filter((f) => c[f] !== undefined)
          .map((f) => [f, c[f]]),
      ) as KeptCommitment,
  );
  $keptCommitments.set({ participant, savedAt: now.toISOString(), commitments: fields });
}

/** The kept list of this participant, or null (none, or someone else's). */
export function keptCommitmentsOf(participant: string): KeptList | null {
  const kept = $keptCommitments.get();
  return kept?.participant === participant ? kept : null;
}
