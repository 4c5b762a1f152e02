// The command-line entry points, run as a person would: npm start's flags, ports and signals, and
// the trainer command.
import { describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { freePort } from "../../scripts/lib/run-pocketbase.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tempData = () => mkdtempSync(path.join(tmpdir(), "jiannuo-script-"));

/** The environment a person's shell would have: without Vitest's variables (Astro's dev server
 * changes its behaviour when it sees VITEST). */
function personEnv(extra: Record<string, string>) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_ENV"));
  return { ...env, ...extra };
}

function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000,
  });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it("refuses an unknown flag with usage and a non-zero exit", () => {
    const result = runScript("start.mjs", ["--prot", "9000"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--prot'");
    expect(result.stderr).toContain("Usage: npm start");
  });

  it.each(["abc", "0", "70000", "80.5"])("refuses PORT=%s", (port) => {
    const result = runScript("start.mjs", ["--no-build"], { PORT: port });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Port must be a whole number from 1 to 65535");
  });

  it("says so when the port is taken, and exits non-zero", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const data = tempData();
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--no-build"], {
          cwd: ROOT, env: { ...process.env, PORT: String(port), PB_DATA: data },
        });
        let stderr = "";
        child.stderr.on("data", (d) => (stderr += d));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
      rmSync(data, { recursive: true, force: true });
    }
  });

  it("serves the API, and SIGTERM stops PocketBase too (no orphaned server)", async () => {
    const port = await freePort();
    const data = tempData();
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--no-build", "--port", String(port), "--data", data], {
      cwd: ROOT,
    });
    try {
      let stdout = "";
      child.stdout.on("data", (d) => (stdout += d));
      await expect.poll(() => stdout, { timeout: 30_000, interval: 100 }).toContain("Jiannuo is running at");
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      const serverPid = Number(execFileSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" }).trim().split("\n")[0]);
      expect(isAlive(serverPid)).toBe(true);
      const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      await expect.poll(() => isAlive(serverPid), { timeout: 10_000 }).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe("an old Node", () => {
  // The machine's own Node (outside node_modules) is 20 here and in CI; npm scripts use Node 24.
  const systemNode = ["/usr/bin/node", "/usr/local/bin/node"].find((p) => {
    const r = spawnSync(p, ["-p", "process.versions.node"], { encoding: "utf8" });
    return r.status === 0 && Number(r.stdout.split(".")[0]) < 22;
  });

  it.runIf(systemNode)("gets one clear message and exit code 1 from every entry script", () => {
    for (const script of ["start.mjs", "dev.mjs", "trainer.mjs", "test.mjs", "bench.mjs", "backup.mjs", "generate-types.mjs"]) {
      const r = spawnSync(systemNode!, [path.join(ROOT, "scripts", script)], { cwd: ROOT, encoding: "utf8" });
      expect(r.status, script).toBe(1);
      expect(r.stderr.trim().split("\n"), script).toHaveLength(1);
      expect(r.stderr).toContain("Jiannuo needs Node.js 22.12 or newer");
    }
  });
});

describe("npm run dev", () => {
  it("serves pages with hot reload and forwards the API to PocketBase", async () => {
    const [sitePort, apiPort] = [await freePort(), await freePort()];
    const data = tempData();
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/dev.mjs"), "--port", String(sitePort)], {
      cwd: ROOT, env: personEnv({ PB_PORT: String(apiPort), PB_DATA: data, MAIL_UI_PORT: String(await freePort()) }),
    });
    try {
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toContain(`127.0.0.1:${sitePort}`);
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${sitePort}/api/health`).catch(() => null))?.status, { timeout: 60_000, interval: 250 })
        .toBe(200);
      const home = await fetch(`http://127.0.0.1:${sitePort}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("践诺");

      // The mail catcher: a sign-in code email shows up in its inbox page.
      const inbox = out.match(/Mail catcher inbox: (http:\/\/127\.0\.0\.1:\d+\/)/)![1]!;
      const joined = await fetch(`http://127.0.0.1:${sitePort}/api/jiannuo/join`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: readFileSync(path.join(data, "first-trainer.txt"), "utf8").match(/join code:\s*(\S+)/)![1], name: "Dev", email: "dev-user@example.com" }),
      });
      expect(joined.status).toBe(200);
      await fetch(`http://127.0.0.1:${sitePort}/api/collections/participants/request-otp`, {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "dev-user@example.com" }),
      });
      await expect.poll(async () => (await fetch(inbox)).text(), { timeout: 10_000 }).toContain("你的践诺登录验证码");
      const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      await expect(fetch(`http://127.0.0.1:${apiPort}/api/health`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
      rmSync(data, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("npm run trainer", () => {
  it("creates a trainer with a generated password, then resets it", async () => {
    const data = tempData();
    try {
      const created = runScript("trainer.mjs", ["add", "coach@example.com", "Coach", "Wang"], { PB_DATA: data });
      expect(created.status).toBe(0);
      expect(created.stdout).toContain("Created trainer coach@example.com");
      const password = created.stdout.match(/Password: (\S+)/g)?.at(-1)?.split(" ")[1] ?? "";
      expect(password).toMatch(/^[A-Za-z0-9]{20}$/);

      const reset = runScript("trainer.mjs", ["add", "coach@example.com"], { PB_DATA: data });
      expect(reset.status).toBe(0);
      expect(reset.stdout).toContain("Reset trainer coach@example.com");
      const newPassword = reset.stdout.match(/Password: (\S+)/)?.[1] ?? "";
      expect(newPassword).not.toBe(password);

      const { startPocketBase } = await import("../../scripts/lib/run-pocketbase.mjs");
      const server = await startPocketBase({ dataDir: data, port: await freePort(), stdio: "pipe" });
      try {
        const pb = new PocketBase(server.url);
        const auth = await pb.collection("trainers").authWithPassword("coach@example.com", newPassword);
        expect(auth.record.name).toBe("Coach Wang");
        await expect(new PocketBase(server.url).collection("trainers").authWithPassword("coach@example.com", password)).rejects.toThrow();
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it("refuses a bad email or missing arguments with a non-zero exit", () => {
    const data = tempData();
    try {
      const bad = runScript("trainer.mjs", ["add", "not-an-email"], { PB_DATA: data });
      expect(bad.status).toBe(1);
      expect(bad.stderr + bad.stdout).toContain("must be a valid email address");
      const missing = runScript("trainer.mjs", ["add"], { PB_DATA: data });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain("Usage: npm run trainer -- add EMAIL [NAME]");
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
