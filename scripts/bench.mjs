// npm run bench: performance figures against a real PocketBase with the project's migrations and
// hooks, in a temporary data folder. Prints a table; asserts nothing (goals are read, not enforced).
import "./lib/require-node.mjs";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dashboardRender, wallOnScreen } from "./bench/browser.mjs";
import { joinBurst } from "./bench/join-burst.mjs";
import { realtimeLatency } from "./bench/realtime.mjs";
import { EXERCISE_PAGE_JS_BUDGET, pageWeights } from "./bench/page-weight.mjs";
import { buildSite, siteIsStale } from "./lib/build-site.mjs";
import { pocketbaseBinary } from "./lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "./lib/run-pocketbase.mjs";

if (siteIsStale()) buildSite();
const weights = pageWeights();
console.log("\nPage weight (gzipped; JS includes every chunk the page loads):");
console.table(weights.map(({ js, ...row }) => row));
const exercisePages = weights.filter((w) => w.page === "module with exercises" && w.js !== undefined);
if (exercisePages.length) {
  const heaviest = exercisePages.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`heaviest module page with exercises (${heaviest.file}): ${(heaviest.js / 1024).toFixed(1)} KB JS of a ${EXERCISE_PAGE_JS_BUDGET / 1024} KB budget`);
}

console.log("\nJoining (a real PocketBase with the project's migrations and hooks):");
const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-"));
const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
execFileSync(pocketbaseBinary(), ["superuser", "upsert", superuser.email, superuser.password, `--dir=${dataDir}`], { stdio: "ignore" });
const server = await startPocketBase({ dataDir, port: await freePort(), stdio: "pipe" });
try {
  const burst = await joinBurst({ url: server.url, superuser, participants: Number(process.env.BENCH_PARTICIPANTS ?? 300) });
  console.table(burst.rows);
  for (const note of burst.notes) console.log(note);

  console.log("\nLive wall (realtime):");
  const wall = await realtimeLatency({ url: server.url, superuser, subscribers: Number(process.env.BENCH_SUBSCRIBERS ?? 500) });
  console.table(wall.rows);
  for (const note of wall.notes) console.log(note);

  if (existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
    console.log("\nIn the browser (goals: dashboard under 1 s; card on the wall within 250 ms at p95):");
    console.table([...(await wallOnScreen({ url: server.url, superuser })).rows, ...(await dashboardRender({ url: server.url, superuser })).rows]);
  } else {
    console.log("\nBrowser figures skipped: chromium not found (sudo apt-get install -y chromium).");
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
