// npm start: builds the site when needed and runs ONE PocketBase process serving site and API.
// Ctrl-C or SIGTERM stops PocketBase too; a bad flag, a taken port, or a data folder that cannot be
// written (read-only, full disk) exits non-zero with a one-line message. `--lan` serves a room from
// this computer on the venue Wi-Fi (README, "Run a room"). With a replica (`--replica` or
// JIANNUO_REPLICA) Litestream runs beside PocketBase and streams every change of data.db to it; it is
// stopped after PocketBase, so it sends the last changes first (docs/OPERATIONS.md, §3).
import "./lib/require-node.mjs";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSite, siteIsStale } from "./lib/build-site.mjs";
import { DataDirError, prepareDataDir } from "./lib/data-dir.mjs";
import { readFirstTrainerNote } from "./lib/first-trainer-note.mjs";
import { lanAddresses } from "./lib/lan-address.mjs";
import { pocketbaseOutputFilter } from "./lib/pocketbase-output.mjs";
import {
  LITESTREAM_VERSION,
  ReplicaError,
  litestreamBinary,
  litestreamOutputFilter,
  readReplica,
  replicaInsideDataDir,
  startReplication,
} from "./lib/replica.mjs";
import { startPocketBase } from "./lib/run-pocketbase.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";
import { hasAdminAccount } from "./lib/superusers.mjs";

/** The address phones open: APP_URL when set, else this computer's Wi-Fi address with --lan. */
function publicUrl(options) {
  if (process.env.APP_URL) return { appUrl: process.env.APP_URL.trim().replace(/\/+$/, "") };
  if (!options.lan) return { appUrl: `http://${options.host}:${options.port}` };
  const local = lanAddresses().map((a) => a.address);
  const address = options.lanAddress || local[0];
  if (!address) {
    throw new UsageError(
      "--lan: this computer has no Wi-Fi or network address. Join the venue Wi-Fi first, then start again.",
    );
  }
  return { appUrl: `http://${address}:${options.port}`, lanAddressIsLocal: local.includes(address) };
}

/** A folder as a person would name it: relative when it is inside the current one. */
function shownPath(folder) {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") ? relative : folder;
}

async function main() {
  const options = readServerOptions(process.argv.slice(2), process.env, process.cwd());
  const replica = readReplica(options.replica, process.env, process.cwd());
  if (replicaInsideDataDir(replica, options.dataDir))
    throw new ReplicaError(
      `The replica ${replica.path} must not lie inside the data folder: a lost disk would take both.`,
    );
  if (replica) litestreamBinary(); // installed? (checked before PocketBase starts)
  // Before anything else: a read-only folder or a full disk stops here, with data.db untouched.
  prepareDataDir(options.dataDir);
  const { appUrl, lanAddressIsLocal } = publicUrl(options);
  const firstStart = !existsSync(path.join(options.dataDir, "data.db"));
  if (options.build && siteIsStale()) {
    console.log("Building the site…");
    buildSite();
  }
  const keep = pocketbaseOutputFilter();
  const server = await startPocketBase({
    dataDir: options.dataDir,
    host: options.host,
    port: options.port,
    // JIANNUO_REPLICA tells the hooks that Litestream checkpoints the WAL (pb_hooks/jobs.pb.js).
    env: { APP_URL: appUrl, JIANNUO_REPLICA: replica?.url ?? "" },
    onLine: (line) => keep(line) && console.log(line),
  });
  // Started once PocketBase has created data.db and switched it to WAL mode.
  const notable = litestreamOutputFilter(60_000, Date.now, replica);
  const replication = replica
    ? startReplication({
        dataDir: options.dataDir,
        replica,
        onLine: (line) => {
          const shown = notable(line);
          if (shown) console.log(`Replication: ${shown}`);
        },
        onExit: (code, signal, delayMs) =>
          console.error(
            `Replication stopped (${signal ?? (code === null ? "not started" : `exit code ${code}`)}); starting it again in ${delayMs / 1000} s.`,
          ),
      })
    : null;
  const site = await (await fetch(`${server.url}/api/jiannuo/site`)).json();
  const noteFile = path.join(options.dataDir, "first-trainer.txt");
  // Loaded here: it draws QR codes with src/lib/qr.ts, and an old Node must first get require-node's sentence.
  const { startSummary } = await import("./lib/start-summary.mjs");
  const summary = startSummary({
    localUrl: server.url,
    appUrl: site.appUrl,
    lan: options.lan,
    lanAddressIsLocal,
    mail: site.mail,
    needsAdmin: !(await hasAdminAccount(options.dataDir)),
    dataDir: shownPath(options.dataDir),
    firstStart: firstStart ? readFirstTrainerNote(options.dataDir) : null,
    noteFile: existsSync(noteFile) ? noteFile : null,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
  console.log(summary.join("\n"));
  if (replica)
    console.log(`Every change is streamed to the replica ${replica.url} (Litestream ${LITESTREAM_VERSION}).\n`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await server.stop();
      await replication?.stop();
      process.exit(0);
    });
  }
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`PocketBase stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    await replication?.stop();
    process.exit(code || 1);
  }
}

main().catch((err) => {
  console.error(
    err instanceof UsageError || err instanceof DataDirError || err instanceof ReplicaError
      ? err.message
      : `Jiannuo could not start: ${err.message}`,
  );
  process.exit(err instanceof UsageError ? 2 : 1);
});
