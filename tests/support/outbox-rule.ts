// The outbox's delivery rule (src/stores/outbox.ts) for tests that play many tablets without a browser:
// an id chosen on the device, sent again until the server has it, "this id already exists" read back
// and counted as delivered.
import type PocketBase from "pocketbase";
import { ClientResponseError } from "pocketbase";
import type { CommitmentFields } from "../../src/stores/outbox";

/** A complete commitment as a tablet writes it in these tests, with its own action. */
export const tabletCommitment = (action: string): CommitmentFields => ({
  module: "eoac",
  kind: "personal",
  action,
  trigger: "当客户投诉时",
  dueOn: "2026-12-24",
  measure: "每周记录一次",
  support: "组长",
  confidence: 7,
  visibility: "cohort",
});

/**
 * Sends one commitment: "created" when this call stored it, "existed" when an earlier send had (it is
 * read back to be sure), null when the server was not reached (it stays in the outbox). Rejects when
 * the read-back fails.
 */
export async function deliverAsOutbox(
  client: PocketBase,
  body: Record<string, unknown> & { id: string },
): Promise<"created" | "existed" | null> {
  try {
    await client.collection("commitments").create(body);
    return "created";
  } catch (err) {
    const duplicate =
      err instanceof ClientResponseError &&
      err.status === 400 &&
      err.response?.data?.id?.code === "validation_not_unique";
    if (!duplicate) return null;
    await client.collection("commitments").getOne(body.id);
    return "existed";
  }
}
