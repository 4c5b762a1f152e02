// npm run bench: performance figures against a real PocketBase with the project's migrations and
// hooks, in a temporary data folder (the follow-up benchmark starts its own, with SMTP). Prints a
// table per benchmark and ends with one summary: each figure beside its goal and a reference. Goals
// are read, not enforced: the exit code is 0 whatever the figures.
// Scale down with BENCH_PARTICIPANTS (300), BENCH_SUBSCRIBERS (500), BENCH_WALL_CREATES (100),
// BENCH_DASHBOARD_COMMITMENTS (10000), BENCH_FOLLOWUPS (10000), BENCH_CHANNEL_FOLLOWUPS (10000),
// BENCH_REPLICA_CUTS (3); run some with
// BENCH_ONLY, e.g. BENCH_ONLY=room,followups (weight, lighthouse, phone, wire, joins, room, realtime, wallcards, browser,
// followups, channels, bodies, replica, capacity).
// BENCH_TABLETS (500): the tablets watching one cohort's wall cards.
import "./lib/require-node.mjs";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bigBodies } from "./bench/big-bodies.mjs";
import { capacity } from "./bench/capacity.mjs";
import { dashboardRender, wallOnScreen } from "./bench/browser.mjs";
import { COHORT_MAX } from "./bench/fixtures.mjs";
import { followupThroughput } from "./bench/followups.mjs";
import { joinBurst } from "./bench/join-burst.mjs";
import { lighthouseScores } from "./bench/lighthouse.mjs";
import { pageWeights } from "./bench/page-weight.mjs";
import { realtimeLatency } from "./bench/realtime.mjs";
import { replicaLoss } from "./bench/replica.mjs";
import { roomBurst } from "./bench/room-burst.mjs";
import { buildSite, siteIsStale } from "./lib/build-site.mjs";
import { upsertSuperuser } from "./lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "./lib/run-pocketbase.mjs";

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((s) => s.trim())) : null;
const wanted = (name) => !only || only.has(name);
const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
const summary = [];
const started = performance.now();

/** Prints a benchmark's rows and notes, and keeps its summary rows for the end. */
function report(title, result) {
  console.log(`\n${title}`);
  console.table(result.rows);
  for (const note of result.notes ?? []) console.log(note);
  summary.push(...(result.summary ?? []));
}

if (siteIsStale()) buildSite();
if (wanted("weight")) report("Page weight (gzipped, as the server sends it):", pageWeights());

const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-"));
const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
upsertSuperuser(dataDir, superuser);
const server = await startPocketBase({ dataDir, port: await freePort(), stdio: "pipe" });
try {
  const participants = env("BENCH_PARTICIPANTS", 300);
  if (wanted("lighthouse")) {
    if (hasChromium)
      report(
        "Lighthouse, tablet (820×1180, simulated slow 4G and 4× slower CPU):",
        await lighthouseScores({ url: server.url }),
      );
    else console.log("\nLighthouse skipped: chromium not found (sudo apt-get install -y chromium).");
  }
  if (wanted("phone") && hasChromium)
    report(
      "Lighthouse, phone (Lighthouse's mobile profile: slow 4G, 4× CPU):",
      await (await import("./bench/lighthouse-phone.mjs")).lighthousePhone({ url: server.url, superuser }),
    );
  if (wanted("wire"))
    report(
      "Bytes on the wire (a page, its CSS and every JS chunk its markup reaches):",
      await (await import("./bench/wire-bytes.mjs")).wireBytes({ url: server.url }),
    );
  if (wanted("joins"))
    report(
      "Joining (a real PocketBase with the project's migrations and hooks):",
      await joinBurst({ url: server.url, superuser, participants }),
    );
  if (wanted("room")) {
    report(
      `Room burst: ${participants} people join and submit two commitments each within 10 s:`,
      await roomBurst({ url: server.url, superuser, participants }),
    );
  }
  if (wanted("capacity")) {
    report(
      `Capacity: PocketBase's CPU time per operation, a room of ${participants}:`,
      await capacity({ url: server.url, superuser, serverPid: server.child.pid, participants }),
    );
  }
  if (wanted("realtime")) {
    report(
      "Live wall (realtime):",
      await realtimeLatency({
        url: server.url,
        superuser,
        serverPid: server.child.pid,
        subscribers: env("BENCH_SUBSCRIBERS", COHORT_MAX - 1),
        commitments: env("BENCH_WALL_CREATES", 100),
      }),
    );
  }
  if (wanted("wallcards"))
    report(
      "The wall on every tablet (the wall broadcast):",
      await (
        await import("./bench/wall-cards.mjs")
      ).wallCardsFanOut({
        url: server.url,
        superuser,
        serverPid: server.child.pid,
        subscribers: env("BENCH_TABLETS", 500),
      }),
    );
  if (wanted("browser")) {
    if (hasChromium) {
      console.log("\nIn the browser (goals: dashboard under 1 s; card on the wall within 250 ms at p95):");
      for (const result of [
        await wallOnScreen({ url: server.url, superuser }),
        await dashboardRender({ url: server.url, superuser }),
        await dashboardRender({
          url: server.url,
          superuser,
          cohorts: 20,
          participants: 1000,
          commitments: env("BENCH_DASHBOARD_COMMITMENTS", 10_000),
        }),
      ]) {
        console.table(result.rows);
        summary.push(...result.summary);
      }
    } else {
      console.log("\nBrowser figures skipped: chromium not found (sudo apt-get install -y chromium).");
    }
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

let emailSeconds = null;
if (wanted("followups")) {
  const emails = await followupThroughput({ followups: env("BENCH_FOLLOWUPS", 10_000) });
  emailSeconds = emails.seconds;
  report("Follow-up emails (their own PocketBase, SMTP to a local receiver, the job run through its route):", emails);
}

if (wanted("channels")) {
  const { channelThroughput } = await import("./bench/channels.mjs");
  report(
    "Follow-ups over mixed channels (their own PocketBase, the providers' local fakes, one provider-minute per job run):",
    await channelThroughput({ followups: env("BENCH_CHANNEL_FOLLOWUPS", 10_000), emailSeconds }),
  );
}

if (wanted("bodies")) {
  report(
    "Oversized bodies (their own PocketBase): 20 requests at once of 20 MB each, beside 20 ordinary joins:",
    await bigBodies({ requests: 20, megabytes: 20 }),
  );
}

if (wanted("replica")) {
  report(
    "Continuous replication (their own PocketBase with Litestream; a folder replica and a local S3, cut in turn): power cuts while participants write:",
    await replicaLoss({ cuts: env("BENCH_REPLICA_CUTS", 3) }),
  );
}

console.log(
  `\nSummary (${((performance.now() - started) / 60000).toFixed(1)} min; figures from one run on this machine):`,
);
console.table(summary.map((s) => ({ ...s, met: s.met === "" ? "" : s.met ? "yes" : "NO" })));
