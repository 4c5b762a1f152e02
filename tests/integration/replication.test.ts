// Continuous replication (docs/OPERATIONS.md, §3): npm start streams data.db to a replica with
// Litestream, npm run restore brings it back on a new machine. The fault test ends the server like a
// power cut with its disk lost: every commitment acknowledged more than N seconds before is restored,
// and the tablets' outboxes deliver the rest exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import PocketBase from "pocketbase";
import { cleanTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { litestreamBinary, litestreamConfig, readReplica } from "../../scripts/lib/replica.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { pb as devicePb } from "../../src/lib/pocketbase";
import { newRecordId } from "../../src/lib/record-id";
import { $session, type JoinedCohort } from "../../src/stores/session-state";
import { $outbox, flushOutbox, submitCommitment } from "../../src/stores/outbox";
import { deliverAsOutbox, tabletCommitment } from "../support/outbox-rule";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import {
  isAlive,
  killLikeAPowerCut,
  runScript,
  runScriptInBackground,
  startReplicatedServer,
} from "../support/replicated-server";
import { upsertSuperuser } from "../../scripts/lib/pocketbase-binary.mjs";
import { superuserClient } from "../support/api";
import { S3Fake } from "../support/fakes/s3";

/** Every commitment acknowledged more than this many seconds before the power cut must be restored. */
const N_SECONDS = 5;

const superuser = { email: "admin@test.local", password: randomBytes(12).toString("hex") };
let work: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const signedIn = (url: string) => superuserClient({ url, superuser });

async function trainerAndCohort(admin: PocketBase, name: string) {
  const trainer = await admin.collection("trainers").create({
    email: `${randomBytes(6).toString("hex")}@example.com`,
    name: "T",
    password: "trainer-pass-1",
    passwordConfirm: "trainer-pass-1",
  });
  return admin.collection("cohorts").create({
    name,
    organization: "示例银行",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
}

async function join(url: string, code: string, name: string) {
  const res = await fetch(`${url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, locale: "zh-CN" }),
  });
  expect(res.status).toBe(200);
  return res.json() as Promise<{ token: string; record: { id: string }; cohort: JoinedCohort }>;
}

/**
 * A tablet writing commitments with the outbox's delivery rule (src/stores/outbox.ts): an id chosen
 * on the device, sent again until the server has it; "this id already exists" counts as delivered.
 * `acks` records when the server acknowledged each id.
 */
function tablet(session: Awaited<ReturnType<typeof join>>, url: string, name: string, acks: Map<string, number>) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  client.authStore.save(session.token, session.record as never);
  const entries: { id: string; sent: boolean }[] = [];
  async function deliver(entry: (typeof entries)[number]) {
    const body = {
      id: entry.id,
      participant: session.record.id,
      cohort: session.cohort.id,
      status: "planned",
      ...tabletCommitment(`${name} 的第 ${entries.indexOf(entry) + 1} 条承诺`),
    };
    const delivered = await deliverAsOutbox(client, body);
    if (!delivered) return; // network error: stays in the outbox
    if (delivered === "created") acks.set(entry.id, Date.now());
    entry.sent = true;
  }
  return {
    entries,
    client,
    async writeOne() {
      const entry = { id: newRecordId(), sent: false };
      entries.push(entry);
      await deliver(entry).catch(() => undefined);
    },
    async flush() {
      for (const entry of entries.filter((e) => !e.sent)) await deliver(entry).catch(() => undefined);
    },
  };
}

/** Restores the replica (as of `at`) into a new folder and reads the cohorts' names from it. */
async function restoredCohortNames(replica: string, at?: string, env: Record<string, string> = {}): Promise<string[]> {
  const dir = mkdtempSync(path.join(work, "peek-"));
  rmSync(dir, { recursive: true });
  const result = await runScriptInBackground(
    "restore.mjs",
    ["--from", replica, "--to", dir, ...(at ? ["--at", at] : [])],
    env,
  );
  expect(result.stderr).toBe("");
  const db = new DatabaseSync(path.join(dir, "data.db"), { readOnly: true });
  const names = db
    .prepare("SELECT name FROM cohorts ORDER BY name")
    .all()
    .map((r) => String(r["name"]));
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return names;
}

/**
 * The fault test: five tablets write commitments continuously to npm start replicating to `replica`
 * (with `env`: the S3 endpoint and keys), a power cut takes the machine and its disk, npm run restore
 * brings the replica back on a new folder and port. Every commitment acknowledged more than
 * N_SECONDS before the cut must be there, and the tablets' outboxes deliver the rest exactly once.
 * Returns what npm start and npm run restore printed.
 */
async function powerCutAndRestore({
  name,
  replica,
  env = {},
}: {
  name: string;
  replica: string;
  env?: Record<string, string>;
}): Promise<{ serverOutput: string; restoreOutput: string }> {
  const dataDir = path.join(work, name);
  mkdirSync(dataDir);
  upsertSuperuser(dataDir, superuser);
  // The app's real outbox starts empty on this "tablet" (an earlier run may have used it).
  cleanTestStorage();
  $outbox.set([]);
  const server = await startReplicatedServer({ dataDir, port: await freePort(), replica, env });
  const admin = await signedIn(server.url);
  const cohort = await trainerAndCohort(admin, "断电班");

  // Five tablets write continuously: one runs the app's real outbox, four the same delivery rule.
  const acks = new Map<string, number>();
  const session = await join(server.url, cohort.joinCode, "真实设备");
  $session.set({
    token: session.token,
    participant: session.record as never,
    cohort: session.cohort,
    joinKey: "k".repeat(43),
  });
  devicePb.baseURL = server.url;
  devicePb.afterSend = (response, data) => {
    if (response.ok && new URL(response.url).pathname.endsWith("/collections/commitments/records") && data?.id)
      acks.set(data.id, Date.now());
    return data;
  };
  const tablets = await Promise.all(
    ["甲", "乙", "丙", "丁"].map(async (name) =>
      tablet(await join(server.url, cohort.joinCode, name), server.url, name, acks),
    ),
  );
  const deviceIds: string[] = [];
  let writing = true;
  const writers = [
    ...tablets.map(async (t) => {
      while (writing) {
        await t.writeOne();
        await sleep(40);
      }
    }),
    (async () => {
      while (writing) {
        deviceIds.push(submitCommitment(tabletCommitment(`真实设备 的第 ${deviceIds.length + 1} 条承诺`)));
        await sleep(150);
      }
    })(),
  ];
  // Writing goes on until the first acknowledgement is well over N seconds old.
  await expect
    .poll(() => Date.now() - Math.min(...acks.values()), { timeout: 60_000, interval: 100 })
    .toBeGreaterThan((N_SECONDS + 3) * 1000);

  const cutAt = Date.now();
  await killLikeAPowerCut(server);
  writing = false;
  await Promise.all(writers);
  await flushOutbox();
  rmSync(dataDir, { recursive: true, force: true }); // the disk is gone

  // A new machine: restore into a new folder, start PocketBase there on another port.
  const newDir = path.join(work, `${name}-restored`);
  const restore = await runScriptInBackground("restore.mjs", ["--from", replica, "--to", newDir], env);
  expect(restore.stderr).toBe("");
  expect(restore.status).toBe(0);
  const restoredFrom = replica.startsWith("s3://") ? replica : `file://${replica}`;
  expect(restore.stdout).toMatch(
    /^Restored: \S+data\.db \(\d+ KB; 2 cohorts, 8 participants, \d+ commitments, 0 check-ins\) from \S+ in [\d.]+ s\.$/m,
  );
  expect(restore.stdout).toContain(` from ${restoredFrom} in `);
  expect(readdirSync(newDir)).toEqual(["data.db"]);
  const restored = await startPocketBase({
    dataDir: newDir,
    port: await freePort(),
    publicDir: FIXTURE_SITE,
    stdio: "pipe",
    env: { JIANNUO_FOLLOWUP_CRON: "off", SMTP_HOST: "" },
  });
  try {
    const newAdmin = await signedIn(restored.url);
    const storedIds = async () =>
      (
        await newAdmin
          .collection("commitments")
          .getFullList({ filter: newAdmin.filter("cohort = {:c}", { c: cohort.id }), fields: "id,action" })
      ).map((r) => ({ id: r.id, action: r["action"] as string }));
    const afterRestore = new Set((await storedIds()).map((r) => r.id));
    const lost = [...acks].filter(([id]) => !afterRestore.has(id));
    const windowMs = lost.length ? Math.max(...lost.map(([, at]) => cutAt - at)) : 0;
    console.log(
      `replication to ${replica.startsWith("s3://") ? "S3" : "a folder"}: ${lost.length} of ${acks.size} acknowledged commitments lost; the oldest was acknowledged ${(windowMs / 1000).toFixed(2)} s before the power cut (N = ${N_SECONDS} s)`,
    );
    expect(lost.filter(([, at]) => cutAt - at > N_SECONDS * 1000)).toEqual([]);
    const submitted = [...deviceIds, ...tablets.flatMap((t) => t.entries.map((e) => e.id))];
    expect([...afterRestore].filter((id) => !submitted.includes(id))).toEqual([]); // nothing that never was

    // The tablets reach the new server (its address comes from the site, as after a DNS change) and
    // send what they hold, twice over as a reconnecting tablet might: each arrives exactly once.
    devicePb.baseURL = restored.url;
    for (const t of tablets) t.client.baseURL = restored.url;
    for (let pass = 0; pass < 2; pass += 1) {
      await flushOutbox({ force: true });
      await Promise.all(tablets.map((t) => t.flush()));
    }
    expect($outbox.get().filter((e) => e.state !== "sent")).toEqual([]);
    expect(tablets.flatMap((t) => t.entries).filter((e) => !e.sent)).toEqual([]);
    const lostIds = new Set(lost.map(([id]) => id));
    const final = await storedIds();
    expect(final.map((r) => r.id).sort()).toEqual(submitted.filter((id) => !lostIds.has(id)).sort());
    expect(new Set(final.map((r) => r.action)).size).toBe(final.length);
    return { serverOutput: server.output(), restoreOutput: restore.stdout + restore.stderr };
  } finally {
    await restored.stop();
  }
}

beforeAll(() => {
  useTestStorageEngine();
  cleanTestStorage();
  work = mkdtempSync(path.join(tmpdir(), "jiannuo-replica-"));
});

afterAll(() => {
  delete devicePb.afterSend;
  rmSync(work, { recursive: true, force: true });
});

describe("continuous replication", () => {
  it(`after a power cut that takes the disk, restores every commitment acknowledged more than ${N_SECONDS} s before, and the outboxes deliver the rest exactly once`, async () => {
    await powerCutAndRestore({ name: "machine-1", replica: path.join(work, "replica") });
  }, 240_000);

  it("npm start restarts Litestream after a crash and stops it after PocketBase, with the last changes sent; a restore goes back to a point in time", async () => {
    const dataDir = path.join(work, "pitr-data");
    const replica = path.join(work, "pitr-replica");
    mkdirSync(dataDir);
    upsertSuperuser(dataDir, superuser);
    const server = await startReplicatedServer({ dataDir, port: await freePort(), replica });
    const admin = await signedIn(server.url);
    await trainerAndCohort(admin, "A 早班");
    await expect.poll(() => restoredCohortNames(replica), { timeout: 30_000, interval: 500 }).toContain("A 早班");
    const between = new Date().toISOString();
    // Later changes are stamped later (the replica's times have a resolution of a second).
    await expect.poll(() => Date.now(), { timeout: 5000, interval: 100 }).toBeGreaterThan(Date.parse(between) + 1500);

    // Litestream crashes: npm start says so and starts it again.
    const first = server.litestreamPid()!;
    process.kill(first, "SIGKILL");
    await expect
      .poll(() => server.output(), { timeout: 10_000 })
      .toContain("Replication stopped (SIGKILL); starting it again in 1 s.");
    await expect.poll(() => server.litestreamPid(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(server.litestreamPid()).not.toBe(first);
    await trainerAndCohort(admin, "A2 午班");
    await expect.poll(() => restoredCohortNames(replica), { timeout: 30_000, interval: 500 }).toContain("A2 午班");

    await trainerAndCohort(admin, "B 晚班");
    // Stopped at once, before Litestream's next one-second sync: the stop itself sends B.
    const pids = [server.pocketbasePid()!, server.litestreamPid()!];
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(server.output()).not.toMatch(/could not|failed/i);

    expect(await restoredCohortNames(replica)).toEqual(expect.arrayContaining(["A 早班", "B 晚班"]));
    const asBefore = await restoredCohortNames(replica, between);
    expect(asBefore).toContain("A 早班");
    expect(asBefore).not.toContain("A2 午班");
    expect(asBefore).not.toContain("B 晚班");
    const target = path.join(work, "too-old");
    const tooOld = runScript("restore.mjs", ["--from", replica, "--to", target, "--at", "2020-01-01T08:00:00+08:00"]);
    expect([tooOld.status, tooOld.stderr.trim()]).toEqual([
      1,
      `The replica file://${replica} holds nothing as old as 2020-01-01T00:00:00.000Z (it keeps 72h; JIANNUO_REPLICA_RETENTION), or no replica is there.`,
    ]);
    expect(readdirSync(work)).not.toContain("too-old");
  }, 120_000);

  it("npm run restore refuses, with a message and changing nothing: a folder that is not empty, a missing replica, a bad time", () => {
    const replica = path.join(work, "no-replica-needed");
    const full = path.join(work, "full");
    mkdirSync(full);
    writeFileSync(path.join(full, "data.db"), "the data of another instance");
    const notEmpty = runScript("restore.mjs", ["--from", replica, "--to", full]);
    expect([notEmpty.status, notEmpty.stderr.trim()]).toEqual([
      1,
      `${full} is not empty: restore into a new or empty folder, so nothing is overwritten (nothing was changed).`,
    ]);
    expect(readFileSync(path.join(full, "data.db"), "utf8")).toBe("the data of another instance");

    const target = path.join(work, "never");
    const missing = runScript("restore.mjs", ["--from", path.join(work, "no-such-replica"), "--to", target]);
    expect([missing.status, missing.stderr.trim()]).toEqual([
      1,
      `There is no replica at ${path.join(work, "no-such-replica")}. Is the folder right (--from)?`,
    ]);
    const notAReplica = runScript("restore.mjs", ["--from", full, "--to", target]);
    expect([notAReplica.status, notAReplica.stderr.trim()]).toEqual([
      1,
      `There is no replica at file://${full}. Is the address right (--from)?`,
    ]);
    const badTime = runScript("restore.mjs", ["--from", replica, "--to", target, "--at", "yesterday"]);
    expect(badTime.status).toBe(2);
    expect(badTime.stderr).toContain('--at: "yesterday" is not a time such as 2026-12-04T10:30:00+08:00.');
    expect(readdirSync(work)).not.toContain("never");
  });

  it("npm start refuses a replica it cannot use, before starting anything", () => {
    const data = path.join(work, "refused");
    const inside = runScript("start.mjs", ["--no-build", "--data", data, "--replica", path.join(data, "replica")]);
    expect([inside.status, inside.stderr.trim()]).toEqual([
      1,
      `The replica ${path.join(data, "replica")} must not lie inside the data folder: a lost disk would take both.`,
    ]);
    const secret = "wJalrXUtnFEMI-K7MDENG";
    const withKey = runScript("start.mjs", ["--no-build", "--data", data, "--replica", `s3://AKIA:${secret}@bucket/x`]);
    expect(withKey.status).toBe(1);
    expect(withKey.stderr).toContain("must not hold credentials: set LITESTREAM_ACCESS_KEY_ID");
    expect(withKey.stderr).not.toContain(secret);
    const other = runScript("start.mjs", ["--no-build", "--data", data], { JIANNUO_REPLICA: "gcs://bucket/x" });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain("A replica is a folder (or file:///path) or S3-compatible storage");
    expect(readdirSync(work)).not.toContain("refused");
  });

  it("the S3 configuration Jiannuo writes for MinIO and Alibaba OSS holds no credential, and Litestream reads it", () => {
    const cases = [
      {
        env: { JIANNUO_REPLICA_ENDPOINT: "http://127.0.0.1:9000" },
        expected: ['endpoint: "http://127.0.0.1:9000"', "force-path-style: true"],
      },
      {
        env: {
          JIANNUO_REPLICA_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
          JIANNUO_REPLICA_REGION: "oss-cn-hangzhou",
          JIANNUO_REPLICA_FORCE_PATH_STYLE: "false",
        },
        expected: ['region: "oss-cn-hangzhou"', "force-path-style: false"],
      },
    ];
    for (const { env, expected } of cases) {
      const replica = readReplica("s3://jiannuo-replicas/bank-a", env, work)!;
      const text = litestreamConfig("/srv/jiannuo/bank-a/data/data.db", replica);
      for (const line of expected) expect(text).toContain(line);
      expect(text).toContain('bucket: "jiannuo-replicas"');
      const file = path.join(work, "s3.yml");
      writeFileSync(file, text);
      const read = spawnSync(litestreamBinary(), ["databases", "-no-expand-env", "-config", file], {
        encoding: "utf8",
        env: {
          ...process.env,
          LITESTREAM_ACCESS_KEY_ID: "id-only-in-env",
          LITESTREAM_SECRET_ACCESS_KEY: "secret-only-in-env",
        },
        timeout: 10_000,
      });
      expect(read.stderr).toBe("");
      expect(read.stdout).toMatch(/\/srv\/jiannuo\/bank-a\/data\/data\.db\s+s3/);
      expect(text).not.toMatch(/secret|access-key/i);
    }
  });

  it("the nightly database job leaves the WAL to Litestream: writes do not wait behind Litestream's read lock", async () => {
    // Litestream holds a read transaction on data.db between its checkpoints; one held here does the same.
    async function writeAfterNightlyJob(extraEnv: Record<string, string>) {
      const server = await startTestPocketBase(FIXTURE_SITE, extraEnv);
      const reader = new DatabaseSync(path.join(server.handle.dataDir, "data.db"), { readOnly: true });
      try {
        const admin = await superuserClient(server.handle);
        const trainer = await admin.collection("trainers").create({
          email: "nightly@example.com",
          name: "T",
          password: "trainer-pass-1",
          passwordConfirm: "trainer-pass-1",
        });
        reader.exec("BEGIN");
        reader.prepare("SELECT count(*) FROM trainers").get();
        // The job runs in the background: writes go on for a while after it was started, and the
        // slowest of them is what a participant would have waited.
        await admin.crons.run("__pbDBOptimize__");
        let slowest = 0;
        for (const end = performance.now() + 1500; performance.now() < end;) {
          const started = performance.now();
          await admin.collection("trainers").update(trainer.id, { name: `T${slowest}` });
          slowest = Math.max(slowest, performance.now() - started);
        }
        return slowest;
      } finally {
        reader.close();
        await server.stop();
      }
    }
    // Control: PocketBase's own job (wal_checkpoint TRUNCATE) holds the write for its busy timeout.
    expect(await writeAfterNightlyJob({})).toBeGreaterThan(5000);
    expect(await writeAfterNightlyJob({ JIANNUO_REPLICA: `file://${work}/unused` })).toBeLessThan(2000);
  }, 90_000);
});

// S3-compatible storage, for real over HTTP: a local S3 (tests/support/fakes/s3.ts) that checks every
// request's SigV4 signature, with keys made up for this run only.
describe("continuous replication to S3-compatible storage", () => {
  const keys = {
    id: `AKID${randomBytes(8).toString("hex").toUpperCase()}`,
    secret: randomBytes(30).toString("base64"),
  };
  const bucket = "jiannuo-replicas";
  let storage: S3Fake;
  /** The variables an operator writes into jiannuo.env for MinIO (docs/OPERATIONS.md, §3). */
  const minio = (secret = keys.secret) => ({
    JIANNUO_REPLICA_ENDPOINT: storage.url,
    LITESTREAM_ACCESS_KEY_ID: keys.id,
    LITESTREAM_SECRET_ACCESS_KEY: secret,
  });
  /** No key of this run (nor the wrong one tried) appears in `text`. */
  const noCredentialIn = (text: string, ...secrets: string[]) => {
    for (const secret of [keys.id, keys.secret, ...secrets]) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    storage = await new S3Fake({ accessKeyId: keys.id, secretAccessKey: keys.secret, buckets: [bucket] }).listen();
  });
  afterAll(() => storage.close());

  it(`after a power cut that takes the disk, restores from S3 every commitment acknowledged more than ${N_SECONDS} s before; every request was signed with the keys from the environment`, async () => {
    const { serverOutput, restoreOutput } = await powerCutAndRestore({
      name: "s3-machine-1",
      replica: `s3://${bucket}/bank-a`,
      env: minio(),
    });
    const objects = storage.objects(bucket).map((o) => o.key);
    expect(
      objects.some((key) => /^bank-a\/generations\/[0-9a-f]{16}\/snapshots\/[0-9a-f]{8}\.snapshot\.lz4$/.test(key)),
    ).toBe(true);
    expect(
      objects.some((key) => /^bank-a\/generations\/[0-9a-f]{16}\/wal\/[0-9a-f]{8}_[0-9a-f]{8}\.wal\.lz4$/.test(key)),
    ).toBe(true);
    // Every request reached the storage signed and verified; none was refused.
    expect(storage.requests.filter((r) => r.status >= 400 && r.code !== "NoSuchKey")).toEqual([]);
    console.log(`S3 operations Litestream used: ${storage.operations().join(", ")}`);
    expect(storage.operations()).toEqual(expect.arrayContaining(["ListObjects", "PutObject", "GetObject"]));
    noCredentialIn(serverOutput + restoreOutput);
  }, 240_000);

  it("a wrong secret key: npm start says so in one line naming the setting, keeps serving, and neither it nor npm run restore shows a key", async () => {
    const wrong = randomBytes(30).toString("base64");
    const dataDir = path.join(work, "s3-wrong-key");
    mkdirSync(dataDir);
    upsertSuperuser(dataDir, superuser);
    const refusedBefore = storage.requests.filter((r) => r.code === "SignatureDoesNotMatch").length;
    const server = await startReplicatedServer({
      dataDir,
      port: await freePort(),
      replica: `s3://${bucket}/wrong-key`,
      env: minio(wrong),
    });
    const sentence = `Replication: s3://${bucket}/wrong-key at ${storage.url} fails: the storage refuses the signature (SignatureDoesNotMatch): LITESTREAM_SECRET_ACCESS_KEY is not the secret of LITESTREAM_ACCESS_KEY_ID. No change reaches the replica until this is fixed.`;
    try {
      const admin = await signedIn(server.url);
      await trainerAndCohort(admin, "钥匙错了");
      await expect.poll(() => server.output(), { timeout: 20_000 }).toContain(sentence);
      expect(storage.requests.filter((r) => r.code === "SignatureDoesNotMatch").length).toBeGreaterThan(refusedBefore);
      expect(storage.objects(bucket).filter((o) => o.key.startsWith("wrong-key/"))).toEqual([]);
      // PocketBase goes on serving: participants are not stopped by the replica's problem.
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      // Litestream's own wording (with S3's request ids) is not what the operator reads.
      const problemLines = server
        .output()
        .split("\n")
        .filter((line) => line.startsWith("Replication:"));
      expect(problemLines.length).toBeGreaterThan(0);
      expect(problemLines.filter((line) => line !== sentence)).toEqual([]);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    noCredentialIn(server.output(), wrong);

    const target = path.join(work, "s3-wrong-key-restore");
    const restore = await runScriptInBackground(
      "restore.mjs",
      ["--from", `s3://${bucket}/bank-a`, "--to", target],
      minio(wrong),
    );
    expect([restore.status, restore.stderr.trim()]).toEqual([
      1,
      `s3://${bucket}/bank-a at ${storage.url} fails: the storage refuses the signature (SignatureDoesNotMatch): LITESTREAM_SECRET_ACCESS_KEY is not the secret of LITESTREAM_ACCESS_KEY_ID.`,
    ]);
    noCredentialIn(restore.stdout + restore.stderr, wrong);
    expect(readdirSync(work)).not.toContain("s3-wrong-key-restore");
  }, 90_000);

  it("Alibaba OSS's form: the bucket in the host name, signed for the OSS region, replicated and restored; a path-style address is refused in one line", async () => {
    const host = "oss-cn-hangzhou.aliyuncs.com";
    const oss = await new S3Fake({
      accessKeyId: keys.id,
      secretAccessKey: keys.secret,
      buckets: [bucket],
      region: "oss-cn-hangzhou",
      virtualHostSuffix: host,
    }).listen();
    // OSS's own host name, reached through the fake as Litestream's HTTP proxy: the proxy receives
    // every request (with its Host header), so no name is resolved and nothing leaves 127.0.0.1.
    const env = (pathStyle: string) => ({
      JIANNUO_REPLICA_ENDPOINT: `http://${host}`,
      JIANNUO_REPLICA_REGION: "oss-cn-hangzhou",
      JIANNUO_REPLICA_FORCE_PATH_STYLE: pathStyle,
      LITESTREAM_ACCESS_KEY_ID: keys.id,
      LITESTREAM_SECRET_ACCESS_KEY: keys.secret,
      HTTP_PROXY: oss.url,
      http_proxy: oss.url,
      NO_PROXY: "",
      no_proxy: "",
    });
    const dataDir = path.join(work, "oss-data");
    mkdirSync(dataDir);
    upsertSuperuser(dataDir, superuser);
    const replica = `s3://${bucket}/hangzhou`;
    const server = await startReplicatedServer({ dataDir, port: await freePort(), replica, env: env("false") });
    try {
      await trainerAndCohort(await signedIn(server.url), "杭州班");
      await expect
        .poll(() => restoredCohortNames(replica, undefined, env("false")), { timeout: 30_000, interval: 500 })
        .toContain("杭州班");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await oss.close();
    }
    expect(oss.requests.length).toBeGreaterThan(0);
    expect(oss.requests.filter((r) => r.host !== `${bucket}.${host}` || r.status >= 400)).toEqual([]);
    expect(oss.objects(bucket).some((o) => o.key.startsWith("hangzhou/generations/"))).toBe(true);
    noCredentialIn(server.output());

    await oss.listen();
    const target = path.join(work, "oss-path-style");
    const pathStyle = await runScriptInBackground("restore.mjs", ["--from", replica, "--to", target], env("true"));
    await oss.close();
    expect([pathStyle.status, pathStyle.stderr.trim()]).toEqual([
      1,
      `${replica} at http://${host} fails: the storage wants the bucket in the host name (SecondLevelDomainForbidden): set JIANNUO_REPLICA_FORCE_PATH_STYLE=false.`,
    ]);
  }, 90_000);
});
