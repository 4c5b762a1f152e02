import { describe, expect, it } from "vitest";
import {
  encouragementWords,
  nudgeMail,
  pairAtRandom,
  WORDS_MAX,
  weekOf,
} from "../../../pocketbase/pb_hooks/lib/pure/buddies.js";

/** A fixed sequence in place of Math.random, so each shuffle is known. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe("pairAtRandom", () => {
  it("pairs everyone once; an odd number makes the last group a triad", () => {
    for (const n of [2, 3, 4, 5, 8, 9]) {
      const ids = Array.from({ length: n }, (_, i) => `p${i}`);
      const groups = pairAtRandom(ids, Math.random);
      expect(groups.flat().sort()).toEqual([...ids].sort());
      expect(groups.map((g: string[]) => g.length).sort()).toEqual(
        n % 2 ? [...Array(Math.floor(n / 2) - 1).fill(2), 3].sort() : Array(n / 2).fill(2),
      );
    }
  });

  it("makes no group of one", () => {
    expect(pairAtRandom(["alone"], Math.random)).toEqual([]);
    expect(pairAtRandom([], Math.random)).toEqual([]);
  });

  it("shuffles by the random numbers it is given, without changing its input", () => {
    const ids = ["a", "b", "c", "d"];
    expect(pairAtRandom(ids, sequence(0))).toEqual([
      ["b", "c"],
      ["d", "a"],
    ]);
    expect(ids).toEqual(["a", "b", "c", "d"]);
  });
});

describe("weekOf", () => {
  it("is the Monday (UTC) of the week", () => {
    expect(weekOf(Date.parse("2026-12-07T00:00:00Z"))).toBe("2026-12-07"); // a Monday
    expect(weekOf(Date.parse("2026-12-13T23:59:59Z"))).toBe("2026-12-07"); // its Sunday
    expect(weekOf(Date.parse("2027-01-01T12:00:00Z"))).toBe("2026-12-28"); // across a year
  });
});

describe("encouragementWords", () => {
  it("takes none, or trimmed words up to the limit in characters (Chinese counts one each)", () => {
    expect(encouragementWords(undefined)).toEqual({ words: "" });
    expect(encouragementWords("  加油！ ")).toEqual({ words: "加油！" });
    expect(encouragementWords("好".repeat(WORDS_MAX))).toEqual({ words: "好".repeat(WORDS_MAX) });
  });

  it("refuses longer words and what is not text", () => {
    expect(encouragementWords("好".repeat(WORDS_MAX + 1))).toEqual({ error: "jiannuo_buddy_words_too_long" });
    expect(encouragementWords("x".repeat(100000))).toEqual({ error: "jiannuo_buddy_words_too_long" });
    expect(encouragementWords(42)).toEqual({ error: "jiannuo_value_invalid" });
  });
});

describe("nudgeMail", () => {
  it("names the partners and links to /me/ in the buddy's language, and escapes names", () => {
    const zh = nudgeMail({ locale: "zh-CN", appUrl: "https://jn.example", name: "王芳", partners: ["李<b>", "张三"] });
    expect(zh.subject).toBe("本周给你的伙伴加加油");
    expect(zh.text).toContain("李<b>、张三");
    expect(zh.text).toContain("https://jn.example/me/");
    expect(zh.html).toContain("李&lt;b&gt;");
    expect(zh.html).not.toContain("<b>");
    const en = nudgeMail({ locale: "en", appUrl: "https://jn.example", name: "Ann", partners: ["Bo"] });
    expect(en.text).toContain("https://jn.example/en/me/");
    expect(en.subject).toBe("Encourage your buddy this week");
  });
});
