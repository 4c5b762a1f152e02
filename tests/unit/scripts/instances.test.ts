import { describe, expect, it } from "vitest";
import {
  InstanceError,
  instanceName,
  instancePaths,
  instanceSettings,
  parseEnvFile,
  renderCaddyEntry,
  renderEnvFile,
  renderNginxEntry,
  renderUnit,
} from "../../../scripts/lib/instances.mjs";

const runtime = { node: "/srv/jiannuo/app/node_modules/node/bin/node", app: "/srv/jiannuo/app" };

describe("instance names and settings", () => {
  it.each(["bank-a", "b2", "abcdefghijklmnopqrstuvwxyz012345"])("accepts %j", (name) => {
    expect(instanceName(name)).toBe(name);
  });

  it.each(["", "a", "Bank", "bank_a", "1bank", "bank-", "bank.a", "../etc", "abcdefghijklmnopqrstuvwxyz0123456"])(
    "refuses %j",
    (name) => {
      expect(() => instanceName(name)).toThrow(InstanceError);
    },
  );

  it("defaults to /srv/jiannuo and /etc/systemd/system, and reads the environment", () => {
    expect(instanceSettings({}, runtime)).toMatchObject({
      root: "/srv/jiannuo",
      systemdDir: "/etc/systemd/system",
      domain: "",
      basePort: 8101,
      user: "jiannuo",
      replicas: "",
    });
    expect(
      instanceSettings(
        {
          JIANNUO_INSTANCES_DIR: "/data/j",
          JIANNUO_DOMAIN: "Jiannuo.Example.com.",
          JIANNUO_INSTANCE_BASE_PORT: "9100",
          JIANNUO_INSTANCE_REPLICAS: "s3://replicas/jiannuo/",
        },
        runtime,
      ),
    ).toMatchObject({
      root: "/data/j",
      domain: "jiannuo.example.com",
      basePort: 9100,
      replicas: "s3://replicas/jiannuo",
    });
  });

  it.each([
    [{ JIANNUO_DOMAIN: "localhost" }, "JIANNUO_DOMAIN must be a domain"],
    [{ JIANNUO_INSTANCE_BASE_PORT: "80" }, "JIANNUO_INSTANCE_BASE_PORT must be"],
    [{ JIANNUO_INSTANCES_DIR: "/srv/my instances" }, "must be an absolute path"],
    [{ JIANNUO_SERVICE_USER: "root;rm" }, "JIANNUO_SERVICE_USER must be a user name"],
  ])("refuses %j", (env, message) => {
    expect(() => instanceSettings(env, runtime)).toThrow(message);
  });
});

describe("instance files", () => {
  const settings = instanceSettings({ JIANNUO_DOMAIN: "jiannuo.example.com" }, runtime);
  const p = instancePaths(settings, "bank-a");

  it("puts each instance's files in its own places", () => {
    expect(p).toEqual({
      dir: "/srv/jiannuo/instances/bank-a",
      envFile: "/srv/jiannuo/instances/bank-a/jiannuo.env",
      dataDir: "/srv/jiannuo/instances/bank-a/data",
      unitName: "jiannuo-bank-a.service",
      unitFile: "/etc/systemd/system/jiannuo-bank-a.service",
      caddyFile: "/srv/jiannuo/proxy/caddy/bank-a.caddy",
      nginxFile: "/srv/jiannuo/proxy/nginx/bank-a.conf",
      sharedEnvFile: "/srv/jiannuo/shared.env",
      finalBackups: "/srv/jiannuo/final-backups",
    });
  });

  it("writes a unit that runs npm start's script with the shared and the instance's environment", () => {
    const unit = renderUnit(settings, { name: "bank-a", hostName: "bank-a.jiannuo.example.com" });
    expect(unit).toContain(
      [
        "[Service]",
        "User=jiannuo",
        "WorkingDirectory=/srv/jiannuo/app",
        "EnvironmentFile=-/srv/jiannuo/shared.env",
        "EnvironmentFile=/srv/jiannuo/instances/bank-a/jiannuo.env",
        "ExecStart=/srv/jiannuo/app/node_modules/node/bin/node /srv/jiannuo/app/scripts/start.mjs --no-build",
      ].join("\n"),
    );
    expect(unit).toContain("WantedBy=multi-user.target");
  });

  it("writes an environment file that reads back, with the replica when there is one", () => {
    const text = renderEnvFile({
      name: "bank-a",
      port: 8101,
      dataDir: p.dataDir,
      appUrl: "https://bank-a.jiannuo.example.com",
      trainerEmail: "lead@bank-a.example.com",
      replica: "s3://replicas/jiannuo/bank-a",
      sharedEnvFile: p.sharedEnvFile,
    });
    expect(parseEnvFile(text)).toEqual({
      HOST: "127.0.0.1",
      PORT: "8101",
      PB_DATA: "/srv/jiannuo/instances/bank-a/data",
      APP_URL: "https://bank-a.jiannuo.example.com",
      JIANNUO_TRAINER_EMAIL: "lead@bank-a.example.com",
      JIANNUO_REPLICA: "s3://replicas/jiannuo/bank-a",
    });
  });

  it("routes NAME.DOMAIN to the instance's port in Caddy and nginx", () => {
    const entry = { name: "bank-a", hostName: "bank-a.jiannuo.example.com", port: 8101 };
    expect(renderCaddyEntry({ ...entry, file: p.caddyFile })).toContain(
      "bank-a.jiannuo.example.com {\n\treverse_proxy 127.0.0.1:8101\n",
    );
    const nginx = renderNginxEntry(settings, { ...entry, file: p.nginxFile });
    expect(nginx.match(/server_name bank-a\.jiannuo\.example\.com;/g)).toHaveLength(2);
    expect(nginx).toContain("proxy_pass http://127.0.0.1:8101;");
    expect(nginx).toContain("ssl_certificate     /etc/ssl/jiannuo/fullchain.pem;");
    expect(nginx).toContain("proxy_buffering off;");
  });
});
