// npm run trainer -- add EMAIL [NAME]: creates a trainer or resets their password, printing a
// generated one. Works whether or not the server is running (SQLite allows a second writer to wait).
import "./lib/require-node.mjs";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { commandArgs, pocketbaseBinary } from "./lib/pocketbase-binary.mjs";
import { UsageError, readServerOptions } from "./lib/server-options.mjs";

const USAGE = "Usage: npm run trainer -- add EMAIL [NAME]   (data folder: PB_DATA, default ./pb_data)";

function run(args) {
  const result = spawnSync(pocketbaseBinary(), args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status || 1);
}

try {
  const [action, email, ...nameParts] = process.argv.slice(2);
  if (action !== "add" || !email || email.startsWith("-")) throw new UsageError(USAGE);
  const { dataDir } = readServerOptions([], process.env, process.cwd());
  mkdirSync(dataDir, { recursive: true });
  const common = commandArgs(dataDir);
  run(["migrate", "up", ...common]);
  const name = nameParts.join(" ");
  run(["trainer", "add", email, ...(name ? [name] : []), ...common]);
} catch (err) {
  console.error(err.message);
  process.exit(err instanceof UsageError ? 2 : 1);
}
