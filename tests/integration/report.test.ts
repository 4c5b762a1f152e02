// The cohort report for the client company: names only with consent; quotes only where the participant
// allowed it; commitments kept for the trainer ("only my trainer") only as counts; what the trainer hid
// from the wall and the report left out altogether; signed with the trainer's name.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";

const reportOf = (pb: PocketBase, cohortId: string) =>
  fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohortId}/report`, {
    headers: { Authorization: pb.authStore.token },
  });

describe("the cohort report", () => {
  it("names participants only with their consent and quotes only shareable notes", async () => {
    const admin = await superuserClient();
    const trainer = (await newTrainer(admin)).pb;
    const other = (await newTrainer(admin)).pb;
    const cohort = await newCohort(trainer);
    const named = await joinAs(cohort.joinCode, "愿意署名", { namedInReport: true });
    const unnamed = await joinAs(cohort.joinCode, "不愿署名");
    const base = { cohort: cohort.id, kind: "personal", confidence: 8, visibility: "cohort", status: "planned" };
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

    const res = await reportOf(trainer, cohort.id);
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
    expect((await reportOf(other, cohort.id)).status).toBe(404);
  });

  it("shows a private commitment only as a count per module and status, and leaves a hidden one out", async () => {
    const admin = await superuserClient();
    const trainer = (await newTrainer(admin)).pb;
    const cohort = await newCohort(trainer);
    const named = await joinAs(cohort.joinCode, "署名的人", { namedInReport: true });
    const write = (action: string, extra: Record<string, unknown>) =>
      named.pb.collection("commitments").create({
        participant: named.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "team",
        confidence: 7,
        action,
        status: "planned",
        ...extra,
      });
    await write("大家都能看到的承诺", { visibility: "cohort" });
    const secret = await write("只给培训师看的承诺", { visibility: "private" });
    await write("另一条只给培训师的", { visibility: "private", module: "belonging", status: "in_progress" });
    const hidden = await write("被培训师撤下墙的承诺", { visibility: "cohort" });
    await trainer.collection("commitments").update(hidden.id, { hidden: true });
    await named.pb
      .collection("checkins")
      .create({ commitment: secret.id, status: "done", note: "私下承诺的近况", shareable: true, source: "app" });
    await named.pb
      .collection("checkins")
      .create({ commitment: hidden.id, status: "done", note: "撤下那条的近况", shareable: true, source: "app" });

    const report = await (await reportOf(trainer, cohort.id)).json();
    const text = JSON.stringify(report);
    for (const words of ["只给培训师看的承诺", "另一条只给培训师的", "被培训师撤下墙的承诺", "撤下那条的近况"])
      expect(text).not.toContain(words);
    expect(
      report.commitmentList.map((k: { action: string; participant: string }) => [k.action, k.participant]),
    ).toEqual([["大家都能看到的承诺", "署名的人"]]);
    // The check-in moved the private commitment to done; the hidden one is not counted at all.
    expect(report.notShown).toEqual([
      { module: "belonging", status: "in_progress", count: 1 },
      { module: "eoac", status: "done", count: 1 },
    ]);
    // The participant allowed this note to be quoted; it is theirs, not the commitment's words.
    expect(report.quotes.map((q: { note: string }) => q.note)).toEqual(["私下承诺的近况"]);
    expect(report.commitments.total).toBe(3);
    expect(report.hiddenCount).toBe(1);
  });

  it("leaves junk the trainer hid out of every figure, and is signed with the trainer's name", async () => {
    const admin = await superuserClient();
    const trainer = (await newTrainer(admin, "周丽")).pb;
    const cohort = await newCohort(trainer);
    const person = await joinAs(cohort.joinCode, "前台小刘");
    const write = (action: string, confidence: number) =>
      person.pb.collection("commitments").create({
        participant: person.record.id,
        cohort: cohort.id,
        module: "service-mindset",
        kind: "personal",
        visibility: "cohort",
        status: "planned",
        confidence,
        action,
      });
    await write("客户开口前先问一句：今天最想办好哪件事", 9);
    const junk = await write("asdf 测试测试", 1);
    await person.pb
      .collection("checkins")
      .create({ commitment: junk.id, status: "done", note: "测试", shareable: true, source: "app" });
    await trainer.collection("commitments").update(junk.id, { hidden: true });

    const report = await (await reportOf(trainer, cohort.id)).json();
    expect(JSON.stringify(report)).not.toContain("asdf");
    expect(report.commitments).toMatchObject({ total: 1, byModule: { "service-mindset": 1 } });
    expect(report.commitments.byStatus).toMatchObject({ planned: 1, done: 0 });
    expect(report.confidence[0]).toBe(0);
    expect(report.confidence[8]).toBe(1);
    expect(report.followThrough.at(-1)).toMatchObject({ planned: 1, done: 0 });
    expect(report.checkins).toMatchObject({ total: 0, participantsResponding: 0 });
    expect(report.quotes).toEqual([]);
    expect(report.hiddenCount).toBe(1);
    expect(report.trainerName).toBe("周丽");
    // The trainer's own dashboard still counts everything.
    const dashboard = await (
      await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohort.id}/dashboard`, {
        headers: { Authorization: trainer.authStore.token },
      })
    ).json();
    expect(dashboard.commitments.total).toBe(2);
  });
});
