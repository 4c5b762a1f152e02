// The trainer's buddy routes (pb_hooks/lib/buddies.js): the pairs, pairing at random, moving one person;
// and the cohort's progress-board switch (cohorts.boardOn, through the record API).
import { trainerPb } from "../../../../lib/pocketbase";
import { cohortRoute, READ } from "../../shared/cohort-api";

export interface BuddyMember {
  participant: string;
  name: string;
  consented: boolean;
}

/** The cohort's pairs, who is in none, and whether the board is on, as the server returns them. */
export interface CohortBuddies {
  pairs: Array<{ id: string; members: BuddyMember[] }>;
  unpaired: Array<{ participant: string; name: string }>;
  boardOn: boolean;
  /** Participants may choose their own buddy (mutual choice). */
  buddyChoice: boolean;
}

export function loadBuddies(cohortId: string): Promise<CohortBuddies> {
  return trainerPb.send<CohortBuddies>(cohortRoute(cohortId, "buddies"), READ);
}

export function pairAtRandom(cohortId: string): Promise<CohortBuddies> {
  return trainerPb.send<CohortBuddies>(cohortRoute(cohortId, "buddies/random"), { method: "POST", requestKey: null });
}

/** `pair`: a pair's id, "new" for a new pair, "" for none. */
export function moveBuddy(cohortId: string, participant: string, pair: string): Promise<CohortBuddies> {
  return trainerPb.send<CohortBuddies>(cohortRoute(cohortId, "buddies/move"), {
    method: "POST",
    body: { participant, pair },
    requestKey: null,
  });
}

/** One of the cohort's two switches: the progress board, or participants choosing their buddy. */
export async function setCohortSwitch(cohortId: string, name: "boardOn" | "buddyChoice", on: boolean): Promise<void> {
  await trainerPb.collection("cohorts").update(cohortId, { [name]: on }, { requestKey: null });
}
