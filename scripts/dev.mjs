// npm run dev: PocketBase (API, hooks reloaded on change) plus Astro's dev server with hot reload,
// which forwards /api to PocketBase (astro.config.mjs). Ctrl-C stops both.
import "./lib/require-node.mjs";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/pocketbase-binary.mjs";
import { assertPortFree, startPocketBase } from "./lib/run-pocketbase.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";

async function main() {
  // PORT is the page server's port here; PB_PORT the API's.
  const site = readServerOptions(process.argv.slice(2), process.env, process.cwd(), { port: 4321 });
  const api = readServerOptions([], { ...process.env, PORT: process.env.PB_PORT ?? "8090" }, process.cwd());
  await assertPortFree(site.host, site.port);
  mkdirSync(api.dataDir, { recursive: true });
  const pocketbase = await startPocketBase({ dataDir: api.dataDir, host: api.host, port: api.port, watchHooks: true });
  const astro = spawn(
    process.execPath,
    // --ignore-lock: this script owns the process and its port, so Astro's one-server-per-project lock
    // would only stop a second checkout-wide run (e.g. tests beside a developer's dev server).
    [path.join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--ignore-lock", "--host", site.host, "--port", String(site.port)],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, PB_PORT: String(api.port) } },
  );
  console.log(`\nPages (hot reload): http://${site.host}:${site.port}/   API and admin: ${pocketbase.url}/_/\n`);

  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    astro.kill("SIGTERM");
    await pocketbase.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(0));
  astro.once("exit", (code) => stopAll(code ?? 1));
  pocketbase.exited.then(({ code }) => stopAll(code || 1));
}

main().catch((err) => {
  console.error(err instanceof UsageError ? err.message : `Jiannuo dev could not start: ${err.message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
