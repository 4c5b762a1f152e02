// Integration tests: one real PocketBase per run, on a free port, in a temporary data folder, with the
// project's real migrations and hooks. Tests reach it through inject("pocketbase").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { upsertSuperuser } from "../../scripts/lib/pocketbase-binary.mjs";
import { startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";

export interface PocketBaseHandle {
  url: string;
  dataDir: string;
  superuser: { email: string; password: string };
  /** Folder where the SMTP sink keeps every email PocketBase sends (see scripts/lib/mail-sink.mjs). */
  mailDir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    pocketbase: PocketBaseHandle;
  }
}

/** A small stand-in for the built site, so the 404 handling is tested without a build. */
export const FIXTURE_SITE = path.resolve(import.meta.dirname, "fixtures/site");

/**
 * Starts PocketBase (with a superuser, and a mail sink as its SMTP server) in a fresh folder.
 * `extraEnv` adds to or overrides its environment (e.g. a short rate-limit window for one test file).
 */
export async function startTestPocketBase(publicDir: string, extraEnv: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-test-"));
  const mailDir = path.join(dataDir, "mail");
  const sink = await startMailSink({ dir: mailDir });
  const superuser = { email: "admin@test.local", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const port = await freePort();
  const env = {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    SMTP_FROM: "践诺 Jiannuo <noreply@jiannuo.test>",
    APP_URL: `http://127.0.0.1:${port}`,
    // Tests run the follow-up job themselves (POST /api/jiannuo/followups/run), never on the clock.
    JIANNUO_FOLLOWUP_CRON: "off",
    ...extraEnv,
  };
  const server = await startPocketBase({ dataDir, port, publicDir, stdio: "pipe", env });
  const handle: PocketBaseHandle = { url: server.url, dataDir, superuser, mailDir };
  const started = {
    handle,
    server,
    sink,
    /** Starts PocketBase again on the same data folder, port and settings (after a stop or a kill). */
    async restart() {
      started.server = await startPocketBase({ dataDir, port, publicDir, stdio: "pipe", env });
      return started.server;
    },
    async stop() {
      await started.server.stop();
      await started.sink.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return started;
}

export default async function setup(project: TestProject) {
  const pb = await startTestPocketBase(FIXTURE_SITE);
  project.provide("pocketbase", pb.handle);
  return () => pb.stop();
}
