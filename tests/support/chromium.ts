// Finds Debian's chromium for the e2e project. Missing locally: say how to install it and skip the
// project; missing under CI=true: fail, because CI must prove the browser flows.
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let reported = false;

/** Whether e2e can run here; prints one line (once) when it cannot. */
export function chromiumStatus(): { available: boolean } {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  if (process.env.CI === "true") {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}; CI must run the e2e tests (apt-get install -y chromium).`);
  }
  if (!reported) {
    reported = true;
    console.warn(`e2e skipped: chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`);
  }
  return { available: false };
}
