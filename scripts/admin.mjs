// npm run admin -- EMAIL: creates the account for PocketBase's admin dashboard (/_/), or resets its
// password, and prints a generated password once. Works whether or not the server is running.
import "./lib/require-node.mjs";
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { commandArgs, pocketbaseBinary } from "./lib/pocketbase-binary.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";

const USAGE = "Usage: npm run admin -- EMAIL   (data folder: PB_DATA, default ./pb_data)";
// No look-alike characters, as for trainer passwords, so it can be typed off the terminal.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

try {
  const [rawEmail = "", ...rest] = process.argv.slice(2);
  const email = rawEmail.trim().toLowerCase();
  if (rest.length || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(USAGE);
  const { dataDir } = readServerOptions([], process.env, process.cwd());
  mkdirSync(dataDir, { recursive: true });
  const password = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const common = commandArgs(dataDir);
  for (const args of [
    ["migrate", "up", ...common],
    ["superuser", "upsert", email, password, ...common],
  ]) {
    // PocketBase's own output names its password argument; ours prints only what a person needs.
    const result = spawnSync(pocketbaseBinary(), args, { encoding: "utf8" });
    if (result.status !== 0) {
      console.error(`Could not save the admin account: ${(result.stderr || result.stdout).trim()}`);
      process.exit(1);
    }
  }
  console.log(`Admin account for PocketBase's dashboard (/_/): ${email}`);
  console.log(`Password: ${password}`);
  console.log("Keep it somewhere safe: it is shown only this once.");
} catch (err) {
  console.error(err.message);
  process.exit(err instanceof UsageError ? 2 : 1);
}
