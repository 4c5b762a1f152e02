import { runFollowupJob, superuserClient } from "../support/api";
// The addresses migration (pb_migrations/1764001300_addresses.js) on data made before it: a server
// runs the older migrations and gets participants with emails (one answered a follow-up through its
// link, one signed in with a code, one unsubscribed); then the real migrations run on that folder.
// Emails move to addresses, unsubscribes move with them, only proven participations count as
// confirmed, the others get one confirmation email; and the migration's down brings the emails back.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  commandArgs,
  MIGRATIONS_DIR,
  pocketbaseBinary,
  upsertSuperuser,
} from "../../scripts/lib/pocketbase-binary.mjs";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { FIXTURE_SITE } from "../support/integration-setup";

const MIGRATION = "1764001300_addresses.js";
const root = mkdtempSync(path.join(tmpdir(), "jiannuo-addresses-migration-"));
const dataDir = path.join(root, "data");
const olderMigrations = path.join(root, "older-migrations");
const superuser = { email: "root@test.local", password: randomBytes(12).toString("hex") };
let sink: Awaited<ReturnType<typeof startMailSink>>;
let ids: Record<string, string> = {};

const signedIn = (url: string) => superuserClient({ url, superuser });

async function serve(migrationsDir?: string) {
  const port = await freePort();
  return startPocketBase({
    dataDir,
    port,
    publicDir: FIXTURE_SITE,
    stdio: "pipe",
    ...(migrationsDir ? { migrationsDir } : {}),
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "noreply@jiannuo.test",
      APP_URL: `http://127.0.0.1:${port}`,
      JIANNUO_FOLLOWUP_CRON: "off",
    },
  });
}

beforeAll(async () => {
  sink = await startMailSink({ dir: path.join(root, "mail") });
  mkdirSync(olderMigrations);
  for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < MIGRATION))
    cpSync(path.join(MIGRATIONS_DIR, file), path.join(olderMigrations, file));
  upsertSuperuser(dataDir, superuser);

  const before = await serve(olderMigrations);
  const admin = await signedIn(before.url);
  const password = { password: "abcdefgh12", passwordConfirm: "abcdefgh12" };
  const trainer = await admin.collection("trainers").create({ email: "mig@example.com", name: "T", ...password });
  const endsOn = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  const cohort = await admin.collection("cohorts").create({
    name: "旧班",
    organization: "旧单位",
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7, 21],
  });
  ids.cohort = cohort.id;
  const participant = async (name: string, extra: Record<string, unknown>) =>
    (ids[name] = (
      await admin.collection("participants").create({ cohort: cohort.id, name, locale: "zh-CN", ...password, ...extra })
    ).id);
  await participant("waiting", { email: "Waiting.Person@Example.com", followUpConsent: true });
  await participant("answered", { email: "answered@example.com", followUpConsent: true });
  await participant("signedIn", { email: "signed-in@example.com", followUpConsent: true, verified: true });
  await participant("stopped", {
    email: "stopped@example.com",
    followUpConsent: false,
    unsubscribedAt: "2026-11-01 00:00:00.000Z",
  });
  await participant("noEmail", {});
  const commitment = await admin.collection("commitments").create({
    participant: ids.answered,
    cohort: cohort.id,
    module: "eoac",
    kind: "personal",
    action: "回访",
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
  const followup = await admin.collection("followups").create({
    participant: ids.answered,
    cohort: cohort.id,
    kind: "round",
    round: 7,
    dueAt: "2026-11-01 01:00:00Z",
    state: "sent",
    sentAt: "2026-11-01 01:00:00Z",
    attempts: 1,
  });
  await admin
    .collection("checkins")
    .create({ commitment: commitment.id, followup: followup.id, status: "done", source: "email" });
  await before.stop();
}, 120_000);

afterAll(async () => {
  await sink?.close();
  rmSync(root, { recursive: true, force: true });
});

it("moves emails to addresses, keeps consent and unsubscribes, and counts only proven participations as confirmed", async () => {
  const after = await serve();
  try {
    const admin = await signedIn(after.url);
    const participants: Record<string, RecordModel> = Object.fromEntries(
      (
        await admin.collection("participants").getFullList({ filter: admin.filter("cohort = {:c}", { c: ids.cohort }) })
      ).map((p) => [p["name"], p]),
    );
    const addresses = Object.fromEntries(
      (await admin.collection("addresses").getFullList()).map((a) => [a["email"], a]),
    );
    expect(Object.keys(addresses).sort()).toEqual([
      "answered@example.com",
      "signed-in@example.com",
      "stopped@example.com",
      "waiting.person@example.com",
    ]);
    for (const p of Object.values(participants)) expect(p["email"]).toBe("");
    expect(participants.noEmail!["address"]).toBe("");
    expect(participants.waiting!["address"]).toBe(addresses["waiting.person@example.com"]!.id);
    expect(
      Object.fromEntries(
        Object.entries(participants).map(([name, p]) => [name, [p["followUpConsent"], p["emailConfirmedAt"] !== ""]]),
      ),
    ).toEqual({
      waiting: [true, false],
      answered: [true, true],
      signedIn: [true, true],
      stopped: [false, false],
      noEmail: [false, false],
    });
    expect(addresses["stopped@example.com"]!["unsubscribedAt"]).toBe("2026-11-01 00:00:00.000Z");
    expect((await admin.collection("cohorts").getOne(ids.cohort!))["capacity"]).toBe(60);

    // The one unconfirmed participation with consent gets its confirmation email; nobody else gets one.
    const run = await runFollowupJob(admin, after.url);
    expect(run.confirmations).toEqual({ sent: 1, retry: 0 });
    const mails = readMailbox(path.join(root, "mail")) as { envelopeTo: string[]; subject: string }[];
    expect(mails.filter((m) => m.subject.startsWith("请确认")).map((m) => m.envelopeTo)).toEqual([
      ["waiting.person@example.com"],
    ]);
    // Sign-in codes now go to addresses.
    expect(
      (
        await fetch(`${after.url}/api/collections/participants/request-otp`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "answered@example.com" }),
        })
      ).status,
    ).toBe(403);
  } finally {
    await after.stop();
  }

  // Down: each participant gets its email and unsubscribe back. Later migrations are undone first.
  const steps = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".js") && f >= MIGRATION).length;
  execFileSync(pocketbaseBinary(), ["migrate", "down", String(steps), ...commandArgs(dataDir)], {
    input: "y\n",
    stdio: ["pipe", "ignore", "ignore"],
  });
  const down = await serve(olderMigrations);
  try {
    const admin = await signedIn(down.url);
    const back = Object.fromEntries(
      (
        await admin.collection("participants").getFullList({ filter: admin.filter("cohort = {:c}", { c: ids.cohort }) })
      ).map((p) => [p["name"], [p["email"], p["unsubscribedAt"]]]),
    );
    expect(back).toEqual({
      waiting: ["waiting.person@example.com", ""],
      answered: ["answered@example.com", ""],
      signedIn: ["signed-in@example.com", ""],
      stopped: ["stopped@example.com", "2026-11-01 00:00:00.000Z"],
      noEmail: ["", ""],
    });
    expect(
      (
        await fetch(`${down.url}/api/collections/addresses/records`, {
          headers: { Authorization: admin.authStore.token },
        })
      ).status,
    ).toBe(404);
  } finally {
    await down.stop();
  }
}, 120_000);
