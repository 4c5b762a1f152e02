// The trainer's server routes: a new join code, the dashboard's figures, and status history. Another
// trainer, a participant or a visitor gets nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, newCohort, newTrainer, postJoin, superuserClient } from "../support/api";

let trainer: PocketBase;
let other: PocketBase;

beforeAll(async () => {
  const admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  other = (await newTrainer(admin)).pb;
});

async function call(pb: PocketBase | null, method: string, path: string) {
  const res = await fetch(`${inject("pocketbase").url}${path}`, {
    method,
    headers: pb ? { Authorization: pb.authStore.token } : {},
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

const commit = (me: { pb: PocketBase; record: { id: string } }, cohort: string, extra: Record<string, unknown>) =>
  me.pb.collection("commitments").create({
    participant: me.record.id,
    cohort,
    module: "eoac",
    kind: "personal",
    action: "每周一次反馈",
    confidence: 8,
    visibility: "cohort",
    status: "planned",
    ...extra,
  });

describe("a new join code", () => {
  it("replaces the old one for the owning trainer; the old code stops working, members stay", async () => {
    const cohort = await newCohort(trainer);
    const member = await joinAs(cohort.joinCode, "Early");
    const { status, body } = await call(trainer, "POST", `/api/jiannuo/cohorts/${cohort.id}/join-code`);
    expect(status).toBe(200);
    expect(body.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(body.joinCode).not.toBe(cohort.joinCode);
    expect((await postJoin({ code: cohort.joinCode, name: "Late" })).body.data.code.code).toBe("jiannuo_code_unknown");
    expect((await postJoin({ code: body.joinCode, name: "Late" })).status).toBe(200);
    expect((await member.pb.collection("participants").getOne(member.record.id)).cohort).toBe(cohort.id);
  });

  it("is refused to another trainer, a participant and a visitor, changing nothing", async () => {
    const cohort = await newCohort(trainer);
    const member = await joinAs(cohort.joinCode, "M");
    for (const [who, expected] of [
      [other, 404],
      [member.pb, 403],
      [null, 401],
    ] as const) {
      expect((await call(who, "POST", `/api/jiannuo/cohorts/${cohort.id}/join-code`)).status).toBe(expected);
    }
    expect((await trainer.collection("cohorts").getOne(cohort.id)).joinCode).toBe(cohort.joinCode);
  });
});

describe("the dashboard", () => {
  it("counts participants, commitments by module, kind and status, confidence and check-ins", async () => {
    const cohort = await newCohort(trainer, { startsOn: "2026-10-01", endsOn: "2026-10-02" });
    const a = await joinAs(cohort.joinCode, "A");
    const b = await joinAs(cohort.joinCode, "B");
    await joinAs(cohort.joinCode, "C (no commitment)");
    const k1 = await commit(a, cohort.id, { module: "eoac", confidence: 8 });
    await commit(a, cohort.id, { module: "belonging", kind: "team", confidence: 5 });
    await commit(b, cohort.id, { module: "eoac", confidence: 8, visibility: "private" });
    await a.pb.collection("checkins").create({ commitment: k1.id, status: "done", source: "app", note: "做到了" });

    const { status, body } = await call(trainer, "GET", `/api/jiannuo/cohorts/${cohort.id}/dashboard`);
    expect(status).toBe(200);
    expect(body.participants).toBe(3);
    expect(body.commitments).toEqual({
      total: 3,
      byModule: { eoac: 2, belonging: 1 },
      byKind: { personal: 2, team: 1 },
      byStatus: { planned: 2, in_progress: 0, done: 1, dropped: 0 },
    });
    expect(body.confidence).toEqual([0, 0, 0, 0, 1, 0, 0, 2, 0, 0]);
    expect(body.checkins).toMatchObject({
      total: 1,
      participantsWithCommitments: 2,
      participantsResponding: 1,
      responseRate: 0.5,
    });
    expect(body.followThrough.length).toBeGreaterThan(1);
    expect(body.followThrough.at(-1)).toMatchObject({ planned: 2, done: 1 });
    expect(body.belonging).toEqual({ answers: 0, needed: 10, profile: null });
  });

  it("is a 404 for another trainer, 403 for a participant, 401 for a visitor", async () => {
    const cohort = await newCohort(trainer);
    const member = await joinAs(cohort.joinCode, "M");
    expect((await call(other, "GET", `/api/jiannuo/cohorts/${cohort.id}/dashboard`)).status).toBe(404);
    expect((await call(member.pb, "GET", `/api/jiannuo/cohorts/${cohort.id}/dashboard`)).status).toBe(403);
    expect((await call(null, "GET", `/api/jiannuo/cohorts/${cohort.id}/dashboard`)).status).toBe(401);
  });
});

describe("status history", () => {
  it("a check-in moves the commitment to its status; a direct status change is kept as a check-in", async () => {
    const cohort = await newCohort(trainer);
    const me = await joinAs(cohort.joinCode, "History");
    const k = await commit(me, cohort.id, {});
    await me.pb.collection("checkins").create({ commitment: k.id, status: "in_progress", source: "app" });
    expect((await me.pb.collection("commitments").getOne(k.id)).status).toBe("in_progress");
    await me.pb.collection("commitments").update(k.id, { status: "done" });
    const history = await me.pb
      .collection("checkins")
      .getFullList({ filter: me.pb.filter("commitment = {:k}", { k: k.id }), sort: "created" });
    expect(history.map((c) => [c.status, c.source])).toEqual([
      ["in_progress", "app"],
      ["done", "app"],
    ]);
    await me.pb.collection("commitments").update(k.id, { action: "改写了措辞" });
    expect(
      await me.pb.collection("checkins").getList(1, 10, { filter: me.pb.filter("commitment = {:k}", { k: k.id }) }),
    ).toMatchObject({ totalItems: 2 });
  });
});
