// The data-loss window of continuous replication: participants write commitments continuously to a
// PocketBase with Litestream beside it (as npm start runs them), then a power cut: both processes are
// killed with SIGKILL at once and the data folder is forgotten. The replica is restored into a new
// folder and each acknowledged commitment looked up there. The window is how long before the cut the
// oldest lost commitment was acknowledged (0 when none was lost). Several cuts, each on its own server.
// The replica is a folder, or S3: the local S3 of the tests (tests/support/fakes/s3.ts, SigV4 checked
// on every request) on 127.0.0.1, so the figure has HTTP and signing in it but no real network.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { upsertSuperuser } from "../lib/pocketbase-binary.mjs";
import { readReplica, restoreReplica, startReplication } from "../lib/replica.mjs";
import { freePort, startPocketBase } from "../lib/run-pocketbase.mjs";
import { MODULES, adminClient, join, trainerWithCohorts } from "./fixtures.mjs";

// Loaded when this module runs (see room-burst.mjs).
const { newRecordId } = await import("../../src/lib/record-id.ts");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Bytes of the compressed log segments Litestream sent (what a remote replica's uplink carries). */
function shippedLogBytes(folder) {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".wal.lz4"))
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** A local S3 with keys made up for this run, and the environment Litestream needs for it. */
async function localS3() {
  const { S3Fake } = await import("../../tests/support/fakes/s3.ts");
  const keys = {
    accessKeyId: `AKID${randomBytes(8).toString("hex")}`,
    secretAccessKey: randomBytes(30).toString("base64"),
  };
  const storage = await new S3Fake({ ...keys, buckets: ["bench"] }).listen();
  const env = {
    JIANNUO_REPLICA_ENDPOINT: storage.url,
    LITESTREAM_ACCESS_KEY_ID: keys.accessKeyId,
    LITESTREAM_SECRET_ACCESS_KEY: keys.secretAccessKey,
  };
  return { storage, env };
}

/** One server, `writers` participants writing for `seconds`, then the cut; returns what was lost. */
async function oneCut({ writers, seconds, pauseMs, target }) {
  const dir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-replica-"));
  const dataDir = path.join(dir, "data");
  const s3 = target === "s3" ? await localS3() : null;
  const replica = s3
    ? readReplica(`s3://bench/${path.basename(dir)}`, s3.env, dir)
    : readReplica(path.join(dir, "replica"), {}, dir);
  const env = s3?.env ?? {};
  const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const server = await startPocketBase({
    dataDir,
    port: await freePort(),
    stdio: "pipe",
    env: { JIANNUO_FOLLOWUP_CRON: "off", JIANNUO_REPLICA: replica.url },
  });
  // Writers start once Litestream has made its first copy, as on a server that has been running.
  let synced;
  const firstCopy = new Promise((resolve) => (synced = resolve));
  const replication = startReplication({
    dataDir,
    replica,
    env,
    onLine: (line) => /msg="wal segment written"/.test(line) && synced(),
  });
  try {
    await firstCopy;
    const admin = await adminClient(server.url, superuser);
    const {
      cohorts: [cohort],
    } = await trainerWithCohorts(admin, { name: "Replica bench" });
    const people = await Promise.all(
      Array.from({ length: writers }, (_, i) => join(server.url, cohort.joinCode, `写入者${i}`)),
    );
    const acks = new Map();
    // Writes refused while the server ran (not at the cut): their tablets' outboxes would send them again.
    const refused = [];
    let writing = true;
    const loops = people.map(async (who, w) => {
      for (let n = 0; writing; n++) {
        const id = newRecordId();
        try {
          const res = await fetch(`${server.url}/api/collections/commitments/records`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: who.token },
            body: JSON.stringify({
              id,
              participant: who.record.id,
              cohort: cohort.id,
              module: MODULES[n % 6],
              kind: "personal",
              action: `写入者${w} 的第 ${n} 条：客户等候超过五分钟时主动说明原因`,
              trigger: "当客户开始看表时",
              confidence: 7,
              visibility: "cohort",
              status: "planned",
            }),
          });
          if (res.ok) acks.set(id, Date.now());
          else if (writing) refused.push(`${res.status} ${await res.text()}`);
        } catch {
          // the server is gone: the cut
        }
        await sleep(pauseMs);
      }
    });
    // A cut at a moment unrelated to Litestream's one-second rhythm.
    await sleep(seconds * 1000 + Math.random() * 1000);
    const cutAt = Date.now();
    process.kill(replication.pid, "SIGKILL");
    server.child.kill("SIGKILL");
    writing = false;
    await Promise.all([server.exited, replication.stop(), ...loops]);

    const restoredDir = path.join(dir, "restored");
    const started = performance.now();
    await restoreReplica({ replica, env, output: path.join(restoredDir, "data.db") });
    const restoreSeconds = (performance.now() - started) / 1000;
    const { DatabaseSync } = await import("node:sqlite");
    const db = new DatabaseSync(path.join(restoredDir, "data.db"), { readOnly: true });
    const present = new Set(
      db
        .prepare("SELECT id FROM commitments")
        .all()
        .map((r) => r.id),
    );
    db.close();
    const lost = [...acks].filter(([id]) => !present.has(id));
    const windowMs = lost.length ? Math.max(...lost.map(([, at]) => cutAt - at)) : 0;
    const first = Math.min(...acks.values());
    return {
      acknowledged: acks.size,
      refused,
      lost: lost.length,
      windowMs,
      rate: acks.size / ((cutAt - first) / 1000),
      restoreSeconds,
      kbPerWrite:
        (s3
          ? s3.storage
              .objects("bench")
              .filter((o) => o.key.endsWith(".wal.lz4"))
              .reduce((n, o) => n + o.size, 0)
          : shippedLogBytes(replica.path)) /
        1024 /
        acks.size,
    };
  } finally {
    await server.stop();
    await replication.stop();
    await s3?.storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `cuts` power cuts for each replica kind of `targets` ("folder", "s3"; alternating, so both see
 * the same machine load) and reports each, and each kind's largest window against the 5 s goal.
 */
export async function replicaLoss({
  cuts = 3,
  writers = 5,
  seconds = 8,
  pauseMs = 20,
  targets = ["folder", "s3"],
} = {}) {
  const byTarget = Object.fromEntries(targets.map((t) => [t, []]));
  for (let i = 0; i < cuts; i++)
    for (const target of targets) byTarget[target].push(await oneCut({ writers, seconds, pauseMs, target }));
  const parts = targets.map((target) => summarise(byTarget[target], target, writers));
  return {
    rows: parts.flatMap((p) => p.rows),
    notes: [...new Set(parts.flatMap((p) => p.notes))],
    summary: parts.flatMap((p) => p.summary),
  };
}

const TARGET_NAMES = { folder: "a folder", s3: "S3 (local, SigV4-checked)" };

function summarise(results, target, writers) {
  const cuts = results.length;
  const worst = Math.max(...results.map((r) => r.windowMs)) / 1000;
  const lost = results.reduce((n, r) => n + r.lost, 0);
  const acknowledged = results.reduce((n, r) => n + r.acknowledged, 0);
  return {
    rows: results.map((r, i) => ({
      replica: TARGET_NAMES[target],
      cut: i + 1,
      "writes/s": Math.round(r.rate),
      acknowledged: r.acknowledged,
      "refused while running": r.refused.length,
      lost: r.lost,
      "window s": (r.windowMs / 1000).toFixed(2),
      "restore s": r.restoreSeconds.toFixed(1),
      "log KB sent per write": r.kbPerWrite.toFixed(1),
    })),
    notes: [
      ...[...new Set(results.flatMap((r) => r.refused))].slice(0, 3).map((why) => `refused while running: ${why}`),
      `${writers} participants writing continuously; each cut kills PocketBase and Litestream with SIGKILL at once.`,
      "Window: how long before the cut the oldest lost commitment was acknowledged (0: nothing acknowledged was lost).",
    ],
    summary: [
      {
        benchmark: `replication to ${TARGET_NAMES[target]}: data-loss window at a power cut`,
        figure: `max ${worst.toFixed(2)} s over ${cuts} cuts (${lost} of ${acknowledged} lost)`,
        goal: "≤ 5 s",
        reference: "nightly backup: up to 24 h",
        met: worst <= 5,
      },
    ],
  };
}
