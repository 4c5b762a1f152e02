// Submitting a commitment draft: the check, the outbox, clearing the draft, and marking the open
// commitment it replaces (if the participant chose one) dropped. Apart from commitment-draft.ts so
// pages that only keep or clear drafts (join, via forgetThisDevice) do not carry it.
import { atom } from "nanostores";
import type { OpenCommitment } from "../lib/commitments-api";
import { draftErrors, type DraftErrors } from "../lib/draft-errors";
import { clearDraft, draftOf } from "./commitment-draft";
import { submitCommitment } from "./outbox";

/** What submitting did: refused, with the reason per field, or put in the outbox. */
export type SubmitResult = { ok: false; errors: DraftErrors } | { ok: true };

/**
 * Sends a module's draft for the signed-in participant: checks it, puts it in the outbox, clears it,
 * and marks `replaced` (one of their open commitments the new one replaces) dropped.
 */
export function submitDraft(module: string, replaced?: OpenCommitment): SubmitResult {
  const draft = draftOf(module);
  const errors = draftErrors(draft);
  // Every field of the draft is one of the commitment's (the strength scale's answers too, as far as given:
  // the server scores only a complete scale, pb_hooks/lib/pure/commitment-strength.js).
  const { confidence, ...fields } = draft;
  // draftErrors refuses a missing confidence too; testing it here tells TypeScript it is a number below.
  if (Object.keys(errors).length > 0 || confidence === null) return { ok: false, errors };
  submitCommitment({ module, ...fields, confidence });
  clearDraft(module);
  if (replaced) void dropCommitment(replaced.id);
  return { ok: true };
}

/** Marking a replaced commitment dropped: under way, done, or failed (it then stays open; nothing is lost). */
export type DropProgress = "sending" | "done" | "failed";

/** Progress of each replaced commitment being marked dropped, by id, for this page load. */
export const $drops = atom<Readonly<Record<string, DropProgress>>>({});

/** Marks a commitment dropped (again, after a failure); its progress is in `$drops`. */
export async function dropCommitment(id: string): Promise<void> {
  const progress = (state: DropProgress) => $drops.set({ ...$drops.get(), [id]: state });
  progress("sending");
  try {
    // Imported late, with the PocketBase client (see the top of commitments-api.ts).
    const { setCommitmentStatus } = await import("../lib/commitments-api");
    await setCommitmentStatus(id, "dropped");
    progress("done");
  } catch {
    progress("failed");
  }
}
