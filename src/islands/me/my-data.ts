// The participant's rights over their data: change either consent at any time, take a copy of
// everything, or delete it all. The server stamps consent times and cascades the delete.
import type { IslandKey } from "../../i18n/islands";
import { pb } from "../../lib/pocketbase";
import { requestErrorKey } from "../../lib/request-errors";
import { $outbox } from "../../stores/outbox";
import { leaveSession } from "../../stores/session";
import { $participationDeletion } from "./participation-deletion";
import { saveBlob } from "./save-file";

/** The message for a failed request: signed out (401/403), gone (404), or what request-errors says. */
export function failureKey(error: unknown): IslandKey<"me"> {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return "me.errors.signedOut";
  if (status === 404) return "me.errors.notFound";
  return requestErrorKey(error);
}

/** The two consents a participant gives and withdraws themselves. */
export type ConsentField = "followUpConsent" | "namedInReport";

/** Route in pb_hooks/participant-routes.pb.js. */
export const EXPORT_ROUTE = "/api/jiannuo/me/export";

/** Name of the downloaded copy. */
export const EXPORT_FILE_NAME = "jiannuo-my-data.json";

/** Saves one consent, sending only that flag; the SDK puts the saved record into the session. */
export async function setConsent(
  participantId: string,
  field: ConsentField,
  given: boolean,
): Promise<IslandKey<"me"> | null> {
  try {
    await pb.collection("participants").update(participantId, { [field]: given }, { requestKey: null });
    return null;
  } catch (error) {
    return failureKey(error);
  }
}

/** Route in pb_hooks/participant-routes.pb.js: send the confirmation email again (answers alike, whatever happens). */
export const CONFIRMATION_ROUTE = "/api/jiannuo/me/confirmation";

/** Asks for the confirmation email of the participant's address again (at most one a day reaches it). */
export async function requestConfirmationEmail(): Promise<IslandKey<"me"> | null> {
  try {
    await pb.send(CONFIRMATION_ROUTE, { method: "POST", requestKey: null });
    return null;
  } catch (error) {
    return failureKey(error);
  }
}

/** Downloads everything the server holds about the participant as one JSON file. */
export async function downloadMyData(): Promise<IslandKey<"me"> | null> {
  try {
    const data = await pb.send<unknown>(EXPORT_ROUTE, { method: "GET", requestKey: null });
    saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), EXPORT_FILE_NAME);
    return null;
  } catch (error) {
    return failureKey(error);
  }
}

/**
 * Deletes the participant record (the server deletes their commitments, check-ins, exercise results
 * and pending follow-ups with it), then clears this device: the session, and the outbox entries that
 * hold their commitments' text.
 */
export async function deleteParticipation(participantId: string): Promise<IslandKey<"me"> | null> {
  $participationDeletion.set("deleting");
  try {
    await pb.collection("participants").delete(participantId, { requestKey: null });
  } catch (error) {
    $participationDeletion.set("idle");
    return failureKey(error);
  }
  $participationDeletion.set("deleted");
  $outbox.set($outbox.get().filter((entry) => entry.participant !== participantId));
  leaveSession();
  return null;
}
