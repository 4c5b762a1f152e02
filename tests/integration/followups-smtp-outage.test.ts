// The mail server is away for a long time (longer than the retry budget of a refused email), then
// back: every due follow-up of every participant and every round is delivered, each exactly once.
import { afterAll, beforeAll, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
let server: Started;
let admin: PocketBase;

const day = 86400000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function run() {
  const res = await fetch(`${server.handle.url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });
  expect(res.status).toBe(200);
  return res.json();
}

/** The retry time of every follow-up that failed to send has come (as if hours had passed). */
async function timePasses() {
  for (const f of await admin.collection("followups").getFullList({ filter: "state = 'queued' && attempts > 0" })) {
    await admin.collection("followups").update(f.id, { nextAttemptAt: "2020-01-01 00:00:00.000Z" });
  }
}

beforeAll(async () => {
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = new PocketBase(server.handle.url);
  admin.autoCancellation(false);
  await admin
    .collection("_superusers")
    .authWithPassword(server.handle.superuser.email, server.handle.superuser.password);
  const trainer = await admin
    .collection("trainers")
    .create({
      email: "smtp@example.com",
      name: "林老师",
      password: "trainer-pass-1",
      passwordConfirm: "trainer-pass-1",
    });
  // Ended 30 days ago: rounds 7 and 21 are due, 45 is not.
  const endsOn = isoDay(Date.now() - 30 * day);
  const cohort = await admin.collection("cohorts").create({
    name: "邮件中断班",
    organization: "示例航空",
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7, 21, 45],
  });
  for (let i = 1; i <= 3; i += 1) {
    const joined = await fetch(`${server.handle.url}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        code: cohort.joinCode,
        name: `学员${i}`,
        email: `p${i}@example.com`,
        followUpConsent: true,
        locale: "zh-CN",
      }),
    }).then((r) => r.json());
    const participant = new PocketBase(server.handle.url);
    participant.authStore.save(joined.token, joined.record);
    await participant.collection("commitments").create({
      participant: joined.record.id,
      cohort: cohort.id,
      module: "eoac",
      kind: "personal",
      action: `学员${i}的承诺`,
      trigger: "当客户等候时",
      dueOn: i === 1 ? isoDay(Date.now() - day) : "",
      confidence: 8,
      visibility: "private",
      status: "planned",
    });
  }
});

afterAll(() => server?.stop());

it("keeps retrying through a long outage, then sends each due follow-up exactly once", async () => {
  await server.sink.close();
  // Ten runs of the job, hours apart, all with the mail server unreachable.
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    expect(await run(), `run ${attempt}`).toMatchObject({ sent: 0, retry: 7 }); // 3 participants × 2 rounds + 1 due reminder
    await timePasses();
  }
  const waiting = await admin.collection("followups").getFullList({ filter: "round != 45" });
  expect(waiting.map((f) => f.state)).toEqual(Array(7).fill("queued"));
  expect(waiting.every((f) => f["attempts"] === 10 && /connect|refused|dial/i.test(f["lastError"]))).toBe(true);
  expect(readMailbox(server.handle.mailDir)).toEqual([]);

  server.sink = await startMailSink({ dir: server.handle.mailDir, port: server.sink.port });
  expect(await run()).toMatchObject({ sent: 7, retry: 0 });
  await timePasses();
  expect(await run()).toMatchObject({ sent: 0, retry: 0 });

  const mails = readMailbox(server.handle.mailDir) as { envelopeTo: string[]; subject: string }[];
  const to = (address: string) =>
    mails
      .filter((m) => m.envelopeTo.includes(address))
      .map((m) => m.subject)
      .sort();
  expect(to("p1@example.com")).toHaveLength(3);
  expect(to("p1@example.com").filter((s) => s.startsWith("今天是你承诺的日子"))).toHaveLength(1);
  expect(to("p2@example.com")).toEqual([
    "林老师想问问：你的行动承诺进展如何？",
    "林老师想问问：你的行动承诺进展如何？",
  ]);
  expect(to("p3@example.com")).toHaveLength(2);
  expect(mails).toHaveLength(7);
  const log = await admin.collection("followups").getFullList({ sort: "round" });
  expect(log.map((f) => [f["round"], f.state, f["lastError"]])).toEqual([
    ...Array(1).fill([0, "sent", ""]),
    ...Array(3).fill([7, "sent", ""]),
    ...Array(3).fill([21, "sent", ""]),
    ...Array(3).fill([45, "queued", ""]), // not due yet: untouched by the outage
  ]);
});
