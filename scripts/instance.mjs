// npm run instance -- add NAME --trainer EMAIL [--port PORT] | list | remove NAME
// One Jiannuo per client organisation on one machine: each with its own data folder, port, environment
// file, systemd unit, reverse-proxy entries for NAME.DOMAIN and first trainer. `add` prints what it did
// and can run again (it only fills in what is missing or out of date); `remove` makes a final backup
// first. Where things go: see scripts/lib/instances.mjs and docs/OPERATIONS.md, §7.
import "./lib/require-node.mjs";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CopyError, backupDatabase } from "./lib/database-copy.mjs";
import { readFirstTrainerNote } from "./lib/first-trainer-note.mjs";
import {
  InstanceError,
  existingInstances,
  instanceName,
  instancePaths,
  instanceSettings,
  parseEnvFile,
  renderCaddyEntry,
  renderEnvFile,
  renderNginxEntry,
  renderUnit,
} from "./lib/instances.mjs";
import { commandArgs, pocketbaseBinary } from "./lib/pocketbase-binary.mjs";
import { ReplicaError, readReplica } from "./lib/replica.mjs";
import { assertPortFree } from "./lib/run-pocketbase.mjs";

const USAGE = `Usage: npm run instance -- add NAME --trainer EMAIL [--port PORT]
       npm run instance -- list
       npm run instance -- remove NAME
Environment: JIANNUO_DOMAIN (NAME.JIANNUO_DOMAIN is the instance's address; needed to add),
JIANNUO_INSTANCES_DIR (/srv/jiannuo), JIANNUO_SYSTEMD_DIR (/etc/systemd/system), JIANNUO_SERVICE_USER
(jiannuo), JIANNUO_INSTANCE_BASE_PORT (8101), JIANNUO_NGINX_CERT, JIANNUO_NGINX_KEY,
JIANNUO_INSTANCE_REPLICAS (each instance replicates to it/NAME).`;

class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Writes `text` to `file` unless it already holds exactly that; says which. */
function writeIfChanged(file, text, mode = 0o644) {
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (before === text) return "unchanged";
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { mode });
  chmodSync(file, mode);
  return before === null ? "written" : "updated";
}

/** uid and gid of `user`, or an error saying to create it (only needed when run as root). */
function serviceOwner(user) {
  const id = (flag) => spawnSync("id", [flag, user], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0)
    throw new InstanceError(
      `The service user ${user} does not exist. Create it first (sudo useradd --system --home-dir /srv/jiannuo ${user}) or set JIANNUO_SERVICE_USER.`,
    );
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Gives the instance's folder to the service user when run as root (the service writes its data there). */
function handOver(dir, user) {
  if (process.getuid?.() !== 0) return;
  const { uid, gid } = serviceOwner(user);
  const result = spawnSync("chown", ["-R", `${uid}:${gid}`, dir], { encoding: "utf8" });
  if (result.status !== 0) throw new InstanceError(`chown of ${dir} failed: ${result.stderr.trim()}`);
}

/** The lowest port from the base up that no other instance uses and that is free on this machine. */
async function choosePort(settings, taken) {
  for (let port = settings.basePort; port < settings.basePort + 1000; port++) {
    if (taken.has(port)) continue;
    try {
      await assertPortFree("127.0.0.1", port);
      return port;
    } catch {
      // in use by something else on this machine
    }
  }
  throw new InstanceError(`No free port from ${settings.basePort} on; set JIANNUO_INSTANCE_BASE_PORT.`);
}

async function add(settings, name, flags) {
  if (!settings.domain)
    throw new InstanceError(
      "Set JIANNUO_DOMAIN (for example jiannuo.example.com): the instance answers at NAME.DOMAIN.",
    );
  const p = instancePaths(settings, name);
  const hostName = `${name}.${settings.domain}`;
  const others = existingInstances(settings).filter((i) => i.name !== name);
  const report = [];
  if (process.getuid?.() === 0) serviceOwner(settings.user); // before anything is written

  // The environment file is the instance's record: written once, then read.
  let env;
  if (existsSync(p.envFile)) {
    env = parseEnvFile(readFileSync(p.envFile, "utf8"));
    if (flags.port && Number(flags.port) !== Number(env.PORT))
      throw new InstanceError(
        `${name} already uses port ${env.PORT} (${p.envFile}); leave out --port, or remove it first.`,
      );
    if (flags.trainer && flags.trainer !== env.JIANNUO_TRAINER_EMAIL)
      throw new InstanceError(
        `${name}'s first trainer is ${env.JIANNUO_TRAINER_EMAIL}; add more trainers with: PB_DATA=${p.dataDir} npm run trainer -- add EMAIL`,
      );
    report.push(["environment", p.envFile, "unchanged"]);
  } else {
    if (!flags.trainer || !EMAIL.test(flags.trainer))
      throw new UsageError(`A new instance needs its first trainer's email: --trainer EMAIL.\n${USAGE}`);
    const taken = new Set(others.map((i) => Number(i.env.PORT)));
    let port;
    if (flags.port) {
      port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port < 1024 || port > 65535)
        throw new UsageError(`--port must be a whole number from 1024 to 65535, not "${flags.port}".`);
      const owner = others.find((i) => Number(i.env.PORT) === port);
      if (owner) throw new InstanceError(`Port ${port} belongs to the instance ${owner.name}.`);
      await assertPortFree("127.0.0.1", port);
    } else {
      port = await choosePort(settings, taken);
    }
    const replica = settings.replicas ? `${settings.replicas}/${name}` : "";
    if (replica) readReplica(replica, process.env, process.cwd()); // refuses a replica that cannot work
    // The folders above stay open to the service user; the instance's own is for it alone.
    mkdirSync(path.dirname(p.dir), { recursive: true });
    if (!existsSync(p.dir)) mkdirSync(p.dir, { mode: 0o700 });
    const text = renderEnvFile({
      name,
      port,
      dataDir: p.dataDir,
      appUrl: `https://${hostName}`,
      trainerEmail: flags.trainer,
      replica,
      sharedEnvFile: p.sharedEnvFile,
    });
    writeFileSync(p.envFile, text, { mode: 0o600 });
    env = parseEnvFile(text);
    report.push(["environment", p.envFile, "written"]);
  }
  const port = Number(env.PORT);

  // The data folder with the schema, the first trainer and the demo cohort (the first-start migration).
  const firstRun = !existsSync(path.join(p.dataDir, "data.db"));
  mkdirSync(p.dataDir, { recursive: true, mode: 0o700 });
  const migrate = spawnSync(pocketbaseBinary(), ["migrate", "up", ...commandArgs(p.dataDir)], {
    encoding: "utf8",
    env: { ...process.env, JIANNUO_TRAINER_EMAIL: env.JIANNUO_TRAINER_EMAIL },
  });
  if (migrate.status !== 0)
    throw new InstanceError(`Preparing ${p.dataDir} failed:\n${migrate.stderr || migrate.stdout}`);
  report.push(["data folder", p.dataDir, firstRun ? "created, with the first trainer" : "unchanged"]);

  const unit = writeIfChanged(p.unitFile, renderUnit(settings, { name, hostName }));
  report.push(["systemd unit", p.unitFile, unit]);
  const entry = { name, hostName, port };
  report.push([
    "Caddy entry",
    p.caddyFile,
    writeIfChanged(p.caddyFile, renderCaddyEntry({ ...entry, file: p.caddyFile })),
  ]);
  report.push([
    "nginx entry",
    p.nginxFile,
    writeIfChanged(p.nginxFile, renderNginxEntry(settings, { ...entry, file: p.nginxFile })),
  ]);
  handOver(p.dir, settings.user);

  console.log(`Instance ${name}: https://${hostName} → 127.0.0.1:${port}`);
  for (const [what, file, state] of report) console.log(`  ${what.padEnd(12)} ${file} (${state})`);
  const note = readFirstTrainerNote(p.dataDir);
  if (note?.password) {
    console.log(`  first trainer ${note.email}, password ${note.password}`);
    console.log(`    (also in ${path.join(p.dataDir, "first-trainer.txt")}: delete it once handed over)`);
  } else {
    console.log(
      `  first trainer ${env.JIANNUO_TRAINER_EMAIL} (new password: PB_DATA=${p.dataDir} npm run trainer -- add EMAIL)`,
    );
  }
  if (env.JIANNUO_REPLICA) console.log(`  replica      ${env.JIANNUO_REPLICA}`);
  console.log(
    [
      "Then, as root:",
      `  systemctl daemon-reload && systemctl enable --now ${p.unitName}`,
      `  Caddy: have the Caddyfile import ${path.dirname(p.caddyFile)}/*.caddy, then systemctl reload caddy`,
      `  nginx: include ${path.dirname(p.nginxFile)}/*.conf in the http block, then systemctl reload nginx`,
      `  An admin account: PB_DATA=${p.dataDir} npm run admin -- EMAIL; then in https://${hostName}/_/ set`,
      "  Settings → Application → Trusted IP proxy headers to X-Forwarded-For (docs/OPERATIONS.md, §1).",
    ].join("\n"),
  );
}

/** Whether an instance answers on its port (it is running). */
async function answers(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

async function list(settings) {
  const instances = existingInstances(settings);
  if (!instances.length) {
    console.log(`No instances in ${path.join(settings.root, "instances")}.`);
    return;
  }
  const rows = [];
  for (const { name, env } of instances) {
    const db = path.join(env.PB_DATA ?? "", "data.db");
    rows.push({
      name,
      address: env.APP_URL ?? "",
      port: Number(env.PORT),
      running: (await answers(Number(env.PORT))) ? "yes" : "no",
      "data MB": existsSync(db) ? (statSync(db).size / 1024 / 1024).toFixed(1) : "none",
      replica: env.JIANNUO_REPLICA ?? "",
    });
  }
  console.table(rows);
}

async function remove(settings, name) {
  const p = instancePaths(settings, name);
  const files = [p.unitFile, p.caddyFile, p.nginxFile, p.dir].filter((f) => existsSync(f));
  if (!files.length) {
    console.log(`There is no instance ${name} (nothing to remove).`);
    return;
  }
  const env = existsSync(p.envFile) ? parseEnvFile(readFileSync(p.envFile, "utf8")) : {};
  if (env.PORT && (await answers(Number(env.PORT))))
    throw new InstanceError(
      `${name} is running on port ${env.PORT}: stop it first (systemctl disable --now ${p.unitName}).`,
    );
  const dataDir = env.PB_DATA || p.dataDir;
  if (existsSync(path.join(dataDir, "data.db"))) {
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    const { out, kb, counts } = await backupDatabase(dataDir, path.join(p.finalBackups, `${name}-${stamp}.db`));
    console.log(`Final backup: ${out} (${kb} KB; ${counts}).`);
  }
  for (const file of files) {
    rmSync(file, { recursive: true, force: true });
    console.log(`  removed ${file}`);
  }
  console.log(
    [
      `Instance ${name} removed. Then, as root: systemctl daemon-reload, and reload Caddy or nginx.`,
      ...(env.JIANNUO_REPLICA
        ? [`Its replica ${env.JIANNUO_REPLICA} is kept: delete it when the client's data must go.`]
        : []),
    ].join("\n"),
  );
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: true,
      options: { trainer: { type: "string" }, port: { type: "string" } },
    });
  } catch (err) {
    throw new UsageError(`${err.message}\n${USAGE}`);
  }
  const [action, name, ...rest] = parsed.positionals;
  const settings = instanceSettings(process.env);
  if (action === "list" && !name) return list(settings);
  if ((action === "add" || action === "remove") && name && !rest.length) {
    instanceName(name);
    if (action === "add") return add(settings, name, parsed.values);
    if (Object.keys(parsed.values).length) throw new UsageError(`remove takes only a name.\n${USAGE}`);
    return remove(settings, name);
  }
  throw new UsageError(USAGE);
}

main().catch((err) => {
  const known = [UsageError, InstanceError, CopyError, ReplicaError].some((type) => err instanceof type);
  console.error(known ? err.message : `npm run instance failed: ${err.message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
