// The cohort report: names only with consent; quotes only where the participant allowed it.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";

describe("the cohort report", () => {
  it("names participants only with their consent and quotes only shareable notes", async () => {
    const admin = await superuserClient();
    const trainer = (await newTrainer(admin)).pb;
    const other = (await newTrainer(admin)).pb;
    const cohort = await newCohort(trainer);
    const named = await joinAs(cohort.joinCode, "愿意署名", { namedInReport: true });
    const unnamed = await joinAs(cohort.joinCode, "不愿署名");
    const base = { cohort: cohort.id, kind: "personal", confidence: 8, visibility: "private", status: "planned" };
    const k1 = await named.pb
      .collection("commitments")
      .create({ participant: named.record.id, module: "eoac", action: "A1", ...base });
    const k2 = await unnamed.pb
      .collection("commitments")
      .create({ participant: unnamed.record.id, module: "belonging", action: "B1", ...base });
    await named.pb
      .collection("checkins")
      .create({ commitment: k1.id, status: "done", note: "可以引用", shareable: true, source: "app" });
    await unnamed.pb
      .collection("checkins")
      .create({ commitment: k2.id, status: "in_progress", note: "匿名引用", shareable: true, source: "app" });
    await unnamed.pb
      .collection("checkins")
      .create({ commitment: k2.id, status: "in_progress", note: "不要引用", shareable: false, source: "app" });

    const get = (pb: typeof trainer) =>
      fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohort.id}/report`, {
        headers: { Authorization: pb.authStore.token },
      });
    const res = await get(trainer);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(
      report.commitmentList.map((k: { action: string; participant: string }) => [k.action, k.participant]),
    ).toEqual([
      ["B1", ""],
      ["A1", "愿意署名"],
    ]);
    expect(report.quotes.map((q: { note: string; participant: string }) => [q.note, q.participant])).toEqual([
      ["可以引用", "愿意署名"],
      ["匿名引用", ""],
    ]);
    expect(JSON.stringify(report)).not.toContain("不愿署名");
    expect(JSON.stringify(report)).not.toContain("不要引用");
    expect(report.commitments.total).toBe(2);
    expect((await get(other)).status).toBe(404);
  });
});
