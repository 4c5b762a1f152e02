// `npm start` with a replica, run as an operator would (scripts/start.mjs with JIANNUO_REPLICA), in
// its own process group so a test can end it like a machine that dies: PocketBase, Litestream and
// the Node process that runs them, all at once with SIGKILL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** The processes started by `child` (from /proc), with their command lines. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  let ids: string[];
  try {
    ids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
  return ids.map((id) => {
    let command = "";
    try {
      command = readFileSync(`/proc/${id}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      // already gone
    }
    return { pid: Number(id), command };
  });
}

/** Whether `pid` runs (a zombie, dead but not yet reaped by its new parent, does not). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Runs a script of scripts/ to its end; resolves with its exit code and output. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

/**
 * As runScript, without blocking this process while the script runs: a fake it talks to (the local S3
 * of tests/support/fakes/s3.ts) may be served from this process.
 */
export function runScriptInBackground(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.once("close", (status) => resolve({ status, stdout, stderr })));
}

export interface ReplicatedServer {
  url: string;
  child: ChildProcess;
  /** Everything npm start printed so far (stdout and stderr). */
  output(): string;
  /** The pid of the Litestream process running now (it is started again after a crash). */
  litestreamPid(): number | undefined;
  pocketbasePid(): number | undefined;
  exited: Promise<number | null>;
}

/** Starts scripts/start.mjs on `dataDir` and `port` with `replica`; resolves once it replicates. */
export async function startReplicatedServer(options: {
  dataDir: string;
  port: number;
  replica: string;
  env?: Record<string, string>;
}): Promise<ReplicatedServer> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--no-build"], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      PORT: String(options.port),
      PB_DATA: options.dataDir,
      JIANNUO_REPLICA: options.replica,
      JIANNUO_FOLLOWUP_CRON: "off",
      SMTP_HOST: "",
      ...options.env,
    },
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const find = (name: string) => childrenOf(child.pid!).find((c) => c.command.includes(name))?.pid;
  await expect
    .poll(() => output, { timeout: 60_000, interval: 100 })
    .toMatch(/Every change is streamed to the replica|could not start|Usage/);
  expect(output).toContain("Every change is streamed to the replica");
  return {
    url: `http://127.0.0.1:${options.port}`,
    child,
    output: () => output,
    litestreamPid: () => find("litestream"),
    pocketbasePid: () => find("pocketbase"),
    exited,
  };
}

/** The machine dies: Litestream and PocketBase and npm start, each with SIGKILL, back to back. */
export async function killLikeAPowerCut(server: ReplicatedServer) {
  const litestream = server.litestreamPid();
  const pocketbase = server.pocketbasePid();
  expect(litestream).toBeDefined();
  expect(pocketbase).toBeDefined();
  process.kill(litestream!, "SIGKILL");
  process.kill(-server.child.pid!, "SIGKILL"); // npm start's process group: Node and PocketBase
  await server.exited;
  await expect.poll(() => [litestream, pocketbase].filter((pid) => isAlive(pid!)), { timeout: 10_000 }).toEqual([]);
}
