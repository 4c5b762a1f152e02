// A failed follow-up keeps its error for the trainer's delivery log (followups.lastError). Mail
// servers name the recipient in their refusals, and a trainer never sees participants' emails: the
// error is kept without the address. Runs its own PocketBase against an SMTP server that refuses.
import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { SMTPServer } from "smtp-server";
import { upsertSuperuser } from "../../scripts/lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { FIXTURE_SITE } from "../support/integration-setup";
import { confirmEmailOf, runFollowupJob } from "../support/api";

const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-smtp-refuses-"));
let server: Awaited<ReturnType<typeof startPocketBase>>;
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const err = new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`) as Error & {
        responseCode: number;
      };
      err.responseCode = 550;
      callback(err);
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  upsertSuperuser(dataDir, { email: "root@test.local", password: "root-password-1" });
  const port = await freePort();
  const env = {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
    SMTP_USER: "",
    SMTP_PASS: "",
    SMTP_TLS: "false",
    SMTP_FROM: "Jiannuo <noreply@jiannuo.test>",
    APP_URL: `http://127.0.0.1:${port}`,
    JIANNUO_FOLLOWUP_CRON: "off",
  };
  server = await startPocketBase({ dataDir, port, publicDir: FIXTURE_SITE, stdio: "pipe", env });
});

afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

it("keeps a refused follow-up's error for the trainer without the participant's address", async () => {
  const admin = new PocketBase(server.url);
  await admin.collection("_superusers").authWithPassword("root@test.local", "root-password-1");
  await admin
    .collection("trainers")
    .create({ email: "t@example.com", name: "T", password: "trainer-pass-1", passwordConfirm: "trainer-pass-1" });
  const trainer = new PocketBase(server.url);
  await trainer.collection("trainers").authWithPassword("t@example.com", "trainer-pass-1");
  const endsOn = new Date(Date.now() - 10 * 86400000).toISOString().slice(0, 10);
  const cohort = await trainer.collection("cohorts").create({
    name: "C",
    organization: "O",
    trainer: trainer.authStore.record!.id,
    startsOn: endsOn,
    endsOn,
    locale: "en",
    followUpDays: [7],
  });
  const email = "private.person@example.com";
  const joined = await fetch(`${server.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: cohort.joinCode, name: "P", email, followUpConsent: true }),
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
  expect(run).toMatchObject({ smtp: true, sent: 0, retry: 1 });

  const [logged] = await trainer.collection("followups").getFullList();
  expect(logged!["lastError"]).toMatch(/550/);
  expect(logged!["lastError"]).toMatch(/Recipient address rejected/);
  expect(logged!["lastError"]).not.toContain(email);
  expect(logged!["lastError"]).not.toMatch(/private\.person|@example\.com/);
});
