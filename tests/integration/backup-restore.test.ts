// Backups as the operations guide tells operators to make them, each restored and checked: every
// cohort, participant, commitment and check-in is back.
// 1. PocketBase's backups API: make a zip of the running server, download it, upload it to a fresh
//    server and restore it there.
// 2. npm run backup (SQLite's online backup) while participants keep writing, restored by putting
//    the file as data.db into an empty data folder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
const ROOT = path.resolve(import.meta.dirname, "../..");
const COLLECTIONS = ["cohorts", "participants", "commitments", "checkins"] as const;
type Snapshot = Record<(typeof COLLECTIONS)[number], string[]>;

let source: Started;
let work: string;
let before: Snapshot;

async function superuser(url: string, credentials = source.handle.superuser) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection("_superusers").authWithPassword(credentials.email, credentials.password);
  return pb;
}

/** Every record of the collections that matter, as "id|key field" lines, sorted. */
async function snapshot(url: string): Promise<Snapshot> {
  const pb = await superuser(url);
  const keyField = { cohorts: "name", participants: "name", commitments: "action", checkins: "note" } as const;
  const entries = await Promise.all(
    COLLECTIONS.map(async (c) => {
      const records = await pb.collection(c).getFullList({ fields: `id,${keyField[c]}` });
      return [c, records.map((r) => `${r.id}|${r[keyField[c]]}`).sort()] as const;
    }),
  );
  return Object.fromEntries(entries) as Snapshot;
}

/** A participant of `code` who then writes `count` commitments, each with a check-in. */
async function participantWrites(url: string, code: string, name: string, count: number) {
  const joined = await fetch(`${url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, email: `${name}@example.com`, followUpConsent: true, locale: "zh-CN" }),
  }).then((r) => r.json());
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  pb.authStore.save(joined.token, joined.record);
  for (let i = 1; i <= count; i += 1) {
    const commitment = await pb.collection("commitments").create({
      participant: joined.record.id,
      cohort: joined.cohort.id,
      module: "eoac",
      kind: "personal",
      action: `${name}：承诺 ${i}`,
      trigger: "当客户等候时",
      confidence: 8,
      visibility: "cohort",
      status: "planned",
    });
    await pb
      .collection("checkins")
      .create({ commitment: commitment.id, status: "in_progress", note: `${name}：进展 ${i}`, source: "app" });
  }
}

/** Waits until the server at `url` lets the source's superuser sign in (after a restore restarts it). */
async function untilRestored(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await superuser(url);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "jiannuo-backup-"));
  source = await startTestPocketBase(FIXTURE_SITE);
  const admin = await superuser(source.handle.url);
  const trainer = await admin
    .collection("trainers")
    .create({
      email: "backup@example.com",
      name: "备份老师",
      password: "trainer-pass-1",
      passwordConfirm: "trainer-pass-1",
    });
  for (const name of ["春季班", "秋季班"]) {
    const cohort = await admin
      .collection("cohorts")
      .create({
        name,
        organization: "示例银行",
        trainer: trainer.id,
        startsOn: "2026-11-24",
        endsOn: "2026-11-25",
        locale: "zh-CN",
      });
    await participantWrites(source.handle.url, cohort.joinCode, `${name}甲`, 2);
    await participantWrites(source.handle.url, cohort.joinCode, `${name}乙`, 2);
  }
  before = await snapshot(source.handle.url);
  // 2 new cohorts (and the demo one), 4 new participants (and 3 demo ones), 8 commitments (and 4), 8 check-ins.
  expect(COLLECTIONS.map((c) => before[c].length)).toEqual([3, 7, 12, 8]);
});

afterAll(async () => {
  await source?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("through PocketBase's backups API: zip, download, upload to a fresh server, restore", async () => {
    const admin = await superuser(source.handle.url);
    await admin.backups.create("jiannuo-test.zip");
    expect((await admin.backups.getFullList()).map((b) => b.key)).toContain("jiannuo-test.zip");
    const download = await fetch(admin.backups.getDownloadURL(await admin.files.getToken(), "jiannuo-test.zip"));
    expect(download.status).toBe(200);
    const zip = Buffer.from(await download.arrayBuffer());
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    writeFileSync(path.join(work, "jiannuo-test.zip"), zip);

    // A new machine: a fresh data folder with its own first superuser, then the upload and restore.
    const fresh = await startTestPocketBase(FIXTURE_SITE);
    try {
      const freshAdmin = await superuser(fresh.handle.url, fresh.handle.superuser);
      expect((await freshAdmin.collection("cohorts").getFullList()).map((c) => c.name)).not.toContain("春季班");
      await freshAdmin.backups.upload({ file: new File([zip], "jiannuo-test.zip", { type: "application/zip" }) });
      await freshAdmin.backups.restore("jiannuo-test.zip");
      // PocketBase restarts itself on the restored folder; the source's superuser signs in there.
      await untilRestored(fresh.handle.url);
      expect(await snapshot(fresh.handle.url)).toEqual(before);
      expect(fresh.server.child.exitCode).toBeNull();
    } finally {
      await fresh.stop();
    }
  });

  it("with npm run backup while participants keep writing, restored into an empty data folder", async () => {
    const admin = await superuser(source.handle.url);
    const cohort = await admin.collection("cohorts").getFirstListItem("name = '春季班'");
    const out = path.join(work, "backups", "jiannuo.db");
    // Writes go on during the backup; the backup holds everything from before it started.
    const writing = participantWrites(source.handle.url, cohort.joinCode, "备份时写的人", 15);
    const backup = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, "scripts/backup.mjs"), "--data", source.handle.dataDir, "--out", out],
        { cwd: ROOT },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
    await writing;
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      new RegExp(
        `^Backup written: ${out} \\(\\d+ KB; 3 cohorts, \\d+ participants, \\d+ commitments, \\d+ check-ins\\)\\.\n`,
      ),
    );
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(out))).toEqual(["jiannuo.db"]);

    const restored = path.join(work, "restored");
    mkdirSync(restored);
    copyFileSync(out, path.join(restored, "data.db"));
    const server = await startPocketBase({
      dataDir: restored,
      port: await freePort(),
      publicDir: FIXTURE_SITE,
      stdio: "pipe",
      env: { JIANNUO_FOLLOWUP_CRON: "off", SMTP_HOST: "" },
    });
    try {
      const after = await snapshot(server.url);
      const now = await snapshot(source.handle.url);
      for (const c of COLLECTIONS) {
        expect(
          after[c].filter((r) => !now[c].includes(r)),
          c,
        ).toEqual([]); // nothing that never was
        expect(
          before[c].filter((r) => !after[c].includes(r)),
          c,
        ).toEqual([]); // nothing lost
      }
      // A check-in is never restored without its commitment.
      const pb = await superuser(server.url);
      const commitments = new Set(after.commitments.map((line) => line.split("|")[0]));
      const checkins = await pb.collection("checkins").getFullList({ fields: "id,commitment" });
      expect(checkins.filter((c) => !commitments.has(c["commitment"]))).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("npm run backup refuses, with a message, a folder without a database and an existing file", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, "scripts/backup.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
    const empty = path.join(work, "empty");
    mkdirSync(empty);
    const missing = run("--data", empty, "--out", path.join(work, "x.db"));
    expect([missing.status, missing.stderr.trim()]).toEqual([
      1,
      `There is no database at ${path.join(empty, "data.db")}. Is the data folder right (--data or PB_DATA)?`,
    ]);
    expect(existsSync(path.join(work, "x.db"))).toBe(false);

    const taken = path.join(work, "taken.db");
    writeFileSync(taken, "an older backup");
    const refused = run("--data", source.handle.dataDir, "--out", taken);
    expect([refused.status, refused.stderr.trim()]).toEqual([
      1,
      `${taken} already exists; choose another --out (nothing was overwritten).`,
    ]);
    expect(readdirSync(work).filter((f) => f.startsWith("taken"))).toEqual(["taken.db"]);
  });
});
