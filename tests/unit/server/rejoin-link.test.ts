// The shapes and states of re-join links (pb_hooks/lib/pure/rejoin-link.js).
import { describe, expect, it } from "vitest";
import {
  KEEP_USED_MS,
  REJOIN_MINUTES,
  TOKEN_PATTERN,
  linkState,
} from "../../../pocketbase/pb_hooks/lib/pure/rejoin-link.js";

describe("re-join links", () => {
  it("last ten minutes, and a used one is remembered longer than it lives", () => {
    expect(REJOIN_MINUTES).toBe(10);
    expect(KEEP_USED_MS).toBeGreaterThan(REJOIN_MINUTES * 60_000);
  });

  it("take only tokens of the server's shape (43 letters and digits)", () => {
    expect(TOKEN_PATTERN.test("a".repeat(43))).toBe(true);
    expect(TOKEN_PATTERN.test("aZ09".repeat(10) + "abc")).toBe(true);
    for (const bad of ["a".repeat(42), "a".repeat(44), `${"a".repeat(42)}-`, `${"a".repeat(42)}\n`, ""]) {
      expect(TOKEN_PATTERN.test(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("are used once a time is set, expired from their end on, open before", () => {
    expect(linkState("2026-11-24 10:00:00.000Z", 2000, 1000)).toBe("used");
    expect(linkState("", 2000, 1000)).toBe("open");
    expect(linkState("", 2000, 2000)).toBe("expired");
    expect(linkState("", Number.NaN, 1000)).toBe("expired");
  });
});
