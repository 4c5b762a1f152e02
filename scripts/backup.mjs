// npm run backup [-- --data ./pb_data] [--out FILE]: a consistent copy of Jiannuo's database, made
// with SQLite's online backup while the server runs (or not), checked, and readable by you only.
// data.db holds every cohort, participant, commitment and check-in; restoring is putting the file in
// place of data.db in an empty data folder and starting Jiannuo.
import "./lib/require-node.mjs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CopyError, backupDatabase } from "./lib/database-copy.mjs";

const USAGE = `Usage: npm run backup [-- --data ./pb_data] [--out backups/jiannuo-YYYYMMDD-HHMMSS.db]
Environment: PB_DATA (the data folder; --data wins).`;

class UsageError extends Error {}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { data: { type: "string" }, out: { type: "string" } },
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n${USAGE}`);
  }
  const dataDir = path.resolve(values.data ?? (process.env.PB_DATA || "pb_data"));
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const out = path.resolve(values.out ?? path.join("backups", `jiannuo-${stamp}.db`));
  return { dataDir, out };
}

async function main() {
  const { dataDir, out } = options();
  const { kb, counts } = await backupDatabase(dataDir, out);
  console.log(`Backup written: ${out} (${kb} KB; ${counts}).`);
  console.log("Keep it as private as the server: it holds participants' names, emails and commitments.");
}

main().catch((err) => {
  if (err instanceof UsageError || err instanceof CopyError) console.error(err.message);
  else console.error(`The backup failed: ${err.message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
