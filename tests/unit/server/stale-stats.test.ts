import { expect, it } from "vitest";
import { isStale } from "../../../pocketbase/pb_hooks/lib/pure/stale-stats.js";

it("calls statistics stale when the table doubled or halved, beyond small noise", () => {
  expect(isStale(3, 503)).toBe(true); // the demo's statistics after a room joined
  expect(isStale(2000, 500)).toBe(true); // cohorts deleted
  expect(isStale(3, 40)).toBe(false); // small tables: a scan costs nothing
  expect(isStale(500, 900)).toBe(false);
  expect(isStale(500, 1100)).toBe(true);
});
