// Starts one PocketBase process with the project's migrations, hooks and built site, waits until it
// answers, and stops it cleanly. Used by npm start, npm run dev and the test setups.
import { spawn } from "node:child_process";
import net from "node:net";
import { pocketbaseBinary, serveArgs } from "./pocketbase-binary.mjs";

/** Resolves when host:port can be bound, rejects with a clear message when it is taken. */
export function assertPortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err) => {
      reject(
        new Error(
          err.code === "EADDRINUSE"
            ? `Port ${port} on ${host} is already in use. Stop the other server or choose another port, e.g. PORT=8091 npm start.`
            : `Cannot listen on ${host}:${port}: ${err.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A free TCP port on 127.0.0.1 (for tests). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until GET /api/health answers 200, or the process exits, or the time is up. */
async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PocketBase exited with code ${child.exitCode} before it was ready.`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PocketBase did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Spawns `pocketbase serve` and resolves once it is healthy.
 * @param {{ dataDir: string, host?: string, port: number, publicDir?: string, watchHooks?: boolean, migrationsDir?: string,
 *   stdio?: "inherit" | "pipe", onLine?: (line: string) => void, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 *   onLine: each line PocketBase prints (implies stdio "pipe"), for a caller that filters its output
 */
export async function startPocketBase(options) {
  const {
    dataDir,
    host = "127.0.0.1",
    port,
    publicDir,
    watchHooks = false,
    migrationsDir,
    onLine,
    env,
    timeoutMs = 30_000,
  } = options;
  const stdio = onLine ? "pipe" : (options.stdio ?? "inherit");
  await assertPortFree(host, port);
  const child = spawn(pocketbaseBinary(), serveArgs({ dataDir, host, port, publicDir, watchHooks, migrationsDir }), {
    stdio: ["ignore", stdio, stdio],
    env: { ...process.env, ...env },
  });
  const output = [];
  if (stdio === "pipe") {
    for (const stream of [child.stdout, child.stderr]) {
      let partial = "";
      stream.on("data", (d) => {
        output.push(String(d));
        if (!onLine) return;
        const lines = (partial + String(d)).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) onLine(line);
      });
      stream.on("end", () => partial && onLine?.(partial));
    }
  }
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  // 0.0.0.0 listens everywhere but is no address to open: this computer reaches it at 127.0.0.1.
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  try {
    await waitForHealth(url, child, timeoutMs);
  } catch (err) {
    child.kill("SIGKILL");
    await exited;
    err.message += output.length ? `\n${output.join("")}` : "";
    throw err;
  }
  return {
    url,
    child,
    exited,
    /** Everything PocketBase printed so far (with stdio "pipe"). */
    output: () => output.join(""),
    /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}
