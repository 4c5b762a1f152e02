// Realtime events obey the access rules: the trainer sees every commitment of their cohort as it
// arrives, a peer only those shared with the cohort, and nobody else anything. That nothing more came is
// shown by a marker each subscriber may see, created last: one client's events arrive in order.
import "../support/realtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { joinAs, newCohort, trainerWithCohort } from "../support/api";

let trainer: PocketBase;
let otherTrainer: PocketBase;
let author: Awaited<ReturnType<typeof joinAs>>;
let peer: Awaited<ReturnType<typeof joinAs>>;
let stranger: Awaited<ReturnType<typeof joinAs>>;
let cohortId: string;
let otherCohortId: string;
const MARKER = "marker:";
const seen: Record<string, string[]> = { trainer: [], otherTrainer: [], peer: [], stranger: [] };
const markers: Record<string, string[]> = { trainer: [], otherTrainer: [], peer: [], stranger: [] };
const unsubscribe: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const cast = await trainerWithCohort();
  ({ trainer, otherTrainer } = cast);
  const { cohort } = cast;
  cohortId = cohort.id;
  author = await joinAs(cohort.joinCode, "Author");
  peer = await joinAs(cohort.joinCode, "Peer");
  const otherCohort = await newCohort(otherTrainer);
  otherCohortId = otherCohort.id;
  stranger = await joinAs(otherCohort.joinCode, "Stranger");
  for (const [name, pb] of [
    ["trainer", trainer],
    ["otherTrainer", otherTrainer],
    ["peer", peer.pb],
    ["stranger", stranger.pb],
  ] as const) {
    unsubscribe.push(
      await pb.collection("commitments").subscribe("*", (e: { action: string; record: RecordModel }) => {
        const action = String(e.record["action"]);
        (action.startsWith(MARKER) ? markers : seen)[name]!.push(`${e.action}:${action}`);
      }),
    );
  }
});

afterAll(async () => {
  for (const stop of unsubscribe) await stop();
});

const submitAs = (who: typeof author, cohort: string, action: string, visibility: "cohort" | "private") =>
  who.pb.collection("commitments").create({
    participant: who.record.id,
    cohort,
    module: "eoac",
    kind: "personal",
    action,
    confidence: 8,
    visibility,
    status: "planned",
  });
const submit = (action: string, visibility: "cohort" | "private") => submitAs(author, cohortId, action, visibility);

describe("realtime commitments", () => {
  it("reach the trainer and peers by their visibility, and nobody outside the cohort", async () => {
    await submit("给全班看的承诺", "cohort");
    await submit("只给培训师看的承诺", "private");
    await expect
      .poll(() => seen.trainer, { timeout: 5000 })
      .toEqual(["create:给全班看的承诺", "create:只给培训师看的承诺"]);
    await expect.poll(() => seen.peer, { timeout: 5000 }).toEqual(["create:给全班看的承诺"]);
    // Markers, shared in each cohort after the two above: the trainer and the peer see the first, the
    // other trainer and the stranger the second. Once each has its marker, nothing sent before can still come.
    await submit(`${MARKER}cohort`, "cohort");
    await submitAs(stranger, otherCohortId, `${MARKER}other cohort`, "cohort");
    await expect
      .poll(() => markers, { timeout: 5000 })
      .toEqual({
        trainer: [`create:${MARKER}cohort`],
        peer: [`create:${MARKER}cohort`],
        otherTrainer: [`create:${MARKER}other cohort`],
        stranger: [`create:${MARKER}other cohort`],
      });
    expect(seen.trainer).toEqual(["create:给全班看的承诺", "create:只给培训师看的承诺"]);
    expect(seen.peer).toEqual(["create:给全班看的承诺"]);
    expect(seen.otherTrainer).toEqual([]);
    expect(seen.stranger).toEqual([]);
  });
});
