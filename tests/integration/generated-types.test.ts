// The generated contract must match its sources (the migrations, the hooks' error module, the
// dictionaries' server texts): run `npm run types`.
import { expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTRACT_DIR, HOOKS_CONTRACT_FILE, TYPES_FILE, generatedFiles } from "../../scripts/generate-types.mjs";
import { ROOT } from "../../scripts/lib/pocketbase-binary.mjs";

const fresh = new Map(await generatedFiles());

it.each([...fresh.keys()].map((file) => [path.relative(ROOT, file), file]))(
  "%s is generated from its current sources",
  (_, file) => {
    expect(readFileSync(file, "utf8"), "stale: run `npm run types`").toBe(fresh.get(file));
  },
);

it("has no contract module that is no longer generated", () => {
  const stray = readdirSync(CONTRACT_DIR)
    .map((name) => path.join(CONTRACT_DIR, name))
    .filter((file) => !fresh.has(file));
  expect(stray, "run `npm run types`").toEqual([]);
});

it("holds the record types, the field limits and the error codes", () => {
  expect(fresh.get(TYPES_FILE)).toContain("export interface CommitmentsRecord");
  expect(fresh.get(path.join(CONTRACT_DIR, "commitments.ts"))).toContain("export const COMMITMENTS_FIELDS = {");
  expect(fresh.get(path.join(CONTRACT_DIR, "error-codes.ts"))).toContain('"jiannuo_code_unknown",');
  expect(fresh.get(HOOKS_CONTRACT_FILE)).toContain("module.exports = {");
});
