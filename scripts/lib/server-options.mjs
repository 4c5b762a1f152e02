// Reads where the server listens and keeps its data, from flags first, then environment variables.
import path from "node:path";
import { parseArgs } from "node:util";

export const USAGE = `Usage: npm start [-- --port 8090] [--host 127.0.0.1] [--data ./pb_data]
Environment: PORT, HOST, PB_DATA (the same settings; flags win).`;

/** Raised for bad flags or values; the message is meant for the person at the terminal. */
export class UsageError extends Error {}

/**
 * @param {string[]} argv flags after the script name
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd folder relative data paths start from
 * @returns {{ host: string, port: number, dataDir: string, build: boolean }}
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
  const host = (values.host ?? (env.HOST || "127.0.0.1")).trim();
  if (!host || /\s|\//.test(host)) throw new UsageError(`Host "${host}" is not a host name or address.\n${USAGE}`);
  const data = (values.data ?? (env.PB_DATA || "pb_data")).trim();
  if (!data) throw new UsageError(`The data folder must not be empty.\n${USAGE}`);
  return { host, port, dataDir: path.resolve(cwd, data), build: !values["no-build"] };
}
