// Joins while another process writes to the same database, as Litestream does beside PocketBase
// (scripts/lib/replica.mjs: its own tables in data.db, written at its first sync and at checkpoints).
// A transaction that read before that write commits cannot write any more (SQLite's "database is
// locked (517)"); lib/db.js's writeTransaction keeps every join succeeding, each exactly once. Runs
// its own PocketBase so the second writer slows no other test.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Worker } from "node:worker_threads";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { superuserClient } from "../support/api";

const JOINS = 60; // the default capacity of a cohort, and its new-join places of one window
const WRITER_LIMIT_MS = 60_000; // the writer stops by itself after this, whatever happens to the test

let server: Awaited<ReturnType<typeof startTestPocketBase>>;
let code: string;
let cohortId: string;
let admin: PocketBase;

/**
 * A second writer in its own thread (its waits for the lock never hold up this thread's requests):
 * a small insert into a table of its own every 2 ms, in WAL mode with a busy timeout, until told to
 * stop or WRITER_LIMIT_MS is over. Counts its commits in `state[1]`; `state[0] = 1` stops it.
 */
function startWriter(dbPath: string) {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `
    const { workerData } = require("node:worker_threads");
    const { DatabaseSync } = require("node:sqlite");
    const { dbPath, state, limitMs } = workerData;
    const db = new DatabaseSync(dbPath);
    db.exec("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;");
    db.exec("CREATE TABLE IF NOT EXISTS test_second_writer (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)");
    const insert = db.prepare("INSERT INTO test_second_writer (at) VALUES (?)");
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const end = Date.now() + limitMs;
    while (Atomics.load(state, 0) === 0 && Date.now() < end) {
      insert.run(Date.now());
      Atomics.add(state, 1, 1);
      Atomics.wait(pause, 0, 0, 2);
    }
    db.close();
    `,
    { eval: true, workerData: { dbPath, state, limitMs: WRITER_LIMIT_MS } },
  );
  const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
  return {
    commits: () => Atomics.load(state, 1),
    async stop() {
      Atomics.store(state, 0, 1);
      await exited;
    },
  };
}

let writer: ReturnType<typeof startWriter> | null = null;

beforeAll(async () => {
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(server.handle);
  const email = `busy-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(12).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "Trainer" });
  const trainer = new PocketBase(server.handle.url);
  await trainer.collection("trainers").authWithPassword(email, password);
  const cohort = await trainer.collection("cohorts").create({
    name: "并发加入班",
    organization: "示例银行",
    trainer: trainer.authStore.record!.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  code = cohort.joinCode;
  cohortId = cohort.id;
});

afterAll(async () => {
  await writer?.stop();
  await server?.stop();
});

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
const clientId = () => Array.from(randomBytes(15), (b) => alphabet[b % alphabet.length]).join("");

async function join(body: Record<string, unknown>) {
  const res = await fetch(`${server.handle.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { record?: { id: string }; message?: string } };
}

it(`${JOINS} joins at once, each sent twice, while a second writer commits every 2 ms: all succeed, ${JOINS} participants`, async () => {
  writer = startWriter(path.join(server.handle.dataDir, "data.db"));
  const devices = Array.from({ length: JOINS }, (_, i) => ({
    code,
    name: `参与者 ${i + 1}`,
    locale: "zh-CN",
    id: clientId(),
    joinKey: randomBytes(32).toString("base64url"),
    // Every third one gives an email: its join also writes an address first.
    ...(i % 3 === 0 ? { email: `busy-${i}-${randomBytes(3).toString("hex")}@example.com` } : {}),
  }));
  // Each device sends its join twice at once (a retry after a lost response): both must answer with
  // the same participant, made once.
  const started = Date.now();
  const answers = await Promise.all(devices.flatMap((device) => [join(device), join(device)]));
  const seconds = (Date.now() - started) / 1000;
  const commitsDuringJoins = writer.commits();
  await writer.stop();

  const failed = answers.filter((a) => a.status !== 200);
  console.info(
    `${answers.length} join requests in ${seconds.toFixed(1)} s beside ${commitsDuringJoins} commits of the second writer; ` +
      `${failed.length} failed${failed.length ? `: ${JSON.stringify(failed.slice(0, 3))}` : ""}`,
  );
  expect(commitsDuringJoins).toBeGreaterThan(0);
  expect(failed).toEqual([]);
  expect(answers.map((a) => a.body.record?.id)).toEqual(devices.flatMap((d) => [d.id, d.id]));
  const participants = await admin
    .collection("participants")
    .getFullList({ filter: admin.filter("cohort = {:c}", { c: cohortId }), fields: "id" });
  expect(participants.map((p) => p.id).sort()).toEqual(devices.map((d) => d.id).sort());
});
