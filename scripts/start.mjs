// npm start: builds the site when needed and runs ONE PocketBase process serving site and API.
// Ctrl-C or SIGTERM stops PocketBase too; a bad flag, a taken port, or a data folder that cannot be
// written (read-only, full disk) exits non-zero with a one-line message.
import "./lib/require-node.mjs";
import path from "node:path";
import { buildSite, siteIsStale } from "./lib/build-site.mjs";
import { DataDirError, prepareDataDir } from "./lib/data-dir.mjs";
import { startPocketBase } from "./lib/run-pocketbase.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";

async function main() {
  const options = readServerOptions(process.argv.slice(2), process.env, process.cwd());
  // Before anything else: a read-only folder or a full disk stops here, with data.db untouched.
  prepareDataDir(options.dataDir);
  if (options.build && siteIsStale()) {
    console.log("Building the site…");
    buildSite();
  }
  // Links in emails need the address people use; behind a proxy, set APP_URL to the public one.
  const appUrl = process.env.APP_URL || `http://${options.host}:${options.port}`;
  const server = await startPocketBase({ dataDir: options.dataDir, host: options.host, port: options.port, env: { APP_URL: appUrl } });
  console.log(`\nJiannuo is running at ${server.url}/  (data: ${path.relative(process.cwd(), options.dataDir) || "."})`);
  console.log(`First trainer account: ${path.join(options.dataDir, "first-trainer.txt")}. Stop with Ctrl-C.\n`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await server.stop();
      process.exit(0);
    });
  }
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`PocketBase stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    process.exit(code || 1);
  }
}

main().catch((err) => {
  console.error(err instanceof UsageError || err instanceof DataDirError ? err.message : `Jiannuo could not start: ${err.message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
