// The record types in src/lib/pocketbase-types.ts must match the migrations: run `npm run types`.
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { TYPES_FILE, readMigratedCollections, renderTypes } from "../../scripts/generate-types.mjs";

it("src/lib/pocketbase-types.ts is generated from the current migrations", async () => {
  const fresh = renderTypes(await readMigratedCollections());
  expect(readFileSync(TYPES_FILE, "utf8"), "stale: run `npm run types`").toBe(fresh);
  expect(fresh).toContain("export interface CommitmentsRecord");
});
