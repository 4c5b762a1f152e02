// npm run backup [-- --data ./pb_data] [--out FILE]: a consistent copy of Jiannuo's database, made
// with SQLite's online backup while the server runs (or not), checked, and readable by you only.
// data.db holds every cohort, participant, commitment and check-in; restoring is putting the file in
// place of data.db in an empty data folder and starting Jiannuo.
import "./lib/require-node.mjs";
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `Usage: npm run backup [-- --data ./pb_data] [--out backups/jiannuo-YYYYMMDD-HHMMSS.db]
Environment: PB_DATA (the data folder; --data wins).`;
const TABLES = { cohorts: "cohorts", participants: "participants", commitments: "commitments", checkins: "check-ins" };

class BackupError extends Error {}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { data: { type: "string" }, out: { type: "string" } },
    }));
  } catch (err) {
    throw new BackupError(`${err.message}\n${USAGE}`);
  }
  const dataDir = path.resolve(values.data ?? (process.env.PB_DATA || "pb_data"));
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const out = path.resolve(values.out ?? path.join("backups", `jiannuo-${stamp}.db`));
  return { dataDir, out };
}

async function main() {
  const { dataDir, out } = options();
  const { DatabaseSync, backup } = await import("node:sqlite");
  const source = path.join(dataDir, "data.db");
  if (!existsSync(source))
    throw new BackupError(`There is no database at ${source}. Is the data folder right (--data or PB_DATA)?`);
  if (existsSync(out)) throw new BackupError(`${out} already exists; choose another --out (nothing was overwritten).`);
  mkdirSync(path.dirname(out), { recursive: true });

  // Written under a temporary name, so a file with the final name is always a complete backup.
  const partial = `${out}.partial`;
  // A normal connection (it writes nothing): as the last one to close, it removes the -wal and -shm
  // files it had to create when the server is stopped; a read-only one would leave them behind.
  const db = new DatabaseSync(source);
  try {
    await backup(db, partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new BackupError(`The backup of ${source} failed: ${err.message}`);
  } finally {
    db.close();
  }
  chmodSync(partial, 0o600);

  const copy = new DatabaseSync(partial);
  let counts;
  try {
    // One self-contained file (PocketBase switches it back to WAL when it opens it).
    copy.exec("PRAGMA journal_mode = DELETE");
    const check = copy.prepare("PRAGMA integrity_check").get();
    if (check?.integrity_check !== "ok")
      throw new BackupError(
        `The backup failed its integrity check (${JSON.stringify(check)}); ${partial} is kept for inspection.`,
      );
    counts = Object.entries(TABLES).map(
      ([table, label]) => `${copy.prepare(`SELECT count(*) AS n FROM ${table}`).get().n} ${label}`,
    );
  } finally {
    copy.close();
  }
  renameSync(partial, out);
  console.log(`Backup written: ${out} (${Math.ceil(statSync(out).size / 1024)} KB; ${counts.join(", ")}).`);
  console.log("Keep it as private as the server: it holds participants' names, emails and commitments.");
}

main().catch((err) => {
  console.error(err instanceof BackupError ? err.message : `The backup failed: ${err.message}`);
  process.exit(err instanceof BackupError && err.message.includes("Usage:") ? 2 : 1);
});
