// npm start on a data folder it cannot use (read-only, not writable for its user, a full disk, a
// file in the way): it stops with one line naming the folder and the problem, exit code 1, and an
// existing data.db is byte for byte the same afterwards and still opens with all its records.
// The conditions are real: a read-only bind mount and a small full tmpfs (tests run as root, which
// chmod alone cannot stop; see tests/support/mount.ts), and, for missing write permission, root
// without its power to override file permissions (setpriv drops CAP_DAC_OVERRIDE), which is then
// refused like any other user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { HOOKS_DIR, MIGRATIONS_DIR, pocketbaseBinary } from "../../scripts/lib/pocketbase-binary.mjs";
import { MIN_FREE_BYTES } from "../../scripts/lib/data-dir.mjs";
import { freePort } from "../../scripts/lib/run-pocketbase.mjs";
import { fillFileSystem, mount, umount } from "../support/mount";

const ROOT = path.resolve(import.meta.dirname, "../..");
let work: string;
/** A data folder with the first-start records (trainer, demo cohort, 3 participants, 4 commitments). */
let seeded: string;
const expected = { cohorts: 1, participants: 3, commitments: 4 };

/** Runs npm start's script; `unprivileged`: without the capabilities that let root ignore file permissions. */
async function npmStart(dataDir: string, { unprivileged = false } = {}) {
  const port = await freePort();
  const command = [
    process.execPath,
    path.join(ROOT, "scripts/start.mjs"),
    "--no-build",
    "--data",
    dataDir,
    "--port",
    String(port),
  ];
  const [file, ...args] = unprivileged
    ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", ...command]
    : command;
  return spawnSync(file!, args, { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Opens a copy of the database (the original may sit on a read-only or full disk) and counts its records. */
function countRecords(dbFile: string) {
  const copy = path.join(mkdtempSync(path.join(work, "check-")), "data.db");
  copyFileSync(dbFile, copy);
  const db = new DatabaseSync(copy, { readOnly: true });
  try {
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    return Object.fromEntries(
      Object.keys(expected).map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

/** Runs npm start on `dir` and checks the one-line refusal and that data.db did not change. */
async function expectRefused(dir: string, message: string, options: { unprivileged?: boolean } = {}) {
  const before = sha256(path.join(dir, "data.db"));
  const result = await npmStart(dir, options);
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe(message);
  expect(result.stdout).not.toContain("Jiannuo is running");
  expect(sha256(path.join(dir, "data.db"))).toBe(before);
  expect(countRecords(path.join(dir, "data.db"))).toEqual(expected);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "jiannuo-datadir-"));
  seeded = path.join(work, "seeded");
  execFileSync(
    pocketbaseBinary(),
    ["migrate", "up", `--dir=${seeded}`, `--migrationsDir=${MIGRATIONS_DIR}`, `--hooksDir=${HOOKS_DIR}`],
    { stdio: "ignore" },
  );
  expect(countRecords(path.join(seeded, "data.db"))).toEqual(expected);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the seeded data folder. */
function dataFolder(name: string) {
  const dir = path.join(work, name);
  cpSync(seeded, dir, { recursive: true });
  return dir;
}

describe("npm start refuses a data folder it cannot use", () => {
  it("on a read-only file system", async () => {
    const dir = dataFolder("read-only");
    mount("--bind", dir, dir);
    try {
      mount("-o", "remount,bind,ro", dir);
      await expectRefused(
        dir,
        `Jiannuo cannot use its data folder ${dir}: it is on a read-only file system. Mount it read-write, or choose another folder with --data or PB_DATA.`,
      );
    } finally {
      umount(dir);
    }
  });

  it("that the user running it may not write", async () => {
    const dir = dataFolder("not-mine");
    chmodSync(dir, 0o555);
    await expectRefused(
      dir,
      `Jiannuo cannot use its data folder ${dir}: this user (uid 0) may not write there. Give it write access (e.g. chown -R), or choose another folder with --data or PB_DATA.`,
      { unprivileged: true },
    );
  });

  it("whose data.db the user running it may not write", async () => {
    const dir = dataFolder("db-not-mine");
    chmodSync(path.join(dir, "data.db"), 0o444);
    await expectRefused(
      dir,
      `Jiannuo cannot use its data folder ${dir}: data.db cannot be written, this user (uid 0) may not write there. Give it write access (e.g. chown -R), or choose another folder with --data or PB_DATA.`,
      { unprivileged: true },
    );
  });

  it("on a full disk", async () => {
    const dir = path.join(work, "full");
    mkdirSync(dir);
    mount("-t", "tmpfs", "-o", `size=${MIN_FREE_BYTES * 2}`, "tmpfs", dir);
    try {
      cpSync(seeded, dir, { recursive: true });
      fillFileSystem(path.join(dir, "filler"));
      await expectRefused(
        dir,
        `Jiannuo cannot use its data folder ${dir}: the disk is full (0 MB free, at least 16 MB needed). Free some space and start again.`,
      );
    } finally {
      umount(dir);
    }
  });

  it("when a file is in the way", async () => {
    const file = path.join(work, "a-file");
    writeFileSync(file, "not a folder");
    const result = await npmStart(file);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Jiannuo cannot use its data folder ${file}: a file is in the way of the folder. Move that file, or choose another folder with --data or PB_DATA.`,
    );
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });
});
