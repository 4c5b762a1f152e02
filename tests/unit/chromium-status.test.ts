// Without chromium a developer's run skips e2e with one line; CI fails instead.
import { expect, it, vi } from "vitest";
import { chromiumStatus } from "../support/chromium";

it("skips e2e locally with one line that says how to install chromium", () => {
  const warn = vi.fn();
  expect(chromiumStatus("/nowhere/chromium", {}, warn)).toEqual({ available: false });
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toBe(
    "e2e skipped: chromium not found at /nowhere/chromium. Install it with: sudo apt-get install -y chromium",
  );
});

it("fails under CI=true", () => {
  expect(() => chromiumStatus("/nowhere/chromium", { CI: "true" }, vi.fn())).toThrow(/CI must run the e2e tests/);
});

it("finds an existing executable", () => {
  expect(chromiumStatus(process.execPath, { CI: "true" }, vi.fn())).toEqual({ available: true });
});
