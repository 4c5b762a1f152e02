// The persisted session on its own: src/lib/pocketbase.ts backs its auth store with this atom, and
// src/stores/session.ts (whose actions use the client) re-exports it; keeping it here avoids an import cycle.
import { persistentAtom } from "@nanostores/persistent";
import type { CohortsRecord, ParticipantsRecord } from "../lib/pocketbase-types";

/** The cohort a participant joined, as the join route returns it. */
export type JoinedCohort = Pick<CohortsRecord, "id" | "name" | "organization" | "locale">;

/** A participant signed in on this device. */
export interface Session {
  /** PocketBase auth token of the participant record. */
  token: string;
  participant: ParticipantsRecord;
  cohort: JoinedCohort;
  /** Secret chosen by this device at join time; lets the same device get its participant back. */
  joinKey: string;
  /**
   * The email this participant gave, as the server keeps it ("" for none). Participants no longer carry
   * their email on their own record (it is on their address, which only the server reads); sessions
   * saved before that have it on `participant.email` instead: read it with sessionEmail().
   */
  email?: string;
}

/** The email the session's participant gave, "" for none (see Session.email). */
export function sessionEmail(session: Session): string {
  return session.email ?? session.participant.email ?? "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Whether stored JSON still has the session shape (storage may hold an old or hand-edited value). */
export function isSession(value: unknown): value is Session {
  return (
    isObject(value) &&
    typeof value["token"] === "string" &&
    typeof value["joinKey"] === "string" &&
    isObject(value["participant"]) &&
    typeof value["participant"]["id"] === "string" &&
    isObject(value["cohort"]) &&
    typeof value["cohort"]["id"] === "string"
  );
}

function decodeSession(encoded: string): Session | null {
  try {
    const value: unknown = JSON.parse(encoded);
    return isSession(value) ? value : null;
  } catch {
    return null;
  }
}

/** The signed-in participant on this device, or null; kept in localStorage under `jiannuo:session`. */
export const $session = persistentAtom<Session | null>("jiannuo:session", null, {
  encode: (value) => (value === null ? undefined : JSON.stringify(value)),
  decode: decodeSession,
});
