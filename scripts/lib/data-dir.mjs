// Checks, before PocketBase starts, that the data folder can really be written: PocketBase itself only
// says "unable to open database file (14)" on a read-only folder, and a full disk fails later, in the
// middle of someone's request. Nothing here touches data.db's contents.
import { closeSync, fsyncSync, mkdirSync, openSync, statSync, statfsSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** Free space below which Jiannuo does not start (SQLite needs room for its journal and checkpoints). */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;
const PROBE_BYTES = 64 * 1024;

/** Raised when the data folder cannot be used; the message is one line for the person at the terminal. */
export class DataDirError extends Error {}

const mb = (bytes) => `${Math.floor(bytes / (1024 * 1024))} MB`;

/** One plain sentence for an error of the file system, or null when there is none for it. */
function problemOf(err) {
  switch (err?.code) {
    case "EROFS":
      return "it is on a read-only file system. Mount it read-write, or choose another folder with --data or PB_DATA";
    case "EACCES":
    case "EPERM":
      return `this user (uid ${process.getuid?.() ?? "?"}) may not write there. Give it write access (e.g. chown -R), or choose another folder with --data or PB_DATA`;
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full. Free some space and start again";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way of the folder. Move that file, or choose another folder with --data or PB_DATA";
    default:
      return null;
  }
}

function fail(dir, err) {
  const problem = problemOf(err);
  if (!problem) throw err;
  return new DataDirError(`Jiannuo cannot use its data folder ${dir}: ${problem}.`);
}

/**
 * Creates the data folder when missing and proves it writable with room to spare; throws a
 * DataDirError naming the folder and the problem otherwise.
 * @param {string} dir absolute path of the data folder
 */
export function prepareDataDir(dir) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fail(dir, err);
  }
  if (!statSync(dir).isDirectory()) throw fail(dir, { code: "ENOTDIR" });

  const { bavail, bsize } = statfsSync(dir);
  const free = Number(bavail) * Number(bsize);
  if (free < MIN_FREE_BYTES) {
    throw new DataDirError(
      `Jiannuo cannot use its data folder ${dir}: the disk is full (${mb(free)} free, at least ${mb(MIN_FREE_BYTES)} needed). Free some space and start again.`,
    );
  }

  // A real write, flushed to the disk, in the folder where SQLite will write its journal.
  const probe = path.join(dir, `.write-check-${process.pid}`);
  let fd;
  try {
    fd = openSync(probe, "w");
    writeSync(fd, Buffer.alloc(PROBE_BYTES));
    fsyncSync(fd);
  } catch (err) {
    throw fail(dir, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(probe);
    } catch {
      // never created
    }
  }

  // An existing database must be writable too (opened, not written).
  for (const name of ["data.db", "auxiliary.db"]) {
    try {
      closeSync(openSync(path.join(dir, name), "r+"));
    } catch (err) {
      if (err.code === "ENOENT") continue;
      const problem = problemOf(err);
      if (!problem) throw err;
      throw new DataDirError(`Jiannuo cannot use its data folder ${dir}: ${name} cannot be written, ${problem}.`);
    }
  }
}
