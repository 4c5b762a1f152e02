// The outbox's delivery rule (src/stores/outbox.ts) for tests that play many tablets without a browser:
// an id chosen on the device, sent again until the server has it, "this id already exists" read back
// and counted as delivered.
import type PocketBase from "pocketbase";
import { ClientResponseError } from "pocketbase";

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
