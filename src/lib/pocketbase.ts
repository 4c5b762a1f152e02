// The one PocketBase client of the browser. Site and API share an origin (PocketBase serves dist/;
// in dev Astro proxies /api), so the base URL is simply the page's origin.
import PocketBase, { BaseAuthStore, LocalAuthStore, type AuthRecord, type RecordService } from "pocketbase";
import { $session, sessionEmail } from "../stores/session-state";
import type { CollectionName, CollectionRecords, ParticipantsRecord } from "./pocketbase-types";

/** Auth state read from and written to `$session`, so a reload (or another tab) keeps the participant signed in. */
export class SessionAuthStore extends BaseAuthStore {
  constructor() {
    super();
    // SDK listeners (e.g. realtime) must hear about joins and sign-outs made through the store, too.
    $session.listen(() => this.triggerChange());
  }

  override get token(): string {
    return $session.get()?.token ?? "";
  }

  override get record(): AuthRecord {
    return $session.get()?.participant ?? null;
  }

  override get model(): AuthRecord {
    return this.record;
  }

  /** Refreshes token and record of the current session; without a session there is nothing to keep. */
  override save(token: string, record?: AuthRecord): void {
    const current = $session.get();
    if (!token || !current) {
      $session.set(null);
      return;
    }
    // Only participant sessions live here; the join action writes cohort and joinKey. The email stays
    // with the session: the server's participant record does not carry it (src/stores/session-state.ts).
    const participant = (record as ParticipantsRecord | null | undefined) ?? current.participant;
    $session.set({ ...current, token, participant, email: sessionEmail(current) });
  }

  /** Signs the participant out on this device. */
  override clear(): void {
    $session.set(null);
  }
}

/** A PocketBase client whose `collection(name)` knows the record type of each of our collections. */
export interface TypedPocketBase extends Omit<PocketBase, "collection"> {
  collection<N extends CollectionName>(name: N): RecordService<CollectionRecords[N]>;
}

/** The page's origin in the browser; during the static build nothing is sent, so any valid URL will do. */
export function apiBaseUrl(): string {
  return typeof window === "undefined" ? "http://127.0.0.1:8090" : window.location.origin;
}

/** The participant's client; every participant request of the site goes through it. */
export const pb: TypedPocketBase = new PocketBase(apiBaseUrl(), new SessionAuthStore());

/**
 * The trainer's client, for the trainer pages: a trainer's sign-in is kept apart from a participant
 * session, so a trainer testing the join flow on their own tablet never mixes the two.
 */
export const trainerPb: TypedPocketBase = new PocketBase(apiBaseUrl(), new LocalAuthStore("jiannuo:trainer-auth"));
