// Integration tests: one real PocketBase per run, on a free port, in a temporary data folder, with the
// project's real migrations and hooks. Tests reach it through inject("pocketbase").
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { pocketbaseBinary } from "../../scripts/lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";

export interface PocketBaseHandle {
  url: string;
  dataDir: string;
  superuser: { email: string; password: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    pocketbase: PocketBaseHandle;
  }
}

/** A small stand-in for the built site, so the 404 handling is tested without a build. */
export const FIXTURE_SITE = path.resolve(import.meta.dirname, "fixtures/site");

/** Starts PocketBase with a superuser in a fresh folder; returns the handle and a stop function. */
export async function startTestPocketBase(publicDir: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-test-"));
  const superuser = { email: "admin@test.local", password: randomBytes(12).toString("hex") };
  execFileSync(pocketbaseBinary(), ["superuser", "upsert", superuser.email, superuser.password, `--dir=${dataDir}`], {
    stdio: "ignore",
  });
  const server = await startPocketBase({ dataDir, port: await freePort(), publicDir, stdio: "pipe" });
  const handle: PocketBaseHandle = { url: server.url, dataDir, superuser };
  return {
    handle,
    server,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const pb = await startTestPocketBase(FIXTURE_SITE);
  project.provide("pocketbase", pb.handle);
  return () => pb.stop();
}
