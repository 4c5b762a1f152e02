/// <reference types="vitest/config" />
// Four Vitest projects: unit (pure logic), component (React islands in jsdom), integration (a real
// PocketBase with the real migrations and hooks), e2e (Debian's chromium driving the built site).
import { getViteConfig } from "astro/config";
import { chromiumStatus } from "./tests/support/chromium.ts";

const chromium = chromiumStatus();
const e2eProject = {
  extends: true,
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/e2e-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
};

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["tests/support/component-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Without chromium a developer's run skips e2e with one line (printed by chromiumStatus); CI fails.
      ...(chromium.available ? [e2eProject] : []),
    ],
  },
});
