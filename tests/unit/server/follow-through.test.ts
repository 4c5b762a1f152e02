import { expect, it } from "vitest";
import { followThroughByWeek } from "../../../pocketbase/pb_hooks/lib/pure/follow-through.js";

const k = (id: string, created: string, status = "planned", updated = created) => ({ id, status, created, updated });

it("counts each commitment by its latest check-in at the end of each week", () => {
  const weeks = followThroughByWeek(
    [k("a", "2026-10-01 10:00:00.000Z"), k("b", "2026-10-01 11:00:00.000Z"), k("late", "2026-10-20 09:00:00.000Z")],
    [
      { commitment: "a", status: "in_progress", created: "2026-10-05 09:00:00.000Z" },
      { commitment: "a", status: "done", created: "2026-10-12 09:00:00.000Z" },
      { commitment: "b", status: "dropped", created: "2026-10-16 09:00:00.000Z" },
    ],
    "2026-10-02 00:00:00.000Z",
    "2026-10-24T12:00:00Z",
  );
  expect(weeks).toEqual([
    { week: 0, planned: 2, in_progress: 0, done: 0, dropped: 0 }, // 10-03
    { week: 1, planned: 1, in_progress: 1, done: 0, dropped: 0 }, // 10-10
    { week: 2, planned: 0, in_progress: 0, done: 1, dropped: 1 }, // 10-17
    { week: 3, planned: 1, in_progress: 0, done: 1, dropped: 1 }, // 10-24 00:00, "late" has joined
    { week: 4, planned: 1, in_progress: 0, done: 1, dropped: 1 }, // now, 10-24 12:00
  ]);
});

it("uses the current status of a commitment that never had a check-in, from its last change", () => {
  const weeks = followThroughByWeek(
    [k("x", "2026-10-01 10:00:00.000Z", "done", "2026-10-10 10:00:00.000Z")],
    [],
    "2026-10-02",
    "2026-10-20T00:00:00Z",
  );
  // 10-03 and 10-10 00:00 are before its change at 10-10 10:00; 10-17 and now (10-20) after.
  expect(weeks.map((w: { done: number }) => w.done)).toEqual([0, 0, 1, 1]);
});

it("has only week 0 before the workshop ends, and at most 27 weeks", () => {
  expect(followThroughByWeek([], [], "2026-12-01", "2026-11-20T00:00:00Z")).toHaveLength(1);
  expect(followThroughByWeek([], [], "2025-01-01", "2026-11-20T00:00:00Z")).toHaveLength(27);
});
