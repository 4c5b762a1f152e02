// The supervisors' weekly digest (pocketbase/pb_hooks/lib/supervisor-digest.js) while the mail server
// is unreachable, then back: a failed send gives its claim back and is delivered exactly once later;
// a participant who withdraws between the failed run and the next one gets nothing sent to their
// supervisor, while another supervisor waiting in the same runs is delivered (the positive control).
// Its own server: closing the shared server's SMTP sink would break other test files.
import { afterAll, beforeAll, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { superuserClient } from "../support/api";
import type { Mail } from "../support/mail";
import { commitmentBody } from "../support/matrix-world";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
let server: Started;
let admin: PocketBase;
const kept = "kept-boss@example.com";
const dropped = "dropped-boss@example.com";
const people: Record<string, { pb: PocketBase; id: string }> = {};

async function post(path: string, body: unknown, pb?: PocketBase) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (pb) headers["Authorization"] = pb.authStore.token;
  const res = await fetch(`${server.handle.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** What the follow-up job's run did for supervisors. */
async function digests() {
  const res = await fetch(`${server.handle.url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });
  if (res.status !== 200) throw new Error(`follow-up job answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { supervisors: Record<string, number> }).supervisors;
}

const mailsTo = (address: string) =>
  (readMailbox(server.handle.mailDir) as Mail[]).filter((m) => m.envelopeTo.includes(address));
const digestAt = async (contact: string) =>
  (await admin.collection("supervisors").getFirstListItem(admin.filter("contact = {:c}", { c: contact })))[
    "digestAt"
  ] as string;

beforeAll(async () => {
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(server.handle);
  const trainer = await admin.collection("trainers").create({
    email: "digest@example.com",
    name: "林老师",
    password: "trainer-pass-1",
    passwordConfirm: "trainer-pass-1",
  });
  const cohort = await admin.collection("cohorts").create({
    name: "主管周报班",
    organization: "示例航空",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  for (const [label, boss] of [
    ["stays", kept],
    ["leaves", dropped],
  ] as const) {
    const joined = await post("/api/jiannuo/join", {
      code: cohort["joinCode"],
      name: `学员-${label}`,
      locale: "zh-CN",
    });
    const pb = new PocketBase(server.handle.url);
    pb.autoCancellation(false);
    pb.authStore.save(joined.body.token, joined.body.record);
    people[label] = { pb, id: joined.body.record.id };
    const k = await pb.collection("commitments").create(commitmentBody(joined.body.record.id, cohort.id));
    const named = await post("/api/jiannuo/me/supervisor", { name: "王店长", email: boss, commitments: [k.id] }, pb);
    expect(named.status).toBe(200);
  }
});

afterAll(() => server?.stop());

it("retries a digest the mail server refused and delivers it once when it is back; a withdrawal in between sends nothing", async () => {
  await server.sink.close();
  // Both digests are due and claimed; both sends fail, and each claim is given back for the next run.
  expect(await digests()).toMatchObject({ sent: 0, retry: 2 });
  expect(await digestAt(kept)).toBe("");
  expect(await digestAt(dropped)).toBe("");
  expect(await digests()).toMatchObject({ sent: 0, retry: 2 });
  expect(readMailbox(server.handle.mailDir)).toEqual([]);

  // Between two runs, the participant who named `dropped` withdraws their consent.
  const link = (await admin.collection("supervisor_links").getFirstListItem(`participant = "${people.leaves!.id}"`)).id;
  expect((await post("/api/jiannuo/me/supervisor/withdraw", { link }, people.leaves!.pb)).status).toBe(200);

  server.sink = await startMailSink({ dir: server.handle.mailDir, port: server.sink.port });
  expect(await digests()).toMatchObject({ sent: 1, retry: 0 });
  expect(await digests()).toMatchObject({ sent: 0, retry: 0 });

  expect(mailsTo(kept)).toHaveLength(1);
  expect(mailsTo(kept)[0]!.text).toMatch(/\/supervisor\/#t=[A-Za-z0-9]{43}/);
  expect(mailsTo(dropped)).toEqual([]);
  expect(readMailbox(server.handle.mailDir)).toHaveLength(1);
});
