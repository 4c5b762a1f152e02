// The supervisor loop against the real server: a participant names a supervisor and consents per
// commitment (stamped by the server); the weekly digest reaches the supervisor once with a link; the
// link shows exactly the consented commitments of the whole team across cohorts (never a check-in
// note), takes "discussed"/"observed" with a note the participant then reads; withdrawal and expiry
// show nothing at once; bad input is refused with nothing changed; the trainer's list only proposes;
// the report counts what supervisors observed beside the self-reported status.
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, runFollowupJob, superuserClient, unique } from "../support/api";
import { mailsTo, type Mail } from "../support/mail";
import { commitmentBody } from "../support/matrix-world";

let admin: PocketBase;
let trainer: PocketBase;
let otherTrainer: PocketBase;
let cohortId: string;
const p: Record<string, { pb: PocketBase; id: string }> = {};
const k: Record<string, string> = {};
const boss = `${unique("boss")}@example.com`;
const NOTE = unique("NOTE-never-to-the-supervisor");

async function post(path: string, body: unknown, pb?: PocketBase) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (pb) headers["Authorization"] = pb.authStore.token;
  const res = await fetch(`${inject("pocketbase").url}${path}`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text || "{}") as any };
}

async function mine(who: string) {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/me/supervisor`, {
    headers: { Authorization: p[who]!.pb.authStore.token },
  });
  return (await res.json()) as any;
}

/** The token of the newest digest to the supervisor (it travels in the fragment: /supervisor/#t=...). */
function linkToken(mail: Mail): string {
  return mail.text.match(/\/supervisor\/#t=([A-Za-z0-9]+)/)![1]!;
}

beforeAll(async () => {
  admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  otherTrainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  const other = await newCohort(otherTrainer);
  cohortId = cohort.id;
  for (const [label, code, name] of [
    ["a", cohort.joinCode, unique("赵敏")],
    ["b", cohort.joinCode, unique("钱进")],
    ["c", other.joinCode, unique("孙丽")],
  ] as const) {
    const joined = await joinAs(code, name);
    p[label] = { pb: joined.pb, id: joined.record.id };
  }
  for (const [label, who, cohortOf] of [
    ["a1", "a", cohort.id],
    ["a2", "a", cohort.id],
    ["b1", "b", cohort.id],
    ["c1", "c", other.id],
  ] as const) {
    const body = commitmentBody(p[who]!.id, cohortOf, { action: unique(`ACTION-${label}`) });
    k[label] = (await p[who]!.pb.collection("commitments").create(body)).id;
  }
  await p.a!.pb.collection("checkins").create({ commitment: k.a1, status: "in_progress", source: "app", note: NOTE });
});

describe("naming a supervisor", () => {
  it("shares exactly the ticked commitments, each consent stamped by the server, and the same request again changes nothing", async () => {
    const body = { name: "王店长", email: `  ${boss.toUpperCase()} `, commitments: [k.a1] };
    const first = await post("/api/jiannuo/me/supervisor", body, p.a!.pb);
    expect(first.status).toBe(200);
    const link = first.body.supervisors[0];
    expect(link).toMatchObject({
      name: "王店长",
      contact: boss,
      channel: "email",
      state: "active",
      proposedBy: "participant",
    });
    expect(link.shared.map((s: any) => s.commitment)).toEqual([k.a1]);
    expect(Date.now() - Date.parse(link.shared[0].consentAt.replace(" ", "T"))).toBeLessThan(60000);
    const again = await post("/api/jiannuo/me/supervisor", body, p.a!.pb);
    expect(again.body.supervisors[0].shared).toEqual(link.shared);
  });

  it("refuses bad input with a localised code and changes nothing", async () => {
    const before = await mine("a");
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: "", email: boss, commitments: [k.a1] }, "name", "jiannuo_supervisor_name"],
      [{ name: "王".repeat(61), email: boss, commitments: [k.a1] }, "name", "jiannuo_supervisor_name"],
      [{ name: "王店长", email: "not-an-email", commitments: [k.a1] }, "email", "jiannuo_email_invalid"],
      // Another participant's commitment is not the caller's to share.
      [{ name: "王店长", email: boss, commitments: [k.b1] }, "commitments", "jiannuo_value_invalid"],
      [{ name: "王店长", email: boss, commitments: "all" }, "commitments", "jiannuo_value_invalid"],
    ];
    for (const [body, field, code] of cases) {
      const res = await post("/api/jiannuo/me/supervisor", body, p.a!.pb);
      expect({ field, status: res.status, code: res.body.data?.[field]?.code }).toEqual({ field, status: 400, code });
    }
    expect(await mine("a")).toEqual(before);
  });
});

describe("the supervisor's digest and page", () => {
  let token = "";

  it("one digest a week reaches the supervisor, with a link in the fragment and no commitment's words", async () => {
    await post("/api/jiannuo/me/supervisor", { name: "王店长", email: boss, commitments: [k.b1] }, p.b!.pb);
    await post("/api/jiannuo/me/supervisor", { name: "Manager Wang", email: boss, commitments: [k.c1] }, p.c!.pb);
    await runFollowupJob(admin);
    await runFollowupJob(admin);
    const mails = mailsTo(boss);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("3");
    expect(mails[0]!.text).not.toContain("ACTION");
    token = linkToken(mails[0]!);
    expect(token).toHaveLength(43);
  });

  it("shows the whole team across cohorts, exactly the consented commitments, and check-in dates without notes", async () => {
    const view = await post("/api/jiannuo/supervisor/view", { t: token });
    expect(view.status).toBe(200);
    const ids = view.body.team.flatMap((m: any) => m.commitments.map((c: any) => c.id)).sort();
    expect(ids).toEqual([k.a1, k.b1, k.c1].sort());
    expect(view.text).not.toContain(NOTE);
    const a1 = view.body.team.flatMap((m: any) => m.commitments).find((c: any) => c.id === k.a1);
    expect(a1.checkins).toHaveLength(1);
    expect(a1.checkins[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.body.prompt).toBeGreaterThanOrEqual(0);
  });

  it("takes 'observed' with a note, which the participant reads; a second tap corrects it", async () => {
    expect(
      (await post("/api/jiannuo/supervisor/mark", { t: token, c: k.a1, kind: "observed", note: "先" })).status,
    ).toBe(200);
    const marked = await post("/api/jiannuo/supervisor/mark", {
      t: token,
      c: k.a1,
      kind: "observed",
      note: "早会上看到你主动问客户需求",
    });
    const a1 = marked.body.team.flatMap((m: any) => m.commitments).find((c: any) => c.id === k.a1);
    expect(a1.observed).toEqual({ note: "早会上看到你主动问客户需求" });
    // The participant's copy of their data holds the supervisor, each consent with its times, and the tap.
    const exported = await p.a!.pb.send("/api/jiannuo/me/export", {});
    expect(exported.supervisors).toEqual([
      expect.objectContaining({
        contact: boss,
        channel: "email",
        state: "active",
        consents: [expect.objectContaining({ commitment: k.a1, consent: true })],
        marks: [expect.objectContaining({ kind: "observed", note: "早会上看到你主动问客户需求" })],
      }),
    ]);
    const seen = (await mine("a")).observations;
    expect(seen).toEqual([
      expect.objectContaining({
        commitment: k.a1,
        kind: "observed",
        note: "早会上看到你主动问客户需求",
        supervisor: "王店长",
      }),
    ]);
  });

  it("refuses a note too long and a commitment not shared with this supervisor (404), changing nothing", async () => {
    const long = await post("/api/jiannuo/supervisor/mark", {
      t: token,
      c: k.b1,
      kind: "discussed",
      note: "好".repeat(201),
    });
    expect({ status: long.status, code: long.body.data?.note?.code }).toEqual({
      status: 400,
      code: "jiannuo_supervisor_note",
    });
    expect((await post("/api/jiannuo/supervisor/mark", { t: token, c: k.a2, kind: "observed" })).status).toBe(404);
    expect((await mine("a")).observations).toHaveLength(1);
  });

  it("the report counts what supervisors observed beside the self-reported status", async () => {
    const report = await trainer.send(`/api/jiannuo/cohorts/${cohortId}/report`, {});
    expect(report.observed.supervisors).toBe(1);
    // A's check-in moved a1 to "in progress": observed there, beside what A reports.
    expect(report.observed.byStatus).toEqual([
      { module: "eoac", status: "in_progress", commitments: 1, shared: 1, discussed: 0, observed: 1 },
      { module: "eoac", status: "planned", commitments: 2, shared: 1, discussed: 0, observed: 0 },
    ]);
  });

  it("one tap withdraws: the page shows nothing of that participant from this moment", async () => {
    const linkId = (await mine("a")).supervisors[0].id;
    const withdrawn = await post("/api/jiannuo/me/supervisor/withdraw", { link: linkId }, p.a!.pb);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.supervisors).toEqual([]);
    const view = await post("/api/jiannuo/supervisor/view", { t: token });
    const ids = view.body.team.flatMap((m: any) => m.commitments.map((c: any) => c.id)).sort();
    expect(ids).toEqual([k.b1, k.c1].sort());
    expect(view.text).not.toContain(p.a!.id);
    expect((await post("/api/jiannuo/supervisor/mark", { t: token, c: k.a1, kind: "discussed" })).status).toBe(404);
    // The observation made before stays the participant's to read.
    expect((await mine("a")).observations).toHaveLength(1);
  });

  it("the supervisor may stop the weekly notes themselves: no digest goes out, until they resume", async () => {
    const record = await admin.collection("supervisors").getFirstListItem(`contact = "${boss}"`);
    // As if a week had passed since the last digest.
    await admin.collection("supervisors").update(record.id, { digestAt: "2026-01-01 00:00:00.000Z" });
    const stopped = await post("/api/jiannuo/supervisor/stop", { t: token });
    expect(stopped.body.stopped).toBe(true);
    const before = mailsTo(boss).length;
    await runFollowupJob(admin);
    expect(mailsTo(boss)).toHaveLength(before);
    expect((await post("/api/jiannuo/supervisor/stop", { t: token, resume: true })).body.stopped).toBe(false);
    await runFollowupJob(admin);
    expect(mailsTo(boss)).toHaveLength(before + 1);
    expect(linkToken(mailsTo(boss).at(-1)!)).toBe(token);
  });

  it("an expired link shows nothing (410), and an unknown one is a 404", async () => {
    const record = await admin.collection("supervisors").getFirstListItem(`contact = "${boss}"`);
    await admin.collection("supervisors").update(record.id, { tokenExpiresAt: "2026-01-01 00:00:00.000Z" });
    const expired = await post("/api/jiannuo/supervisor/view", { t: token });
    expect({ status: expired.status, code: expired.body.data?.t?.code }).toEqual({
      status: 410,
      code: "jiannuo_token_expired",
    });
    expect(expired.text).not.toContain("ACTION");
    expect((await post("/api/jiannuo/supervisor/view", { t: "Z".repeat(43) })).status).toBe(404);
  });
});

describe("a deleted participation", () => {
  it("takes its supervisor links with it, and a supervisor nobody names any more is forgotten at the next job run", async () => {
    const { joinCode } = await admin.collection("cohorts").getOne(cohortId);
    const leaving = await joinAs(joinCode, unique("周杰"));
    const mine = await leaving.pb
      .collection("commitments")
      .create(commitmentBody(leaving.record.id, cohortId, { action: unique("ACTION-leaving") }));
    const lonely = `${unique("lonely")}@example.com`;
    const named = await post(
      "/api/jiannuo/me/supervisor",
      { name: "赵主管", email: lonely, commitments: [mine.id] },
      leaving.pb,
    );
    expect(named.status).toBe(200);
    await leaving.pb.collection("participants").delete(leaving.record.id);
    expect(
      await admin.collection("supervisor_links").getFullList({ filter: `participant = "${leaving.record.id}"` }),
    ).toEqual([]);
    await runFollowupJob(admin);
    expect(
      await admin.collection("supervisors").getFullList({ filter: admin.filter("contact = {:c}", { c: lonely }) }),
    ).toEqual([]);
    expect(mailsTo(lonely)).toHaveLength(0);
  });
});

describe("the trainer's list", () => {
  it("names each bad line and proposes nothing; a good list proposes, and the participant sees the proposal", async () => {
    const names = { b: (await admin.collection("participants").getOne(p.b!.id))["name"] as string };
    const bad = await trainer
      .send("/api/jiannuo/supervisors/propose", {
        method: "POST",
        body: {
          cohort: cohortId,
          list: `${names.b}, 李班长, li@example.com\n没有这个人, 李班长, li@example.com\nx, y`,
        },
      })
      .catch((e) => e);
    expect(bad.status).toBe(400);
    expect(bad.response.data).toEqual({
      line2: expect.objectContaining({ code: "jiannuo_supervisor_list_unknown" }),
      line3: expect.objectContaining({ code: "jiannuo_supervisor_list_columns" }),
    });
    expect((await mine("b")).supervisors).toHaveLength(1);
    const lead = `${unique("lead")}@example.com`;
    const good = await trainer.send("/api/jiannuo/supervisors/propose", {
      method: "POST",
      body: { cohort: cohortId, list: `${names.b}，李班长，${lead}` },
    });
    expect(good).toMatchObject({ lines: 1, proposed: 1 });
    const proposal = (await mine("b")).supervisors.find((s: any) => s.contact === lead);
    expect(proposal).toMatchObject({ name: "李班长", state: "proposed", proposedBy: "trainer", shared: [] });
    // A proposal shares nothing, so no digest goes out for it.
    await runFollowupJob(admin);
    expect(mailsTo(lead)).toHaveLength(0);
  });

  it("another trainer cannot propose for this cohort (404)", async () => {
    const res = await otherTrainer
      .send("/api/jiannuo/supervisors/propose", {
        method: "POST",
        body: { cohort: cohortId, list: "a, b, c@example.com" },
      })
      .catch((e) => e);
    expect(res.status).toBe(404);
  });
});
