// Copies of data.db, checked before they get their final name: the online backup (npm run backup, and
// the final backup of npm run instance -- remove) and the restored database (npm run restore).
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const TABLES = { cohorts: "cohorts", participants: "participants", commitments: "commitments", checkins: "check-ins" };

/** Raised when a copy cannot be made or fails its check; the message is for the person at the terminal. */
export class CopyError extends Error {}

/**
 * Opens the database file `file`, makes it one self-contained file (journal mode DELETE; PocketBase
 * switches it back to WAL when it opens it), checks its integrity and counts its records.
 * @returns {Promise<{ counts: string, latestChange: string }>} counts as "3 cohorts, 7 participants, …";
 *   latestChange: the newest `updated` time among those records ("" when there are none)
 */
export async function checkDatabaseCopy(file) {
  // Loaded here: node:sqlite does not exist in old Nodes (see require-node.mjs).
  const { DatabaseSync } = await import("node:sqlite");
  const db = new DatabaseSync(file);
  try {
    db.exec("PRAGMA journal_mode = DELETE");
    const check = db.prepare("PRAGMA integrity_check").get();
    if (check?.integrity_check !== "ok")
      throw new CopyError(`${file} failed its integrity check (${JSON.stringify(check)}); it is kept for inspection.`);
    const counts = Object.entries(TABLES).map(
      ([table, label]) => `${db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n} ${label}`,
    );
    const latest = Object.keys(TABLES).map((table) => `SELECT max(updated) AS t FROM ${table}`);
    const row = db.prepare(`SELECT max(t) AS t FROM (${latest.join(" UNION ALL ")})`).get();
    return { counts: counts.join(", "), latestChange: String(row?.t ?? "") };
  } finally {
    db.close();
  }
}

/**
 * Copies `<dataDir>/data.db` to `out` with SQLite's online backup (consistent while the server writes),
 * checks it and gives it its final name, readable by its owner only. Never overwrites a file.
 * @returns {Promise<{ out: string, kb: number, counts: string }>}
 */
export async function backupDatabase(dataDir, out) {
  const { DatabaseSync, backup } = await import("node:sqlite");
  const source = path.join(dataDir, "data.db");
  if (!existsSync(source))
    throw new CopyError(`There is no database at ${source}. Is the data folder right (--data or PB_DATA)?`);
  if (existsSync(out)) throw new CopyError(`${out} already exists; choose another --out (nothing was overwritten).`);
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
    throw new CopyError(`The backup of ${source} failed: ${err.message}`);
  } finally {
    db.close();
  }
  chmodSync(partial, 0o600);
  const { counts } = await checkDatabaseCopy(partial);
  renameSync(partial, out);
  return { out, kb: Math.ceil(statSync(out).size / 1024), counts };
}
