// Each island gets its words through the picks in src/i18n/islands.ts: a pick that selects nothing is a
// typo (the island would show raw keys), and a dictionary value written twice belongs in common.*.
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { en } from "../../src/i18n/en";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { zhCN } from "../../src/i18n/zh-CN";

describe("island keys", () => {
  it.each(Object.entries(ISLAND_KEYS))("every pick of %s selects a word", (_island, picks) => {
    const empty = picks.filter((pick) => Object.keys(pickMessages("en", [pick])).length === 0);
    expect(empty).toEqual([]);
  });

  it("gives an island its own words, not the dictionary", () => {
    for (const picks of Object.values(ISLAND_KEYS)) {
      expect(Object.keys(pickMessages("zh-CN", picks)).length).toBeLessThan(Object.keys(zhCN).length / 2);
    }
  });
});

describe("shared words", () => {
  it("writes no message twice under different keys (the same words in both languages)", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      // Two server error codes may well share a message; the server's codes are listed in api-errors.ts.
      if (key.startsWith("errors.")) continue;
      const words = `${zhCN[key]}\u0000${en[key]}`;
      const first = seen.get(words);
      if (first) repeated.push(`${first} = ${key}`);
      else seen.set(words, key);
    }
    expect(repeated).toEqual([]);
  });
});
