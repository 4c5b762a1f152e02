// Which commitments the trainer hid or showed again on this page, so every toggle of one commitment (in
// the coach's view and in a participant's details) shows the same state without reloading either list.
import { map } from "nanostores";
import { setCommitmentHidden } from "./dashboard-api";

/** Commitment id → hidden, for the changes made on this page. */
export const $hiddenChanges = map<Record<string, boolean>>({});

/** Hides or shows a commitment; the page shows the new state at once and goes back if the server refuses. */
export async function changeHidden(commitmentId: string, hidden: boolean, before: boolean): Promise<boolean> {
  $hiddenChanges.setKey(commitmentId, hidden);
  try {
    await setCommitmentHidden(commitmentId, hidden);
    return true;
  } catch {
    $hiddenChanges.setKey(commitmentId, before);
    return false;
  }
}
