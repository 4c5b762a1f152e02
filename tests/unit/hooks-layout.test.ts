// The hooks' layout stays as pocketbase/pb_hooks promises: entry files that start with the reference
// to PocketBase's types, and pure libraries (lib/pure/) that use nothing of PocketBase, each mirrored
// by a unit test of the same name in tests/unit/server/; and transactions that hold the write lock
// from their first statement (lib/db.js, writeTransaction).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { HOOKS_DIR, ROOT } from "../../scripts/lib/pocketbase-binary.mjs";

const PURE_DIR = path.join(HOOKS_DIR, "lib/pure");
const TESTS_DIR = path.join(ROOT, "tests/unit/server");

it("has a unit test for every pure library, and no other test in tests/unit/server/", () => {
  const libraries = readdirSync(PURE_DIR)
    .filter((f) => f.endsWith(".js"))
    .map((f) => f.replace(/\.js$/, ""));
  const tests = readdirSync(TESTS_DIR)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.test\.ts$/, ""));
  expect(tests.sort()).toEqual(libraries.sort());
});

it("keeps pure libraries free of PocketBase's globals, requiring only each other and generated files", () => {
  const impure = readdirSync(PURE_DIR).filter((file) => {
    const source = readFileSync(path.join(PURE_DIR, file), "utf8");
    const requires = [...source.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? "");
    return (
      /\$(?:app|os|security|dbx|apis|http|mails|filesystem)\b|\bnew (?:DynamicModel|Record|DateTime)\b|\barrayOf\(/.test(
        source,
      ) || requires.some((r) => !/^\.\/[\w-]+\.js$|^\.\.\/generated\/[\w-]+\.js$/.test(r))
    );
  });
  expect(impure).toEqual([]);
});

it("starts every entry file with the reference to PocketBase's types", () => {
  const entries = readdirSync(HOOKS_DIR).filter((f) => f.endsWith(".pb.js"));
  expect(entries.length).toBeGreaterThan(0);
  for (const file of entries) {
    expect(readFileSync(path.join(HOOKS_DIR, file), "utf8").split("\n")[0], file).toBe(
      '/// <reference path="../../pb_data/types.d.ts" />',
    );
  }
});

it("opens every transaction through writeTransaction (lib/db.js), which takes the write lock first", () => {
  const files = readdirSync(HOOKS_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  const opening = files.filter(
    (file) =>
      file !== path.join("lib", "db.js") &&
      /runInTransaction\s*\(/i.test(readFileSync(path.join(HOOKS_DIR, file), "utf8")),
  );
  expect(files).toContain(path.join("lib", "join.js"));
  expect(opening).toEqual([]);
});
