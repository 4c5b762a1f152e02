import { describe, expect, it } from "vitest";
import { isJoinCodeFormat, joinCodeProgress, normalizeJoinCode } from "../../src/lib/join-code";

describe("normalizeJoinCode", () => {
  it("uppercases and drops spaces and hyphens", () => {
    expect(normalizeJoinCode(" ab3-k7 q ")).toBe("AB3K7Q");
    expect(normalizeJoinCode("abc\u2011234")).toBe("ABC234");
    expect(normalizeJoinCode("")).toBe("");
  });
});

describe("isJoinCodeFormat", () => {
  it("accepts 6 characters from the alphabet", () => {
    expect(isJoinCodeFormat("AB3K7Q")).toBe(true);
    expect(isJoinCodeFormat("ZZZZZZ")).toBe(true);
  });

  it.each(["AB3K7", "AB3K7QX", "AB3K7O", "AB3K70", "AB3K71", "AB3K7I", "AB3K7L", "ab3k7q", "AB3 K7"])(
    "rejects %s",
    (code) => expect(isJoinCodeFormat(code)).toBe(false),
  );
});

describe("joinCodeProgress", () => {
  it("says how far a typed code is from a whole one", () => {
    expect(joinCodeProgress("")).toEqual({ state: "empty" });
    expect(joinCodeProgress("ab")).toEqual({ state: "short", missing: 4 });
    expect(joinCodeProgress("ab3-k7q")).toEqual({ state: "ok" });
    expect(joinCodeProgress("AB3K7QXY")).toEqual({ state: "long", extra: 2 });
    expect(joinCodeProgress("AB0")).toEqual({ state: "badChars" });
  });
});
