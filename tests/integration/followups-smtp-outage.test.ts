// The mail server is away for a long time (longer than the retry budget of a refused email, and past
// the next round), then back: nothing waiting is lost, and each participant gets what is due once:
// the latest round, into which the rounds missed during the outage collapse.
import { afterAll, beforeAll, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { confirmEmailOf, runFollowupJob, superuserClient } from "../support/api";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
let server: Started;
let admin: PocketBase;

const day = 86400000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const run = () => runFollowupJob(admin, server.handle.url);

/** The retry time of every follow-up that failed to send has come (as if hours had passed). */
async function timePasses() {
  for (const f of await admin.collection("followups").getFullList({ filter: "state = 'queued' && attempts > 0" })) {
    await admin.collection("followups").update(f.id, { nextAttemptAt: "2020-01-01 00:00:00.000Z" });
  }
}

beforeAll(async () => {
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(server.handle);
  const trainer = await admin.collection("trainers").create({
    email: "smtp@example.com",
    name: "林老师",
    password: "trainer-pass-1",
    passwordConfirm: "trainer-pass-1",
  });
  // Ended 10 days ago: round 7 is due; 21 and 45 are not, until the outage has lasted a while.
  const endsOn = isoDay(Date.now() - 10 * day);
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
    await confirmEmailOf(admin, joined.record.id);
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

it("keeps retrying through a long outage, then sends each participant the latest due round exactly once", async () => {
  await server.sink.close();
  // Ten runs of the job, hours apart, all with the mail server unreachable. 学员1's reminder of
  // yesterday is asked about in the 7-day round, which is due as well.
  expect(await run()).toMatchObject({ sent: 0, retry: 3, skipped: 1 });
  for (let attempt = 2; attempt <= 10; attempt += 1) {
    await timePasses();
    expect(await run(), `run ${attempt}`).toMatchObject({ sent: 0, retry: 3, skipped: 0 });
  }
  const waiting = await admin.collection("followups").getFullList({ filter: "round = 7" });
  expect(waiting.map((f) => f.state)).toEqual(Array(3).fill("queued"));
  expect(waiting.every((f) => f["attempts"] === 10 && /connect|refused|dial/i.test(f["lastError"]))).toBe(true);
  expect(readMailbox(server.handle.mailDir)).toEqual([]);

  // Two weeks on, still no mail server: the 21-day round is due too, and replaces the 7-day one.
  for (const f of await admin.collection("followups").getFullList({ filter: "round = 21" })) {
    await admin
      .collection("followups")
      .update(f.id, { dueAt: "2020-01-01 01:00:00.000Z", nextAttemptAt: "2020-01-01 01:00:00.000Z" });
  }
  await timePasses();
  expect(await run()).toMatchObject({ sent: 0, retry: 3, skipped: 3 });

  server.sink = await startMailSink({ dir: server.handle.mailDir, port: server.sink.port });
  await timePasses();
  expect(await run()).toMatchObject({ sent: 3, retry: 0 });
  await timePasses();
  expect(await run()).toMatchObject({ sent: 0, retry: 0 });

  const mails = readMailbox(server.handle.mailDir) as { envelopeTo: string[]; subject: string; text: string }[];
  const to = (address: string) => mails.filter((m) => m.envelopeTo.includes(address));
  for (let i = 1; i <= 3; i += 1) {
    expect(to(`p${i}@example.com`).map((m) => m.subject)).toEqual(["林老师想问问：你的行动承诺进展如何？"]);
    expect(to(`p${i}@example.com`)[0]!.text).toContain(`学员${i}的承诺`);
  }
  expect(mails).toHaveLength(3);
  const log = await admin.collection("followups").getFullList({ sort: "round" });
  const replaced = "superseded by a later round";
  expect(log.map((f) => [f["round"], f.state, f["lastError"]])).toEqual([
    [0, "skipped", replaced],
    ...Array(3).fill([7, "skipped", replaced]),
    ...Array(3).fill([21, "sent", ""]),
    ...Array(3).fill([45, "queued", ""]), // not due yet: untouched by the outage
  ]);
});
