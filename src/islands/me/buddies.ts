// The participant's buddy and progress-board routes (pb_hooks/lib/buddies.js, progress-board.js). The
// server checks pairing and consent on every call; a tap carries a client-made id, so a retry saves once.
import { pb } from "../../lib/pocketbase";
import type { CommitmentsRecord } from "../../lib/pocketbase-types";

/** A partner's commitment as a buddy sees it: its words, status and last check-in date; no notes. */
export interface SharedCommitment {
  id: string;
  module: string;
  action: string;
  status: CommitmentsRecord["status"];
  lastCheckinAt: string;
}

export interface MyBuddies {
  paired: boolean;
  consented: boolean;
  members: Array<{ name: string; consented: boolean }>;
  partners: Array<{ id: string; name: string; commitments: SharedCommitment[] }>;
  received: Array<{ id: string; name: string; words: string; created: string }>;
  /** Where the trainer lets participants choose (only while in no pair): who else is looking, whom I chose. */
  choice?: BuddyChoice;
}

export interface BuddyChoice {
  on: boolean;
  looking: boolean;
  wish: string;
  people: Array<{ id: string; name: string }>;
}

export interface MyBoard {
  on: boolean;
  optedIn: boolean;
  people: Array<{ name: string; lastCheckinAt: string; statuses: Array<{ status: string; count: number }> }>;
}

const ROUTE = "/api/jiannuo/me/buddies";
const BOARD_ROUTE = "/api/jiannuo/me/board";
const post = <T>(path: string, body: Record<string, unknown>) =>
  pb.send<T>(path, { method: "POST", body, requestKey: null });

/** A record id of the kind the server accepts from a client: 15 of a-z and 0-9. */
export function tapId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(crypto.getRandomValues(new Uint8Array(15)), (b) => alphabet[b % 36]).join("");
}

/** Checks an answer's shape: a server from before buddies (or anything else answering) shows no section. */
function expectList<T>(answer: T, key: keyof T): T {
  if (!answer || !Array.isArray(answer[key])) throw new Error("unexpected answer");
  return answer;
}

export const loadBuddies = async () => expectList(await pb.send<MyBuddies>(ROUTE, { requestKey: null }), "members");
export const setBuddyConsent = (agree: boolean) => post<MyBuddies>(`${ROUTE}/consent`, { agree });
export const encourage = (id: string, to: string, words: string) =>
  post<{ saved: boolean }>(`${ROUTE}/encourage`, { id, to, words });
export const observe = (id: string, commitment: string) =>
  post<{ saved: boolean }>(`${ROUTE}/observe`, { id, commitment });
export const chooseBuddy = (looking: boolean, wish = "") => post<BuddyChoice>(`${ROUTE}/choose`, { looking, wish });
export const loadBoard = async () => expectList(await pb.send<MyBoard>(BOARD_ROUTE, { requestKey: null }), "people");
export const setBoardOptIn = (optIn: boolean) => post<MyBoard>(BOARD_ROUTE, { optIn });
