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
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_ENV"),
  );
  return { ...env, ...extra };
}

function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
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
          cwd: ROOT,
          env: { ...process.env, PORT: String(port), PB_DATA: data },
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
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "scripts/start.mjs"), "--no-build", "--port", String(port), "--data", data],
      {
        cwd: ROOT,
      },
    );
    try {
      let stdout = "";
      child.stdout.on("data", (d) => (stdout += d));
      await expect.poll(() => stdout, { timeout: 30_000, interval: 100 }).toContain("Jiannuo is running at");
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      const serverPid = Number(
        execFileSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
          .trim()
          .split("\n")[0],
      );
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
    for (const script of [
      "start.mjs",
      "dev.mjs",
      "trainer.mjs",
      "admin.mjs",
      "test.mjs",
      "bench.mjs",
      "backup.mjs",
      "generate-types.mjs",
    ]) {
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
      cwd: ROOT,
      env: personEnv({ PB_PORT: String(apiPort), PB_DATA: data, MAIL_UI_PORT: String(await freePort()) }),
    });
    try {
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toContain(`127.0.0.1:${sitePort}`);
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${sitePort}/api/health`).catch(() => null))?.status, {
          timeout: 60_000,
          interval: 250,
        })
        .toBe(200);
      const home = await fetch(`http://127.0.0.1:${sitePort}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("践诺");

      // The mail catcher: a sign-in code email shows up in its inbox page.
      const inbox = out.match(/Mail catcher inbox: (http:\/\/127\.0\.0\.1:\d+\/)/)![1]!;
      const joined = await fetch(`http://127.0.0.1:${sitePort}/api/jiannuo/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          code: readFileSync(path.join(data, "first-trainer.txt"), "utf8").match(/join code:\s*(\S+)/)![1],
          name: "Dev",
          email: "dev-user@example.com",
        }),
      });
      expect(joined.status).toBe(200);
      await fetch(`http://127.0.0.1:${sitePort}/api/collections/addresses/request-otp`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "dev-user@example.com" }),
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
      const password =
        created.stdout
          .match(/Password: (\S+)/g)
          ?.at(-1)
          ?.split(" ")[1] ?? "";
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
        await expect(
          new PocketBase(server.url).collection("trainers").authWithPassword("coach@example.com", password),
        ).rejects.toThrow();
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

/** Runs npm start until its summary is out (the line naming the data folder), then stops it. */
async function startOutput(args: string[], env: Record<string, string> = {}) {
  const port = await freePort();
  const data = tempData();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "scripts/start.mjs"), "--no-build", "--port", String(port), "--data", data, ...args],
    {
      cwd: ROOT,
      env: personEnv({ SMTP_HOST: "", APP_URL: "", ...env }),
    },
  );
  let stdout = "";
  child.stdout.on("data", (d) => (stdout += d));
  const exit = new Promise((r) => child.once("exit", r));
  return {
    port,
    data,
    async output() {
      await expect
        .poll(() => stdout, { timeout: 30_000, interval: 100 })
        .toMatch(/Demo cohort join code: \w{6}[^\n]*\n[^\n]*first-trainer\.txt/);
      return stdout;
    },
    async stop() {
      child.kill("SIGTERM");
      await exit;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

describe("npm start's summary", () => {
  it("says phones cannot open a loopback address, and ends with the password and the join code", async () => {
    const run = await startOutput([]);
    try {
      const lines = (await run.output()).trim().split("\n");
      const text = lines.join("\n");
      expect(text).toContain(
        `Participants join at http://127.0.0.1:${run.port}/join, but only this computer can open that address.`,
      );
      expect(text).toContain("no mail server is configured");
      expect(text).toContain("npm run admin -- EMAIL");
      // PocketBase's own installer advice (a go command and a one-time admin token) is not passed on.
      expect(text).not.toMatch(/go run|superuser upsert|pbinstall/);
      const note = readFileSync(path.join(run.data, "first-trainer.txt"), "utf8");
      const password = note.match(/Password:\s*(\S+)/)![1]!;
      const code = note.match(/join code:\s*(\S+)/)![1]!;
      expect(lines.slice(-3, -1)).toEqual([`  Password: ${password}`, `  Demo cohort join code: ${code}`]);
      expect(text.split(`Password: ${password}`)).toHaveLength(2);
    } finally {
      await run.stop();
    }
  });

  it("with --lan listens for the room, prints the Wi-Fi address with its QR code, and pages get that address", async () => {
    // 192.0.2.50 is a documentation address (RFC 5737): printed and handed to pages, never connected to.
    const run = await startOutput(["--lan", "--lan-address", "192.0.2.50"]);
    try {
      const text = await run.output();
      const joinUrl = `http://192.0.2.50:${run.port}/join`;
      expect(text).toContain(`Participants join at ${joinUrl}`);
      expect(text).toContain("192.0.2.50 is not an address of this computer");
      const lines = text.split("\n");
      const start = lines.findIndex((l) => l.startsWith("Participants join at")) + 2;
      const { readTerminalQr } = await import("../../scripts/lib/terminal-qr.mjs");
      const { qrMatrix } = await import("../../src/lib/qr");
      const expected = qrMatrix(joinUrl, { level: "L", quietZone: 2 }).map((row) => [...row]);
      const block = lines.slice(start, start + Math.ceil(expected.length / 2)).map((l) => l.slice(2));
      expect(readTerminalQr(block).slice(0, expected.length)).toEqual(expected);
      // Over loopback: the server tells pages (the projected join screen) the address phones can open.
      const site = await (await fetch(`http://127.0.0.1:${run.port}/api/jiannuo/site`)).json();
      expect(site).toEqual({ appUrl: `http://192.0.2.50:${run.port}`, mail: false });
    } finally {
      await run.stop();
    }
  });
});

describe("npm run admin", () => {
  it("creates the admin dashboard's account with a generated password that signs in", async () => {
    const data = tempData();
    try {
      const r = runScript("admin.mjs", ["Admin@Example.com"], { PB_DATA: data });
      expect(r.status, r.stderr).toBe(0);
      const password = r.stdout.match(/Password: (\S+)/)![1]!;
      expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
      const { startPocketBase } = await import("../../scripts/lib/run-pocketbase.mjs");
      const server = await startPocketBase({ dataDir: data, port: await freePort(), stdio: "pipe" });
      try {
        const pb = new PocketBase(server.url);
        await pb.collection("_superusers").authWithPassword("admin@example.com", password);
        expect(pb.authStore.isValid).toBe(true);
      } finally {
        await server.stop();
      }
      expect(runScript("admin.mjs", ["not-an-address"], { PB_DATA: data }).status).toBe(2);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe("PocketBase commands under the temporary folder", () => {
  it("print no SQL (no dev mode) even when the binary lies under the system temporary folder", async () => {
    // PocketBase switches dev mode on by itself for a binary under the temporary folder (a checkout
    // cloned into /tmp): then every statement, password hashes included, would be printed.
    const { commandArgs, pocketbaseBinary } = await import("../../scripts/lib/pocketbase-binary.mjs");
    const dir = tempData();
    const binary = path.join(dir, "pocketbase");
    execFileSync("cp", [pocketbaseBinary(), binary]);
    const data = path.join(dir, "pb_data");
    try {
      const migrate = spawnSync(binary, ["migrate", "up", ...commandArgs(data)], { encoding: "utf8" });
      expect(migrate.status, migrate.stderr).toBe(0);
      const add = spawnSync(binary, ["trainer", "add", "sql@example.com", ...commandArgs(data)], { encoding: "utf8" });
      expect(add.status, add.stderr).toBe(0);
      expect(add.stdout).toContain("Created trainer sql@example.com");
      expect(add.stdout + add.stderr).not.toMatch(/SELECT|INSERT|UPDATE|tokenKey/i);
      // Control: without the flag, the same command does print SQL here (the check above can fail).
      const devMode = spawnSync(
        binary,
        ["trainer", "add", "sql@example.com", ...commandArgs(data).filter((a) => a !== "--dev=false")],
        { encoding: "utf8" },
      );
      expect(devMode.stdout + devMode.stderr).toMatch(/SELECT|INSERT|UPDATE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
