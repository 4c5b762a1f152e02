// Whether this page load deleted the participant's participation, apart from the deletion itself
// (my-data.ts) so the signed-out page reads it without loading the PocketBase client.
import { atom } from "nanostores";

/**
 * `deleting` from the confirmation until the server answers, `deleted` after; the page shows the
 * farewell instead of "not signed in" once the session is gone. Only this page load remembers it.
 */
export const $participationDeletion = atom<"idle" | "deleting" | "deleted">("idle");
