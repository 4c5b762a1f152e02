// Follow-up emails against the real server and a real SMTP sink: the right people get the right
// emails once; one click records one check-in; nothing is lost when SMTP is down or the server restarts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { confirmEmailOf, runFollowupJob, superuserClient } from "../support/api";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
interface Mail {
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

let pb: Started;
let admin: PocketBase;
let code: string;
let cohortId: string;

const run = () => runFollowupJob(admin, pb.handle.url);
const mailTo = (address: string): Mail[] =>
  readMailbox(pb.handle.mailDir).filter((m: Mail) => m.envelopeTo.includes(address));
const post = async (path: string, body: unknown) => {
  const res = await fetch(`${pb.handle.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

/** Joins, and with consent confirms the address as its owner would (tests/integration/addresses.test.ts). */
async function join(name: string, email: string, consent: boolean, locale = "zh-CN") {
  const res = await post("/api/jiannuo/join", { code, name, email, followUpConsent: consent, locale });
  const client = new PocketBase(pb.handle.url);
  client.authStore.save(res.body.token, res.body.record);
  if (consent) await confirmEmailOf(admin, res.body.record.id);
  return { client, id: res.body.record.id as string };
}

async function commit(who: { client: PocketBase; id: string }, action: string, dueOn = "") {
  return who.client.collection("commitments").create({
    participant: who.id,
    cohort: cohortId,
    module: "eoac",
    kind: "personal",
    action,
    trigger: "当客户等候时",
    dueOn,
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
}

/** The answer links of an email, as { t, c, s }. */
function answerLinks(mail: Mail) {
  return [...mail.text.matchAll(/\/checkin\/#t=([A-Za-z0-9]+)&c=([a-z0-9]+)&s=([a-z_]+)/g)].map((m) => ({
    t: m[1]!,
    c: m[2]!,
    s: m[3]!,
  }));
}

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(pb.handle);
  const password = "trainer-pass-123";
  const trainer = await admin
    .collection("trainers")
    .create({ email: "zhou@example.com", name: "周老师", password, passwordConfirm: password });
  // The workshop ended 30 days ago: the 7- and 21-day rounds are due, the 45-day one is not yet.
  const endsOn = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  const cohort = await admin.collection("cohorts").create({
    name: "回访测试班",
    organization: "示例酒店",
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7, 21, 45],
  });
  code = cohort.joinCode;
  cohortId = cohort.id;
});

afterAll(() => pb?.stop());

describe("follow-up emails", () => {
  it("reach consenting participants once, in their language, from the trainer, with answer links and one-click unsubscribe", async () => {
    const yes = await join("王小雨", "yes@example.com", true);
    const en = await join("Lily", "lily@example.com", true, "en");
    const no = await join("不同意", "no@example.com", false);
    await commit(yes, "每天下班前回访一位客户");
    await commit(yes, "晨会分享一个服务故事", new Date(Date.now() - 86400000).toISOString().slice(0, 10));
    await commit(en, "Greet every guest by name");
    await commit(no, "不该收到邮件");

    const first = await run();
    // Both joined 30 days after the workshop: the 7- and 21-day rounds are due at once, and 王小雨's
    // reminder of yesterday too. Each gets the latest round only, which asks about every open commitment.
    expect(first).toMatchObject({ smtp: true, sent: 2, skipped: 3 });
    const mails = mailTo("yes@example.com");
    expect(mails.map((m) => m.subject)).toEqual(["周老师想问问：你的行动承诺进展如何？"]);
    const round = mails[0]!;
    expect(round.text).toContain("每天下班前回访一位客户");
    expect(round.text).toContain("晨会分享一个服务故事");
    expect(round.html).toContain("做到了");
    expect(round.headers["list-unsubscribe"]).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/api\/jiannuo\/unsubscribe\?t=[A-Za-z0-9]{43}>$/,
    );
    expect(round.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(answerLinks(round).map((l) => l.s)).toEqual([
      "done",
      "in_progress",
      "planned",
      "need_help",
      "done",
      "in_progress",
      "planned",
      "need_help",
    ]);
    expect(mailTo("lily@example.com").map((m) => m.subject)).toEqual([
      "周老师 asks: how are your action commitments going?",
    ]);
    const skipped = await admin.collection("followups").getFullList({ filter: "state = 'skipped'", sort: "round" });
    expect(skipped.map((f) => [f["kind"], f["round"], f["lastError"]])).toEqual([
      ["due", 0, "superseded by a later round"],
      ["round", 7, "superseded by a later round"],
      ["round", 7, "superseded by a later round"],
    ]);
    expect(mailTo("no@example.com")).toEqual([]);

    expect(await run()).toMatchObject({ sent: 0, scheduled: 0 });
    expect(mailTo("yes@example.com")).toHaveLength(1);
  });

  it("one click records one check-in; a second click corrects it; the note comes after", async () => {
    const [link] = answerLinks(mailTo("yes@example.com")[0]!);
    const done = await post("/api/jiannuo/checkin", link);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      participant: { name: "王小雨" },
      answer: { status: "done" },
      commitment: { status: "done" },
    });
    await post("/api/jiannuo/checkin", link); // a repeated click changes nothing
    const corrected = await post("/api/jiannuo/checkin", { ...link, s: "need_help" });
    expect(corrected.body.answer).toMatchObject({ status: "in_progress", needsHelp: true });
    expect(corrected.body.commitment.status).toBe("in_progress");
    await post("/api/jiannuo/checkin", { ...link, s: "need_help", note: "客户说很贴心", shareable: true });
    const checkins = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:c}", { c: link!.c }) });
    expect(checkins).toHaveLength(1);
    expect(checkins[0]).toMatchObject({
      source: "email",
      status: "in_progress",
      needsHelp: true,
      note: "客户说很贴心",
      shareable: true,
    });
    const view = (await post("/api/jiannuo/checkin/view", { t: link!.t, c: link!.c })).body;
    expect(view.answer).toMatchObject({ note: "客户说很贴心" });
  });

  it("shows on the dashboard: email configured, the outbox, and the response rate per round", async () => {
    const trainer = new PocketBase(pb.handle.url);
    await trainer.collection("trainers").authWithPassword("zhou@example.com", "trainer-pass-123");
    const dashboard = await trainer.send(`/api/jiannuo/cohorts/${cohortId}/dashboard`, {});
    expect(dashboard.email.configured).toBe(true);
    expect(dashboard.email.followups).toMatchObject({ sent: 2, queued: 2, skipped: 3 });
    expect(dashboard.email.rounds).toEqual([{ round: 21, sent: 2, answered: 1, responseRate: 0.5 }]);
    const log = await trainer.collection("followups").getFullList({ sort: "dueAt" });
    expect(log.map((f) => f.state).sort()).toEqual([
      "queued",
      "queued",
      "sent",
      "sent",
      "skipped",
      "skipped",
      "skipped",
    ]);
    expect(log.every((f) => f["tokenHash"] === undefined)).toBe(true);
  });

  it("refuses a tampered or expired link with a clear error", async () => {
    const [link] = answerLinks(mailTo("yes@example.com")[0]!);
    const tampered = await post("/api/jiannuo/checkin", {
      ...link,
      t: `${link!.t.slice(0, -1)}${link!.t.endsWith("a") ? "b" : "a"}`,
    });
    expect(tampered).toMatchObject({ status: 404, body: { data: { t: { code: "jiannuo_token_invalid" } } } });
    const otherCommitment = await post("/api/jiannuo/checkin", { ...link, c: "nosuchcommitmt" });
    expect(otherCommitment.status).toBe(404);
    // Expire every link 王小雨 got: each answer must then be refused, and nothing recorded.
    const participant = await admin
      .collection("participants")
      .getFirstListItem(admin.filter("address.email = 'yes@example.com'"));
    const sentToHer = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant = {:p} && state = 'sent'", { p: participant.id }) });
    for (const f of sentToHer)
      await admin.collection("followups").update(f.id, { tokenExpiresAt: "2020-01-01 00:00:00.000Z" });
    const before = await admin.collection("checkins").getList(1, 1);
    for (const l of mailTo("yes@example.com").flatMap(answerLinks)) {
      const refused = await post("/api/jiannuo/checkin", l);
      expect(refused).toMatchObject({ status: 410, body: { data: { t: { code: "jiannuo_token_expired" } } } });
    }
    expect((await admin.collection("checkins").getList(1, 1)).totalItems).toBe(before.totalItems);
  });

  it("one-click unsubscribe (RFC 8058) stops everything still queued", async () => {
    const url = mailTo("lily@example.com")[0]!.headers["list-unsubscribe"]!.slice(1, -1);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    const lily = await admin.collection("participants").getFirstListItem(admin.filter("name = 'Lily'"));
    expect(lily.followUpConsent).toBe(false);
    expect((await admin.collection("addresses").getOne(lily["address"])).unsubscribedAt).not.toBe("");
    const queued = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant = {:p} && state = 'queued'", { p: lily.id }) });
    expect(queued).toEqual([]);
    // The 45-day round is due later: it must never be sent to her.
    const later = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant = {:p} && round = 45", { p: lily.id }) });
    expect(later.map((f) => f.state)).toEqual(["skipped"]);
  });

  it("with SMTP down nothing is lost; once it is back, each follow-up is sent once, also across a restart", async () => {
    const late = await join("后来的人", "late@example.com", true);
    await commit(late, "把常见问题整理成一页纸");
    await pb.sink.close();
    const down = await run();
    // The 7-day round is replaced by the 21-day one (no mail server needed for that); that one waits.
    expect(down).toMatchObject({ sent: 0, retry: 1, skipped: 1 });
    const failed = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant = {:p}", { p: late.id }) });
    expect(failed.filter((f) => f.state === "queued" && f.attempts === 1 && f.lastError !== "")).toHaveLength(1);

    // Restart PocketBase with the sink back on the same port; pretend the retry time has come.
    const port = Number(new URL(pb.handle.url).port);
    await pb.server.stop();
    const sink = await startMailSink({ dir: pb.handle.mailDir, port: pb.sink.port });
    pb.sink = sink;
    pb.server = await startPocketBase({
      dataDir: pb.handle.dataDir,
      port,
      publicDir: FIXTURE_SITE,
      stdio: "pipe",
      env: {
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(sink.port),
        SMTP_FROM: "noreply@jiannuo.test",
        APP_URL: pb.handle.url,
        JIANNUO_FOLLOWUP_CRON: "off",
      },
    });
    await admin.collection("_superusers").authWithPassword(pb.handle.superuser.email, pb.handle.superuser.password);
    for (const f of failed.filter((f) => f.attempts === 1)) {
      await admin.collection("followups").update(f.id, { nextAttemptAt: "2020-01-01 00:00:00.000Z" });
    }
    expect(await run()).toMatchObject({ sent: 1 });
    expect(await run()).toMatchObject({ sent: 0 });
    expect(mailTo("late@example.com")).toHaveLength(1);
    expect(mailTo("yes@example.com")).toHaveLength(1);
  });
  it("lets the trainer preview the next follow-up and send the next round now", async () => {
    const trainer = new PocketBase(pb.handle.url);
    await trainer.collection("trainers").authWithPassword("zhou@example.com", "trainer-pass-123");
    const preview = await trainer.send(`/api/jiannuo/cohorts/${cohortId}/followups/preview`, {});
    expect(preview).toMatchObject({ to: "王小雨", locale: "zh-CN", subject: "周老师想问问：你的行动承诺进展如何？" });
    expect(preview.text).toContain("每天下班前回访一位客户");
    const before = mailTo("yes@example.com").length;
    const sent = await trainer.send(`/api/jiannuo/cohorts/${cohortId}/followups/send-now`, { method: "POST" });
    expect(sent).toMatchObject({ round: 45, sent: 2 }); // 王小雨 and the late joiner (Lily unsubscribed)
    expect(mailTo("yes@example.com")).toHaveLength(before + 1);
    const other = new PocketBase(pb.handle.url);
    const password = "other-pass-123";
    await admin
      .collection("trainers")
      .create({ email: "other@example.com", name: "Other", password, passwordConfirm: password });
    await other.collection("trainers").authWithPassword("other@example.com", password);
    await expect(
      other.send(`/api/jiannuo/cohorts/${cohortId}/followups/send-now`, { method: "POST" }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
