// npm run instance, as an operator runs it, in a temporary folder instead of /srv and /etc: two client
// organisations, each started from the systemd unit the command wrote (its ExecStart, working folder
// and environment files, as systemd would), each with its own trainer and cohort; neither's tokens read
// anything of the other, even where both have a record with the same id (the first trainer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { freePort } from "../../scripts/lib/run-pocketbase.mjs";
import { parseEnvFile } from "../../scripts/lib/instances.mjs";
import { isAlive, runScript } from "../support/replicated-server";

let root: string;
let env: Record<string, string>;
const running: ChildProcess[] = [];

interface Instance {
  name: string;
  url: string;
  port: number;
  trainer: { email: string; password: string };
  child: ChildProcess;
}

/** A request to nginx on a loopback `port` as a browser at https://`host` makes it: SNI, Host and the CA. */
function viaProxy(
  port: number,
  host: string,
  route: string,
  { method = "GET", body, ca, untilChunk }: { method?: string; body?: object; ca: string; untilChunk?: RegExp },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        servername: host,
        ca,
        method,
        path: route,
        headers: { host, ...(body ? { "content-type": "application/json" } : {}) },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
          // A stream that stays open (server-sent events): done at the first event expected.
          if (untilChunk?.test(text)) {
            resolve({ status: res.statusCode!, body: text });
            req.destroy();
          }
        });
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

function instance(...args: string[]) {
  return runScript("instance.mjs", args, env);
}

/** Runs the unit file's service the way systemd would: its environment files, folder and command. */
async function startFromUnit(unitFile: string): Promise<ChildProcess> {
  const unit = readFileSync(unitFile, "utf8");
  const values = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, "gm"))].map((m) => m[1]!);
  const serviceEnv: Record<string, string> = {};
  for (const entry of values("EnvironmentFile")) {
    const optional = entry.startsWith("-");
    const file = optional ? entry.slice(1) : entry;
    if (optional && !existsSync(file)) continue;
    Object.assign(serviceEnv, parseEnvFile(readFileSync(file, "utf8")));
  }
  const [command, ...args] = values("ExecStart")[0]!.split(" ");
  const child = spawn(command!, args, {
    cwd: values("WorkingDirectory")[0],
    env: { PATH: process.env["PATH"] ?? "", ...serviceEnv, JIANNUO_FOLLOWUP_CRON: "off" },
  });
  running.push(child);
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toMatch(/Every change is streamed|could not/);
  expect(output).toContain(`Jiannuo is running at http://127.0.0.1:${serviceEnv["PORT"]}/`);
  return child;
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** A signed-in client of `url` with `token` (another instance's token, in the attacks below). */
function withToken(url: string, token: string) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  pb.authStore.save(token, null);
  return pb;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "jiannuo-instances-"));
  env = {
    JIANNUO_INSTANCES_DIR: root,
    JIANNUO_SYSTEMD_DIR: path.join(root, "systemd"),
    JIANNUO_DOMAIN: "example.com",
    // Only used when the tests run as root: the command then hands each instance's folder to it.
    JIANNUO_SERVICE_USER: "nobody",
    JIANNUO_INSTANCE_BASE_PORT: String(await freePort()),
    JIANNUO_INSTANCE_REPLICAS: path.join(root, "replicas"),
    // A wildcard certificate for *.example.com, as an operator installs one for nginx (§7).
    JIANNUO_NGINX_CERT: path.join(root, "tls", "fullchain.pem"),
    JIANNUO_NGINX_KEY: path.join(root, "tls", "privkey.pem"),
  };
  mkdirSync(path.join(root, "tls"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=*.example.com",
      "-addext",
      "subjectAltName=DNS:*.example.com",
      "-keyout",
      env["JIANNUO_NGINX_KEY"]!,
      "-out",
      env["JIANNUO_NGINX_CERT"]!,
    ],
    { stdio: "ignore" },
  );
});

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) await stop(child);
  rmSync(root, { recursive: true, force: true });
});

describe("npm run instance", () => {
  const instances: Instance[] = [];

  it("adds two instances on their own ports, with files that route NAME.example.com to them, and adding again changes nothing", async () => {
    for (const [name, email] of [
      ["alpha", "lead@alpha-bank.example.com"],
      ["beta", "lead@beta-insurance.example.com"],
    ] as const) {
      const added = instance("add", name, "--trainer", email);
      expect(added.stderr).toBe("");
      expect(added.status).toBe(0);
      const port = Number(/→ 127\.0\.0\.1:(\d+)/.exec(added.stdout)![1]);
      const password = new RegExp(`first trainer ${email}, password (\\S+)`).exec(added.stdout)![1]!;
      expect(added.stdout).toContain(`Instance ${name}: https://${name}.example.com → 127.0.0.1:${port}`);
      for (const what of ["environment", "data folder", "systemd unit", "Caddy entry", "nginx entry"])
        expect(added.stdout).toMatch(new RegExp(`${what}\\s+\\S+ \\((written|created, with the first trainer)\\)`));

      const files = {
        unit: path.join(root, "systemd", `jiannuo-${name}.service`),
        caddy: path.join(root, "proxy", "caddy", `${name}.caddy`),
        nginx: path.join(root, "proxy", "nginx", `${name}.conf`),
        env: path.join(root, "instances", name, "jiannuo.env"),
      };
      const caddy = readFileSync(files.caddy, "utf8");
      expect(caddy).toContain(`${name}.example.com {\n\treverse_proxy 127.0.0.1:${port}\n`);
      const nginx = readFileSync(files.nginx, "utf8");
      expect(nginx).toContain(`server_name ${name}.example.com;`);
      expect(nginx).toContain(`proxy_pass http://127.0.0.1:${port};`);
      expect(parseEnvFile(readFileSync(files.env, "utf8"))).toMatchObject({
        HOST: "127.0.0.1",
        PORT: String(port),
        APP_URL: `https://${name}.example.com`,
        PB_DATA: path.join(root, "instances", name, "data"),
        JIANNUO_REPLICA: path.join(root, "replicas", name),
      });

      // Again: every file as it was, and it says so.
      const before = Object.values(files).map((f) => readFileSync(f, "utf8"));
      const again = instance("add", name);
      expect(again.status).toBe(0);
      expect(again.stdout.match(/\(unchanged\)/g)).toHaveLength(5);
      expect(Object.values(files).map((f) => readFileSync(f, "utf8"))).toEqual(before);

      const child = await startFromUnit(files.unit);
      instances.push({ name, url: `http://127.0.0.1:${port}`, port, trainer: { email, password }, child });
    }
    expect(instances[0]!.port).not.toBe(instances[1]!.port);
    const listed = instance("list");
    expect(listed.status).toBe(0);
    for (const { name, port } of instances)
      expect(listed.stdout).toMatch(
        new RegExp(`'${name}'\\s+│ 'https://${name}\\.example\\.com'\\s+│ ${port}\\s+│ 'yes'`),
      );
  }, 180_000);

  it("gives each instance its own trainer and cohort, and one's tokens read nothing of the other", async () => {
    const worlds = [];
    for (const inst of instances) {
      const trainer = new PocketBase(inst.url);
      trainer.autoCancellation(false);
      await trainer.collection("trainers").authWithPassword(inst.trainer.email, inst.trainer.password);
      const cohort = await trainer.collection("cohorts").create({
        name: `${inst.name} 客户服务 2026`,
        organization: inst.name,
        trainer: trainer.authStore.record!.id,
        startsOn: "2026-11-24",
        endsOn: "2026-11-25",
        locale: "zh-CN",
      });
      const joined = await fetch(`${inst.url}/api/jiannuo/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: cohort["joinCode"], name: `${inst.name} 的学员`, locale: "zh-CN" }),
      }).then((r) => r.json());
      const participant = withToken(inst.url, joined.token);
      const commitment = await participant.collection("commitments").create({
        participant: joined.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "personal",
        action: `${inst.name} 的承诺`,
        trigger: "当客户等候时",
        confidence: 8,
        visibility: "cohort",
        status: "planned",
      });
      worlds.push({
        inst,
        tokens: { trainer: trainer.authStore.token, participant: joined.token as string },
        trainerId: trainer.authStore.record!.id,
        records: { cohorts: cohort.id, participants: joined.record.id as string, commitments: commitment.id },
      });
    }
    const [a, b] = worlds as [(typeof worlds)[0], (typeof worlds)[0]];
    // Both first trainers carry the same record id (the first-start migration's): ids are no boundary.
    expect(a.trainerId).toBe(b.trainerId);

    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      // Control: on its own instance the token reads its own data.
      const own = withToken(from.inst.url, from.tokens.trainer);
      expect((await own.collection("cohorts").getFullList()).map((c) => c.id)).toContain(from.records.cohorts);

      for (const [role, token] of Object.entries(from.tokens)) {
        const stranger = withToken(to.inst.url, token);
        const refresh = await fetch(
          `${to.inst.url}/api/collections/${role === "trainer" ? "trainers" : "participants"}/auth-refresh`,
          { method: "POST", headers: { authorization: token } },
        );
        expect(refresh.status, `${role} auth-refresh`).toBe(401);
        for (const collection of ["trainers", "cohorts", "participants", "commitments", "checkins", "followups"]) {
          expect(await stranger.collection(collection).getFullList(), `${role} lists ${collection}`).toEqual([]);
        }
        for (const [collection, id] of Object.entries(to.records)) {
          await expect(stranger.collection(collection).getOne(id), `${role} views ${collection}`).rejects.toMatchObject(
            {
              status: 404,
            },
          );
        }
        await expect(stranger.collection("trainers").getOne(to.trainerId)).rejects.toMatchObject({ status: 404 });
        const dashboard = await fetch(`${to.inst.url}/api/jiannuo/cohorts/${to.records.cohorts}/dashboard`, {
          headers: { authorization: token },
        });
        expect([401, 403, 404], `${role} dashboard`).toContain(dashboard.status);
      }
    }
  });

  it("nginx, with the entries the command wrote, routes NAME.example.com to that instance over https, live updates included", async () => {
    // Debian's nginx (.ci/run installs nginx-light). The entries are used as written, except that
    // their ports 80 and 443 move to free loopback ports; nginx.conf is the minimal one §7 describes.
    const ports = { http: await freePort(), https: await freePort() };
    const conf = path.join(root, "nginx");
    mkdirSync(path.join(conf, "entries"), { recursive: true });
    for (const file of readdirSync(path.join(root, "proxy", "nginx")))
      writeFileSync(
        path.join(conf, "entries", file),
        readFileSync(path.join(root, "proxy", "nginx", file), "utf8")
          .replace(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${ports.http};`)
          .replace(/^ {4}listen 443 ssl http2;$/m, `    listen 127.0.0.1:${ports.https} ssl http2;`),
      );
    writeFileSync(
      path.join(conf, "nginx.conf"),
      [
        "daemon off;",
        "master_process off;",
        `pid ${conf}/nginx.pid;`,
        `error_log ${conf}/error.log;`,
        "events {}",
        "http {",
        "    access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${conf}/${t};`),
        `    include ${conf}/entries/*.conf;`,
        "}",
        "",
      ].join("\n"),
    );
    const nginx = spawn(
      existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx",
      ["-p", conf, "-e", `${conf}/error.log`, "-c", `${conf}/nginx.conf`],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    running.push(nginx);
    let errors = "";
    nginx.stderr!.on("data", (d) => (errors += d));
    const ca = readFileSync(env["JIANNUO_NGINX_CERT"]!, "utf8");
    await expect
      .poll(
        () =>
          viaProxy(ports.https, "alpha.example.com", "/api/health", { ca }).then(
            (r) => r.status,
            () => errors || "not yet",
          ),
        { timeout: 20_000, interval: 200 },
      )
      .toBe(200);

    for (const inst of instances) {
      const host = `${inst.name}.example.com`;
      // Its own trainer signs in through its name; the other instance's trainer does not.
      const other = instances.find((i) => i !== inst)!;
      const signIn = (who: Instance) =>
        viaProxy(ports.https, host, "/api/collections/trainers/auth-with-password", {
          method: "POST",
          body: { identity: who.trainer.email, password: who.trainer.password },
          ca,
        });
      const own = await signIn(inst);
      expect(own.status, host).toBe(200);
      expect(JSON.parse(own.body).record.email).toBe(inst.trainer.email);
      expect((await signIn(other)).status, `${other.name}'s trainer at ${host}`).toBe(400);
      // The site, and the live wall's server-sent events, unbuffered.
      const page = await viaProxy(ports.https, host, "/", { ca });
      expect([page.status, page.body]).toEqual([200, expect.stringContaining("践诺")]);
      const live = await viaProxy(ports.https, host, "/api/realtime", { ca, untilChunk: /PB_CONNECT/ });
      expect([live.status, live.body]).toEqual([200, expect.stringContaining("event:PB_CONNECT")]);
      // Plain http is sent to https.
      const plain = await new Promise<{ status: number; location: string }>((resolve, reject) =>
        httpGet({ host: "127.0.0.1", port: ports.http, path: "/join/", headers: { host } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode!, location: String(res.headers.location) });
        }).on("error", reject),
      );
      expect(plain).toEqual({ status: 301, location: `https://${host}/join/` });
    }
    nginx.kill("SIGTERM");
  }, 60_000);

  it("removes a stopped instance after a final backup, and keeps its replica", async () => {
    const alpha = instances[0]!;
    // Each instance's Litestream makes its replica at its first sync, a moment after start.
    await expect
      .poll(() => (existsSync(path.join(root, "replicas")) ? readdirSync(path.join(root, "replicas")) : []), {
        timeout: 20_000,
      })
      .toEqual(["alpha", "beta"]);
    const refused = instance("remove", "alpha");
    expect([refused.status, refused.stderr.trim()]).toEqual([
      1,
      `alpha is running on port ${alpha.port}: stop it first (systemctl disable --now jiannuo-alpha.service).`,
    ]);
    await stop(alpha.child);
    expect(isAlive(alpha.child.pid!)).toBe(false);

    const removed = instance("remove", "alpha");
    expect(removed.stderr).toBe("");
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(
      /^Final backup: \S+\/final-backups\/alpha-\d{8}-\d{6}\.db \(\d+ KB; 2 cohorts, 4 participants, 5 commitments, 0 check-ins\)\.$/m,
    );
    expect(readdirSync(path.join(root, "final-backups"))).toEqual([expect.stringMatching(/^alpha-.*\.db$/)]);
    for (const gone of [
      path.join(root, "systemd", "jiannuo-alpha.service"),
      path.join(root, "proxy", "caddy", "alpha.caddy"),
      path.join(root, "proxy", "nginx", "alpha.conf"),
      path.join(root, "instances", "alpha"),
    ])
      expect(existsSync(gone), gone).toBe(false);
    expect(readdirSync(path.join(root, "replicas"))).toEqual(["alpha", "beta"]);
    expect(removed.stdout).toContain(`Its replica ${path.join(root, "replicas", "alpha")} is kept`);

    // beta is untouched and still answers; removing alpha again finds nothing to do.
    expect((await fetch(`${instances[1]!.url}/api/health`)).status).toBe(200);
    expect(instance("remove", "alpha").stdout.trim()).toBe("There is no instance alpha (nothing to remove).");
  }, 60_000);

  it("refuses bad names, a missing trainer and a taken port, writing nothing", () => {
    const before = readdirSync(path.join(root, "instances"));
    const bad = instance("add", "Alpha_1", "--trainer", "x@example.com");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"Alpha_1" cannot name an instance');
    const noTrainer = instance("add", "gamma");
    expect(noTrainer.status).toBe(2);
    expect(noTrainer.stderr).toContain("A new instance needs its first trainer's email: --trainer EMAIL.");
    const taken = instance("add", "gamma", "--trainer", "x@example.com", "--port", String(instances[1]!.port));
    expect([taken.status, taken.stderr.trim()]).toEqual([
      1,
      `Port ${instances[1]!.port} belongs to the instance beta.`,
    ]);
    expect(readdirSync(path.join(root, "instances"))).toEqual(before);
  });
});
