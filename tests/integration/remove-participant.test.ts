// Removing a participant from the dashboard (a test account, someone who joined twice): the cohort's own
// trainer deletes the participant record, and the server deletes everything of theirs with it (cascades
// in the schema); nothing of anyone else's goes, and no one else can do it.
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";

let admin: PocketBase;
let trainer: PocketBase;
let otherTrainer: PocketBase;
let cohortId: string;

async function participantWithData(code: string, name: string) {
  const me = await joinAs(code, name);
  const commitment = await me.pb.collection("commitments").create({
    participant: me.record.id,
    cohort: cohortId,
    module: "eoac",
    kind: "personal",
    confidence: 8,
    visibility: "cohort",
    status: "planned",
    action: `${name}的承诺`,
  });
  const checkin = await me.pb
    .collection("checkins")
    .create({ commitment: commitment.id, status: "in_progress", note: "进展", source: "app" });
  const result = await me.pb.collection("exercise_results").create({
    participant: me.record.id,
    cohort: cohortId,
    exercise: "mindset-sort",
    module: "service-mindset",
    summary: { ok: 1 },
  });
  const followup = await admin.collection("followups").create({
    participant: me.record.id,
    cohort: cohortId,
    kind: "round",
    round: 7,
    dueAt: "2026-12-02 01:00:00.000Z",
    state: "queued",
  });
  const link = await fetch(
    `${inject("pocketbase").url}/api/jiannuo/cohorts/${cohortId}/participants/${me.record.id}/rejoin`,
    {
      method: "POST",
      headers: { Authorization: trainer.authStore.token },
    },
  );
  expect(link.status).toBe(200);
  return { ...me, ids: { commitment: commitment.id, checkin: checkin.id, result: result.id, followup: followup.id } };
}

/** How many records of each kind are left for `participant`. */
async function leftOf(participantId: string) {
  const count = async (collection: string, filter: string) =>
    (await admin.collection(collection).getList(1, 1, { filter: admin.filter(filter, { p: participantId }) }))
      .totalItems;
  return {
    participants: await count("participants", "id = {:p}"),
    commitments: await count("commitments", "participant = {:p}"),
    checkins: await count("checkins", "commitment.participant = {:p}"),
    exercise_results: await count("exercise_results", "participant = {:p}"),
    followups: await count("followups", "participant = {:p}"),
    rejoin_links: await count("rejoin_links", "participant = {:p}"),
  };
}

const NONE = { participants: 0, commitments: 0, checkins: 0, exercise_results: 0, followups: 0, rejoin_links: 0 };
const ONE_EACH = { participants: 1, commitments: 1, checkins: 1, exercise_results: 1, followups: 1, rejoin_links: 1 };

beforeAll(async () => {
  admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  otherTrainer = (await newTrainer(admin)).pb;
  cohortId = (await newCohort(trainer)).id;
});

describe("removing a participant", () => {
  it("deletes them with their commitments, check-ins, exercise results, follow-ups and re-join links; others keep theirs", async () => {
    const code = (await admin.collection("cohorts").getOne(cohortId)).joinCode;
    const leaving = await participantWithData(code, "测试账号");
    const staying = await participantWithData(code, "王小雨");
    expect(await leftOf(leaving.record.id)).toEqual(ONE_EACH);

    expect(await statusOf(trainer.collection("participants").delete(leaving.record.id))).toBe(200);
    expect(await leftOf(leaving.record.id)).toEqual(NONE);
    expect(await leftOf(staying.record.id)).toEqual(ONE_EACH);
    // Their session reads nothing now.
    expect((await leaving.pb.collection("commitments").getList()).items).toEqual([]);
    expect([401, 403, 404]).toContain(await statusOf(leaving.pb.collection("participants").getOne(leaving.record.id)));
  });

  it("forgets their email address when no other participation uses it, and keeps it for one that does", async () => {
    const code = (await admin.collection("cohorts").getOne(cohortId)).joinCode;
    const otherCode = (await admin.collection("cohorts").getOne((await newCohort(otherTrainer)).id)).joinCode;
    const addressCount = async (email: string) =>
      (await admin.collection("addresses").getList(1, 1, { filter: admin.filter("email = {:e}", { e: email }) }))
        .totalItems;
    const alone = await joinAs(code, "只来一次", { email: "once@example.com" });
    const twice = await joinAs(code, "来两次", { email: "twice@example.com" });
    await joinAs(otherCode, "来两次", { email: "twice@example.com" });
    expect(await addressCount("once@example.com")).toBe(1);

    expect(await statusOf(trainer.collection("participants").delete(alone.record.id))).toBe(200);
    expect(await statusOf(trainer.collection("participants").delete(twice.record.id))).toBe(200);
    expect(await addressCount("once@example.com")).toBe(0);
    expect(await addressCount("twice@example.com")).toBe(1);
  });

  it("is refused to another trainer and to a fellow participant, and changes nothing", async () => {
    const code = (await admin.collection("cohorts").getOne(cohortId)).joinCode;
    const target = await participantWithData(code, "李强");
    const peer = await joinAs(code, "同班同学");
    expect(await statusOf(otherTrainer.collection("participants").delete(target.record.id))).toBe(404);
    expect(await statusOf(peer.pb.collection("participants").delete(target.record.id))).toBe(404);
    expect(await leftOf(target.record.id)).toEqual(ONE_EACH);
  });
});
