// With no SMTP configured (a plain `npm start`), follow-ups wait in the outbox, nothing is dropped,
// and the trainer's dashboard says that email is not configured.
import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { upsertSuperuser } from "../../scripts/lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { FIXTURE_SITE } from "../support/integration-setup";
import { confirmEmailOf, runFollowupJob } from "../support/api";

const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-nosmtp-"));
let server: Awaited<ReturnType<typeof startPocketBase>>;

beforeAll(async () => {
  upsertSuperuser(dataDir, { email: "root@test.local", password: "root-password-1" });
  const env = Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => k.startsWith("SMTP_"))
      .map((k) => [k, ""]),
  );
  server = await startPocketBase({ dataDir, port: await freePort(), publicDir: FIXTURE_SITE, stdio: "pipe", env });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it("keeps follow-ups queued and tells the trainer email is not configured", async () => {
  const admin = new PocketBase(server.url);
  await admin.collection("_superusers").authWithPassword("root@test.local", "root-password-1");
  const trainer = await admin
    .collection("trainers")
    .create({ email: "t@example.com", name: "T", password: "trainer-pass-1", passwordConfirm: "trainer-pass-1" });
  const endsOn = new Date(Date.now() - 10 * 86400000).toISOString().slice(0, 10);
  const cohort = await admin.collection("cohorts").create({
    name: "C",
    organization: "O",
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7],
  });
  const joined = await fetch(`${server.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: cohort.joinCode, name: "P", email: "p@example.com", followUpConsent: true }),
  }).then((r) => r.json());
  await confirmEmailOf(admin, joined.record.id);
  await admin.collection("commitments").create({
    participant: joined.record.id,
    cohort: cohort.id,
    module: "eoac",
    kind: "personal",
    action: "A",
    confidence: 8,
    visibility: "private",
    status: "planned",
  });

  const run = await runFollowupJob(admin, server.url);
  expect(run).toMatchObject({ smtp: false, sent: 0, scheduled: 1 });
  const followups = await admin.collection("followups").getFullList();
  expect(followups.map((f) => [f.state, f.attempts])).toEqual([["queued", 0]]);

  const t = new PocketBase(server.url);
  await t.collection("trainers").authWithPassword("t@example.com", "trainer-pass-1");
  const dashboard = await t.send(`/api/jiannuo/cohorts/${cohort.id}/dashboard`, {});
  expect(dashboard.email).toMatchObject({ configured: false, followups: { queued: 1, sent: 0 } });
});
