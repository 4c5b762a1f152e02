// The trainer's session and cohort records, through the trainer's own client (never the participant's `pb`):
// the workspace and the join view use them; the cohort figures are in ./cohort-api.ts.
import { useSyncExternalStore } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import type { CohortsRecord } from "../../../lib/pocketbase-types";

/** What the cohort form sends; the server adds the join code and checks the rules. */
export interface CohortInput {
  name: string;
  organization: string;
  startsOn: string;
  endsOn: string;
  locale: CohortsRecord["locale"];
  followUpDays: number[];
  showNamesOnWall: boolean;
  /** Places for the join code (1-300); left out, the server gives a workshop room's. */
  capacity?: number;
}

/** Signs the trainer in; the client keeps the session in localStorage (`jiannuo:trainer-auth`). */
export async function signIn(email: string, password: string): Promise<void> {
  await trainerPb.collection("trainers").authWithPassword(email, password);
}

/** Signs the trainer out on this device. */
export function signOut(): void {
  trainerPb.authStore.clear();
}

/** The signed-in trainer's name, or their email when the account has no name. */
export function trainerName(): string {
  const record = trainerPb.authStore.record;
  return String(record?.["name"] || record?.["email"] || "");
}

const subscribeAuth = (onChange: () => void) => trainerPb.authStore.onChange(onChange);
const signedInId = () => (trainerPb.authStore.isValid ? (trainerPb.authStore.record?.id ?? "") : "");

/** The signed-in trainer's id, "" when signed out, null in the build and during hydration. */
export function useTrainerId(): string | null {
  return useSyncExternalStore(subscribeAuth, signedInId, () => null);
}

/** The trainer's cohorts, latest first (the server lists only their own). */
export function listCohorts(): Promise<CohortsRecord[]> {
  // requestKey null: a reload must not cancel (or be cancelled by) another list request.
  return trainerPb.collection("cohorts").getFullList({ sort: "-startsOn", requestKey: null });
}

/** One of the trainer's cohorts. */
export function getCohort(id: string): Promise<CohortsRecord> {
  return trainerPb.collection("cohorts").getOne(id);
}

/** Creates a cohort owned by the signed-in trainer; never sends a join code (the server makes one). */
export function createCohort(input: CohortInput): Promise<CohortsRecord> {
  return trainerPb.collection("cohorts").create({ ...input, trainer: trainerPb.authStore.record?.id ?? "" });
}

/** Changes a cohort's fields (not its trainer or join code), or archives / restores it. */
export function updateCohort(
  id: string,
  changes: Partial<CohortInput> | { archived: boolean },
): Promise<CohortsRecord> {
  return trainerPb.collection("cohorts").update(id, changes);
}

/** Replaces the join code; the old one stops working, participants who joined stay in. */
export async function renewJoinCode(id: string): Promise<string> {
  const answer = await trainerPb.send<{ joinCode: string }>(
    `/api/jiannuo/cohorts/${encodeURIComponent(id)}/join-code`,
    { method: "POST" },
  );
  return answer.joinCode;
}
