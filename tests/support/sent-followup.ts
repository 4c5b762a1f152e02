// A follow-up round as the follow-up job leaves one it sent: its answer token's hash stored, the token
// returned, so a test can open its answer link (tests/integration/followups.test.ts sends them for real).
import { createHash, randomBytes } from "node:crypto";
import type PocketBase from "pocketbase";

/** Makes, as the superuser `admin`, the sent follow-up of `round` days; returns its answer token. */
export async function sentFollowUp(
  admin: PocketBase,
  f: { participant: string; cohort: string; round: number; shownCommitments: string[] },
): Promise<string> {
  const token = randomBytes(64)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 43);
  await admin.collection("followups").create({
    ...f,
    kind: "round",
    dueAt: "2026-09-16 01:00:00Z",
    state: "sent",
    sentAt: "2026-09-16 01:00:00Z",
    attempts: 1,
    tokenHash: createHash("sha256").update(token).digest("hex"),
    tokenExpiresAt: "2099-01-01 00:00:00Z",
  });
  return token;
}
