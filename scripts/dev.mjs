// npm run dev: PocketBase (API, hooks reloaded on change), Astro's dev server with hot reload (it
// forwards /api to PocketBase, see astro.config.mjs), and a local mail catcher with an inbox page, so
// sign-in codes and follow-ups can be read without any mail account. Ctrl-C stops them all.
import "./lib/require-node.mjs";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/pocketbase-binary.mjs";
import { startMailInbox } from "./lib/mail-inbox.mjs";
import { startMailSink } from "./lib/mail-sink.mjs";
import { assertPortFree, freePort, startPocketBase } from "./lib/run-pocketbase.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";

async function main() {
  // PORT is the page server's port here; PB_PORT the API's.
  const site = readServerOptions(process.argv.slice(2), process.env, process.cwd(), { port: 4321 });
  if (site.lan)
    throw new UsageError("--lan is for npm start (the built site); npm run dev is for working on this computer.");
  if (process.argv.slice(2).some((arg) => arg === "--replica" || arg.startsWith("--replica=")))
    throw new UsageError("--replica is for npm start; npm run dev does not replicate.");
  const api = readServerOptions([], { ...process.env, PORT: process.env.PB_PORT ?? "8090" }, process.cwd());
  await assertPortFree(site.host, site.port);
  mkdirSync(api.dataDir, { recursive: true });
  const mailDir = path.join(api.dataDir, "dev-mail");
  const sink = await startMailSink({ dir: mailDir, port: Number(process.env.MAIL_PORT ?? (await freePort())) });
  const inbox = await startMailInbox({ dir: mailDir, port: Number(process.env.MAIL_UI_PORT ?? 1080) });
  const pocketbase = await startPocketBase({
    dataDir: api.dataDir,
    host: api.host,
    port: api.port,
    watchHooks: true,
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "践诺 Jiannuo (dev) <dev@jiannuo.localhost>",
      APP_URL: `http://${site.host}:${site.port}`,
      // No Litestream runs here: PocketBase keeps its own nightly checkpoint (pb_hooks/jobs.pb.js).
      JIANNUO_REPLICA: "",
    },
  });
  const astro = spawn(
    process.execPath,
    // --ignore-lock: this script owns the process and its port, so Astro's one-server-per-project lock
    // would only stop a second checkout-wide run (e.g. tests beside a developer's dev server).
    [
      path.join(ROOT, "node_modules/astro/bin/astro.mjs"),
      "dev",
      "--ignore-lock",
      "--host",
      site.host,
      "--port",
      String(site.port),
    ],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, PB_PORT: String(api.port) } },
  );
  console.log(`\nPages (hot reload): http://${site.host}:${site.port}/   API and admin: ${pocketbase.url}/_/`);
  console.log(`Mail catcher inbox: http://127.0.0.1:${inbox.port}/  (every email stays on this machine)\n`);

  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    astro.kill("SIGTERM");
    await pocketbase.stop();
    await Promise.all([sink.close(), inbox.close()]);
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
