// Builds the Astro site into dist/ when a source changed since the last build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SITE_DIR } from "./pocketbase-binary.mjs";

const SOURCES = ["src", "content", "public", "astro.config.mjs", "package-lock.json"];
const STAMP = path.join(SITE_DIR, ".built-at");

function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

/** Whether dist/ is missing or older than any source of the site. */
export function siteIsStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(ROOT, source)) > built);
}

/** Runs `astro build` on this Node; throws when it fails. */
export function buildSite() {
  const astro = path.join(ROOT, "node_modules/astro/bin/astro.mjs");
  // NODE_ENV=production even under Vitest (NODE_ENV=test), or React ships its development build.
  const result = spawnSync(process.execPath, [astro, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("The site did not build (see the messages above).");
  writeFileSync(STAMP, new Date().toISOString());
}
