// A participant downloads everything stored about them, and nothing about anyone else.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, superuserClient, unique } from "../support/api";

const exportUrl = () => `${inject("pocketbase").url}/api/jiannuo/me/export`;

describe("my data export", () => {
  it("holds the participant, their consents, commitments, check-ins and exercise results", async () => {
    const trainer = await newTrainer(await superuserClient());
    const cohort = await newCohort(trainer.pb, { name: "导出测试班" });
    const email = `${unique("me")}@example.com`;
    const me = await joinAs(cohort.joinCode, "林晓", { email, followUpConsent: true });
    const peer = await joinAs(cohort.joinCode, "Peer");
    const base = { module: "eoac", kind: "personal", confidence: 8, visibility: "cohort", status: "planned" };
    const k = await me.pb
      .collection("commitments")
      .create({ participant: me.record.id, cohort: cohort.id, action: "我的承诺", ...base });
    await peer.pb
      .collection("commitments")
      .create({ participant: peer.record.id, cohort: cohort.id, action: "别人的承诺", ...base });
    await me.pb
      .collection("checkins")
      .create({ commitment: k.id, status: "in_progress", note: "开始了", source: "app" });
    await me.pb.collection("exercise_results").create({
      participant: me.record.id,
      cohort: cohort.id,
      exercise: "mindset-sort",
      module: "service-mindset",
      summary: { correct: 9, total: 10 },
    });
    await me.pb
      .collection("reach_channels")
      .create({ participant: me.record.id, channel: "sms", mobile: "13800138000", consent: true });
    await peer.pb
      .collection("reach_channels")
      .create({ participant: peer.record.id, channel: "sms", mobile: "13900139001", consent: true });

    const res = await fetch(exportUrl(), { headers: { Authorization: me.pb.authStore.token } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`jiannuo-my-data-${me.record.id}.json`);
    const data = await res.json();
    expect(data.participant).toMatchObject({ id: me.record.id, name: "林晓", email, followUpConsent: true });
    expect(data.participant.followUpConsentAt).not.toBe("");
    expect(data.participant.joinKeyHash).toBeUndefined();
    expect(data.participant.tokenKey).toBeUndefined();
    // The email they gave, and nothing of its address's record (whoever joined may not be its owner).
    expect(data.participant.address).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/confirmMailAt|confirmRequestedAt|unsubscribedAt/);
    expect(data.cohort).toMatchObject({ name: "导出测试班" });
    expect(data.commitments.map((c: { action: string }) => c.action)).toEqual(["我的承诺"]);
    expect(data.checkins.map((c: { note: string }) => c.note)).toEqual(["开始了"]);
    expect(data.exerciseResults[0]).toMatchObject({ exercise: "mindset-sort", summary: { correct: 9, total: 10 } });
    expect(JSON.stringify(data)).not.toContain("别人的承诺");
    expect(data.channels).toMatchObject([{ channel: "sms", mobile: "13800138000", consent: true }]);
    expect(data.channels[0].consentAt).not.toBe("");
    expect(JSON.stringify(data)).not.toContain("13900139001");
  });

  it("needs a participant session", async () => {
    expect((await fetch(exportUrl())).status).toBe(401);
    const trainer = await newTrainer(await superuserClient());
    expect((await fetch(exportUrl(), { headers: { Authorization: trainer.pb.authStore.token } })).status).toBe(403);
  });
});
