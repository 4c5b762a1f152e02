// npm run restore -- --from REPLICA --to DIR [--at TIME]: brings data.db back from the continuous
// replica (Litestream; npm start with JIANNUO_REPLICA) into an empty data folder, as it was at TIME or
// as late as the replica goes; checks its integrity and prints what it holds, as npm run backup does.
// Then start Jiannuo on that folder (npm start -- --data DIR).
import "./lib/require-node.mjs";
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CopyError, checkDatabaseCopy } from "./lib/database-copy.mjs";
import { ReplicaError, readReplica, restoreReplica, restoreTime } from "./lib/replica.mjs";

const USAGE = `Usage: npm run restore -- --from REPLICA --to DIR [--at TIME]
  --from  the replica: a folder, file:///folder or s3://bucket/path (as JIANNUO_REPLICA)
  --to    an empty or new data folder to restore data.db into
  --at    a time such as 2026-12-04T10:30:00+08:00 (without an offset: this computer's time zone);
          without it, the latest state the replica has
Environment: JIANNUO_REPLICA_ENDPOINT, JIANNUO_REPLICA_REGION, JIANNUO_REPLICA_FORCE_PATH_STYLE,
LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY for S3-compatible storage.`;

class UsageError extends Error {}

function options(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { from: { type: "string" }, to: { type: "string" }, at: { type: "string" } },
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n${USAGE}`);
  }
  if (!values.from?.trim() || !values.to?.trim()) throw new UsageError(`--from and --to are both needed.\n${USAGE}`);
  const replica = readReplica(values.from, process.env, process.cwd());
  const dataDir = path.resolve(values.to);
  let at = "";
  try {
    if (values.at !== undefined) at = restoreTime(values.at);
  } catch (err) {
    throw new UsageError(`--at: ${err.message}\n${USAGE}`);
  }
  return { replica, dataDir, at };
}

async function main() {
  const { replica, dataDir, at } = options(process.argv.slice(2));
  if (existsSync(dataDir)) {
    if (!statSync(dataDir).isDirectory())
      throw new CopyError(`${dataDir} is a file, not a folder (nothing was changed).`);
    if (readdirSync(dataDir).length)
      throw new CopyError(
        `${dataDir} is not empty: restore into a new or empty folder, so nothing is overwritten (nothing was changed).`,
      );
  }
  if (replica.type === "file" && !existsSync(replica.path))
    throw new ReplicaError(`There is no replica at ${replica.path}. Is the folder right (--from)?`);
  // A folder made here is removed again when the restore fails.
  const made = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const output = path.join(dataDir, "data.db");
  // Restored under a temporary name, so a data.db in the folder is always a complete, checked one.
  const partial = `${output}.partial`;
  const started = performance.now();
  // Litestream leaves the -wal and -shm files of its own temporary copy behind.
  const leftovers = () =>
    readdirSync(dataDir)
      .filter((name) => name.startsWith("data.db.partial.tmp"))
      .forEach((name) => rmSync(path.join(dataDir, name), { force: true }));
  try {
    await restoreReplica({ replica, output: partial, timestamp: at });
  } catch (err) {
    rmSync(partial, { force: true });
    leftovers();
    if (made) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  leftovers();
  chmodSync(partial, 0o600);
  const { counts, latestChange } = await checkDatabaseCopy(partial);
  renameSync(partial, output);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Restored: ${output} (${Math.ceil(statSync(output).size / 1024)} KB; ${counts}) from ${replica.url}` +
      `${at ? ` as of ${at}` : ""} in ${seconds} s.`,
  );
  if (latestChange) console.log(`Its latest change: ${latestChange.replace(/\.\d+Z$/, "Z")} (UTC).`);
  console.log(`Start Jiannuo on it: npm start -- --data ${dataDir}`);
}

main().catch((err) => {
  if (err instanceof UsageError || err instanceof ReplicaError || err instanceof CopyError) console.error(err.message);
  else console.error(`The restore failed: ${err.message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
