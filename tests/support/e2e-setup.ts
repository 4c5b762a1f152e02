// End-to-end tests: the built site (rebuilt when a source changed) served with the API by one real
// PocketBase, exactly as `npm start` runs it. The demo cohort's code comes from the first-start note.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, siteIsStale } from "../../scripts/lib/build-site.mjs";
import { SITE_DIR } from "../../scripts/lib/pocketbase-binary.mjs";
import { startTestPocketBase } from "./integration-setup";

declare module "vitest" {
  export interface ProvidedContext {
    demoJoinCode: string;
  }
}

export default async function setup(project: TestProject) {
  if (siteIsStale()) buildSite();
  const pb = await startTestPocketBase(SITE_DIR);
  const note = readFileSync(path.join(pb.handle.dataDir, "first-trainer.txt"), "utf8");
  project.provide("pocketbase", pb.handle);
  project.provide("demoJoinCode", note.match(/Demo cohort join code:\s*(\S+)/)![1]!);
  return () => pb.stop();
}
