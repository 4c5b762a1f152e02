// Realtime events obey the access rules: the trainer sees every commitment of their cohort as it
// arrives, a peer only those shared with the cohort, and nobody else anything.
import "../support/realtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";

let trainer: PocketBase;
let otherTrainer: PocketBase;
let author: Awaited<ReturnType<typeof joinAs>>;
let peer: Awaited<ReturnType<typeof joinAs>>;
let stranger: Awaited<ReturnType<typeof joinAs>>;
let cohortId: string;
const seen: Record<string, string[]> = { trainer: [], otherTrainer: [], peer: [], stranger: [] };
const unsubscribe: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  otherTrainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  cohortId = cohort.id;
  author = await joinAs(cohort.joinCode, "Author");
  peer = await joinAs(cohort.joinCode, "Peer");
  stranger = await joinAs((await newCohort(otherTrainer)).joinCode, "Stranger");
  for (const [name, pb] of [
    ["trainer", trainer],
    ["otherTrainer", otherTrainer],
    ["peer", peer.pb],
    ["stranger", stranger.pb],
  ] as const) {
    unsubscribe.push(
      await pb.collection("commitments").subscribe("*", (e: { action: string; record: RecordModel }) => {
        seen[name]!.push(`${e.action}:${e.record["action"]}`);
      }),
    );
  }
});

afterAll(async () => {
  for (const stop of unsubscribe) await stop();
});

const submit = (action: string, visibility: "cohort" | "private") =>
  author.pb.collection("commitments").create({
    participant: author.record.id,
    cohort: cohortId,
    module: "eoac",
    kind: "personal",
    action,
    confidence: 8,
    visibility,
    status: "planned",
  });

describe("realtime commitments", () => {
  it("reach the trainer and peers by their visibility, and nobody outside the cohort", async () => {
    await submit("给全班看的承诺", "cohort");
    await submit("只给培训师看的承诺", "private");
    await expect
      .poll(() => seen.trainer, { timeout: 5000 })
      .toEqual(["create:给全班看的承诺", "create:只给培训师看的承诺"]);
    await expect.poll(() => seen.peer, { timeout: 5000 }).toEqual(["create:给全班看的承诺"]);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.peer).toEqual(["create:给全班看的承诺"]);
    expect(seen.otherTrainer).toEqual([]);
    expect(seen.stranger).toEqual([]);
  });
});
