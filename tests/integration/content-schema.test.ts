// A module file with a missing or malformed field fails the build, naming the file and the field.
// Runs the real `astro build` on a copy of the project with one file broken.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(path.join(tmpdir(), "jiannuo-schema-"));
  try {
    for (const entry of ["src", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
      cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    const target = path.join(dir, file);
    writeFileSync(target, edit(readFileSync(target, "utf8")));
    const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the content schema", () => {
  it("accepts the course as it is (the control for the two cases below)", () => {
    expect(buildWith("content/modules/zh-CN/eoac.md", (text) => text).status).toBe(0);
  }, 150_000);

  it("fails the build on a missing field, naming the module and the field", () => {
    const { status, output } = buildWith("content/modules/zh-CN/eoac.md", (text) =>
      text.replace(/^durationMinutes:.*\n/m, ""),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("eoac");
    expect(output).toContain("durationMinutes");
  }, 150_000);

  it("fails the build on a malformed field, naming the module and the field", () => {
    const { status, output } = buildWith("content/modules/en/belonging.md", (text) =>
      text.replace(/^order:.*$/m, "order: first"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("belonging");
    expect(output).toContain("order");
  }, 150_000);
});
