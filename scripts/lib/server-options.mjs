// Reads where the server listens and keeps its data, from flags first, then environment variables.
import path from "node:path";
import { parseArgs } from "node:util";

export const USAGE = `Usage: npm start [-- --port 8090] [--host 127.0.0.1] [--data ./pb_data] [--lan [--lan-address ADDR]] [--replica REPLICA]
  --lan      serve the room from this computer on the venue Wi-Fi: listen on every interface and give
             phones this computer's Wi-Fi address (--lan-address picks one when there are several)
  --replica  stream every change of the database to a folder or s3://bucket/path (Litestream)
Environment: PORT, HOST, PB_DATA, JIANNUO_LAN_ADDRESS, JIANNUO_REPLICA (the same settings; flags win).`;

/** Raised for bad flags or values; the message is meant for the person at the terminal. */
export class UsageError extends Error {}

/**
 * @param {string[]} argv flags after the script name
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd folder relative data paths start from
 * @returns {{ host: string, port: number, dataDir: string, build: boolean, lan: boolean, lanAddress: string, replica: string }}
 */
export function readServerOptions(argv, env, cwd, defaults = { port: 8090 }) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        data: { type: "string" },
        "no-build": { type: "boolean" },
        lan: { type: "boolean" },
        "lan-address": { type: "string" },
        replica: { type: "string" },
      },
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n${USAGE}`);
  }
  const rawPort = values.port ?? (env.PORT || String(defaults.port));
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
    throw new UsageError(`Port must be a whole number from 1 to 65535, not "${rawPort}".\n${USAGE}`);
  }
  const lan = Boolean(values.lan);
  const lanAddress = (values["lan-address"] ?? (env.JIANNUO_LAN_ADDRESS || "")).trim();
  if (lanAddress && !lan) throw new UsageError(`--lan-address goes with --lan.\n${USAGE}`);
  if (lanAddress && !/^\d{1,3}(\.\d{1,3}){3}$/.test(lanAddress)) {
    throw new UsageError(`"${lanAddress}" is not an IPv4 address such as 192.168.1.23.\n${USAGE}`);
  }
  // On the LAN every interface listens, so the trainer's own browser (127.0.0.1) works too.
  const host = (values.host ?? (env.HOST || (lan ? "0.0.0.0" : "127.0.0.1"))).trim();
  if (!host || /\s|\//.test(host)) throw new UsageError(`Host "${host}" is not a host name or address.\n${USAGE}`);
  const data = (values.data ?? (env.PB_DATA || "pb_data")).trim();
  if (!data) throw new UsageError(`The data folder must not be empty.\n${USAGE}`);
  // Read in full by scripts/lib/replica.mjs, which knows the forms a replica can take.
  const replica = (values.replica ?? (env.JIANNUO_REPLICA || "")).trim();
  return { host, port, dataDir: path.resolve(cwd, data), build: !values["no-build"], lan, lanAddress, replica };
}
