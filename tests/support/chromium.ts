// Finds Debian's chromium for the e2e project. Missing locally: say how to install it and skip the
// project; missing under CI=true: fail, because CI must prove the browser flows.
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "../../scripts/lib/chromium.mjs";

export { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/chromium.mjs";

/** Whether e2e can run here; prints one line when it cannot (and throws instead under CI=true). */
export function chromiumStatus(path = CHROMIUM_PATH, env = process.env, warn = console.warn): { available: boolean } {
  if (existsSync(path)) return { available: true };
  if (env.CI === "true") {
    throw new Error(`chromium not found at ${path}; CI must run the e2e tests (apt-get install -y chromium).`);
  }
  warn(`e2e skipped: chromium not found at ${path}. Install it with: sudo apt-get install -y chromium`);
  return { available: false };
}
