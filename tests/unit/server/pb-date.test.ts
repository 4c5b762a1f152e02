import { expect, it } from "vitest";
import { dateMs, pbDate } from "../../../pocketbase/pb_hooks/lib/pure/pb-date.js";

it("reads PocketBase's dates and ISO dates alike", () => {
  expect(dateMs("2026-11-24 10:00:00.000Z")).toBe(Date.UTC(2026, 10, 24, 10));
  expect(dateMs("2026-11-24T10:00:00Z")).toBe(Date.UTC(2026, 10, 24, 10));
  expect(dateMs("")).toBeNaN();
});

it("writes dates as PocketBase stores them, so they compare as text in SQL", () => {
  expect(pbDate(Date.UTC(2026, 10, 24, 10))).toBe("2026-11-24 10:00:00.000Z");
  expect(pbDate(Date.UTC(2026, 10, 24, 9)) < pbDate(Date.UTC(2026, 10, 24, 10))).toBe(true);
});
