// One Jiannuo per client organisation (npm run instance): where instances live, and the files each one
// gets: its environment file, a systemd unit and reverse-proxy entries (Caddy and nginx) that route
// NAME.DOMAIN to its port. Rendering only; scripts/instance.mjs writes, lists and removes.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./pocketbase-binary.mjs";

/** Raised for a bad name, flag or setting; the message is for the person at the terminal. */
export class InstanceError extends Error {}

/** A DNS label that is also a safe file and systemd unit name. */
const NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const DOMAIN = /^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Characters a path may hold inside a systemd unit and an environment file without quoting. */
const PLAIN_PATH = /^\/[A-Za-z0-9._\/-]*$/;

/** Checks an instance name; returns it. */
export function instanceName(name) {
  if (!name || !NAME.test(name))
    throw new InstanceError(
      `"${name ?? ""}" cannot name an instance: use 2–32 of a-z, 0-9 and -, starting with a letter (it becomes NAME.your-domain).`,
    );
  return name;
}

function plainPath(label, value) {
  if (!PLAIN_PATH.test(value))
    throw new InstanceError(`${label} (${value}) must be an absolute path of letters, digits, . _ - and / only.`);
  return value;
}

/**
 * Where instances and their files go, from the environment:
 * JIANNUO_INSTANCES_DIR (/srv/jiannuo), JIANNUO_DOMAIN (required to add), JIANNUO_SYSTEMD_DIR
 * (/etc/systemd/system), JIANNUO_SERVICE_USER (jiannuo), JIANNUO_INSTANCE_BASE_PORT (8101),
 * JIANNUO_NGINX_CERT and JIANNUO_NGINX_KEY (a wildcard certificate for *.DOMAIN),
 * JIANNUO_INSTANCE_REPLICAS (a folder or s3://bucket/path under which each instance gets NAME).
 * @param {Record<string, string | undefined>} env
 * @param {{ node?: string, app?: string }} [runtime] the Node binary and checkout the units run
 */
export function instanceSettings(env, runtime = {}) {
  const get = (name, fallback) => (env[name] ?? "").trim() || fallback;
  const root = plainPath("JIANNUO_INSTANCES_DIR", path.resolve(get("JIANNUO_INSTANCES_DIR", "/srv/jiannuo")));
  const domain = get("JIANNUO_DOMAIN", "").toLowerCase().replace(/\.$/, "");
  if (domain && !DOMAIN.test(domain))
    throw new InstanceError(`JIANNUO_DOMAIN must be a domain such as jiannuo.example.com, not "${domain}".`);
  const basePort = Number(get("JIANNUO_INSTANCE_BASE_PORT", "8101"));
  if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65000)
    throw new InstanceError("JIANNUO_INSTANCE_BASE_PORT must be a whole number from 1024 to 65000.");
  const user = get("JIANNUO_SERVICE_USER", "jiannuo");
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user))
    throw new InstanceError(`JIANNUO_SERVICE_USER must be a user name, not "${user}".`);
  const replicas = get("JIANNUO_INSTANCE_REPLICAS", "").replace(/\/+$/, "");
  if (/\s/.test(replicas)) throw new InstanceError("JIANNUO_INSTANCE_REPLICAS must not contain spaces.");
  return {
    root,
    domain,
    basePort,
    user,
    replicas,
    systemdDir: plainPath("JIANNUO_SYSTEMD_DIR", path.resolve(get("JIANNUO_SYSTEMD_DIR", "/etc/systemd/system"))),
    nginxCert: plainPath("JIANNUO_NGINX_CERT", get("JIANNUO_NGINX_CERT", "/etc/ssl/jiannuo/fullchain.pem")),
    nginxKey: plainPath("JIANNUO_NGINX_KEY", get("JIANNUO_NGINX_KEY", "/etc/ssl/jiannuo/privkey.pem")),
    node: plainPath("The Node.js binary", runtime.node ?? process.execPath),
    app: plainPath("The Jiannuo checkout", runtime.app ?? ROOT),
  };
}

/** Every file and folder of instance `name`. */
export function instancePaths(settings, name) {
  const dir = path.join(settings.root, "instances", name);
  return {
    dir,
    envFile: path.join(dir, "jiannuo.env"),
    dataDir: path.join(dir, "data"),
    unitName: `jiannuo-${name}.service`,
    unitFile: path.join(settings.systemdDir, `jiannuo-${name}.service`),
    caddyFile: path.join(settings.root, "proxy", "caddy", `${name}.caddy`),
    nginxFile: path.join(settings.root, "proxy", "nginx", `${name}.conf`),
    sharedEnvFile: path.join(settings.root, "shared.env"),
    finalBackups: path.join(settings.root, "final-backups"),
  };
}

/** KEY=VALUE lines of an environment file (comments and blank lines skipped). */
export function parseEnvFile(text) {
  const values = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m?.[1]) values[m[1]] = (m[2] ?? "").trim().replace(/^"(.*)"$/, "$1");
  }
  return values;
}

/** The instances that have an environment file under settings.root, by name, with their settings. */
export function existingInstances(settings) {
  const dir = path.join(settings.root, "instances");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name) && existsSync(path.join(dir, name, "jiannuo.env")))
    .sort()
    .map((name) => ({ name, env: parseEnvFile(readFileSync(path.join(dir, name, "jiannuo.env"), "utf8")) }));
}

/**
 * The environment file of a new instance; read, never rewritten, afterwards (SMTP and other settings
 * added by hand stay).
 */
export function renderEnvFile({ name, port, dataDir, appUrl, trainerEmail, replica, sharedEnvFile }) {
  return [
    `# Jiannuo instance ${name}, written by \`npm run instance -- add ${name}\`. Settings every instance`,
    `# shares (SMTP_*, …) go in ${sharedEnvFile}; a line here wins over it. Readable by the service only.`,
    "HOST=127.0.0.1",
    `PORT=${port}`,
    `PB_DATA=${dataDir}`,
    `APP_URL=${appUrl}`,
    `JIANNUO_TRAINER_EMAIL=${trainerEmail}`,
    ...(replica ? [`JIANNUO_REPLICA=${replica}`] : []),
    "",
  ].join("\n");
}

/** The systemd unit that runs instance `name` (npm start's script, with its environment files). */
export function renderUnit(settings, { name, hostName }) {
  const p = instancePaths(settings, name);
  return [
    `# Jiannuo instance ${name}, written by \`npm run instance -- add ${name}\`; \`remove\` deletes it.`,
    "[Unit]",
    `Description=Jiannuo for ${name} (${hostName})`,
    "After=network.target",
    "",
    "[Service]",
    `User=${settings.user}`,
    `WorkingDirectory=${settings.app}`,
    `EnvironmentFile=-${p.sharedEnvFile}`,
    `EnvironmentFile=${p.envFile}`,
    `ExecStart=${settings.node} ${path.join(settings.app, "scripts/start.mjs")} --no-build`,
    "# npm start's script stops PocketBase, then lets Litestream send its last changes.",
    "KillSignal=SIGTERM",
    "TimeoutStopSec=45",
    "Restart=on-failure",
    "LimitNOFILE=65536",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

/** Caddy: NAME.DOMAIN to the instance's port, with a certificate Caddy gets by itself. */
export function renderCaddyEntry({ name, hostName, port, file }) {
  return [
    `# Jiannuo instance ${name} (npm run instance). The Caddyfile imports it with: import ${path.dirname(file)}/*.caddy`,
    `${hostName} {`,
    `\treverse_proxy 127.0.0.1:${port}`,
    '\theader Strict-Transport-Security "max-age=31536000"',
    "}",
    "",
  ].join("\n");
}

/** nginx: NAME.DOMAIN to the instance's port over https (a wildcard certificate), and http redirected. */
export function renderNginxEntry(settings, { name, hostName, port, file }) {
  return [
    `# Jiannuo instance ${name} (npm run instance). nginx.conf's http block includes it with:`,
    `#   include ${path.dirname(file)}/*.conf;`,
    "server {",
    "    listen 80;",
    `    server_name ${hostName};`,
    "    return 301 https://$host$request_uri;",
    "}",
    "server {",
    "    listen 443 ssl http2;",
    `    server_name ${hostName};`,
    `    ssl_certificate     ${settings.nginxCert};`,
    `    ssl_certificate_key ${settings.nginxKey};`,
    "    client_max_body_size 10m;",
    '    add_header Strict-Transport-Security "max-age=31536000" always;',
    "",
    "    location / {",
    `        proxy_pass http://127.0.0.1:${port};`,
    "        proxy_http_version 1.1;",
    "        proxy_set_header Host $host;",
    "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "        proxy_set_header X-Forwarded-Proto $scheme;",
    "        # The live wall uses server-sent events: no buffering, long reads.",
    "        proxy_buffering off;",
    "        proxy_read_timeout 1h;",
    "    }",
    "}",
    "",
  ].join("\n");
}
