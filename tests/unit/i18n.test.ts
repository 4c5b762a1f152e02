// Both dictionaries must say everything, and agree on placeholders, or a participant sees a raw key.
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { formatList, keptPieces, placeholdersOf } from "../../src/i18n/format";
import { localeOfPath, localizedPath, pickMessages, switchLocalePath, t } from "../../src/i18n";
import { zhCN } from "../../src/i18n/zh-CN";
import { KNOWN_ERROR_CODES } from "../../src/lib/api-errors";

const dictionaries: Record<string, Record<string, string>> = { "zh-CN": zhCN, en };
const allKeys = [...new Set(Object.values(dictionaries).flatMap((d) => Object.keys(d)))].sort();

describe("dictionary parity", () => {
  it.each(Object.keys(dictionaries))("%s has every key, none empty", (locale) => {
    const dictionary = dictionaries[locale] ?? {};
    const missing = allKeys.filter((key) => !(key in dictionary));
    const empty = allKeys.filter((key) => key in dictionary && (dictionary[key] ?? "").trim() === "");
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });

  it("uses the same {placeholders} in every locale", () => {
    const differing = allKeys.filter((key) => {
      const zh = placeholdersOf(zhCN[key as keyof typeof zhCN] ?? "");
      return JSON.stringify(zh) !== JSON.stringify(placeholdersOf(en[key as keyof typeof en] ?? ""));
    });
    expect(differing).toEqual([]);
  });

  it("has a message for every server error code in both locales", () => {
    for (const code of KNOWN_ERROR_CODES) {
      expect(zhCN[`errors.${code}`], code).toBeTruthy();
      expect(en[`errors.${code}`], code).toBeTruthy();
    }
  });

  it("writes the Chinese dictionary in Chinese", () => {
    expect(t("zh-CN", "join.name.label")).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "join.joined.heading", { name: "Li" })).toBe("Welcome, Li!");
    expect(t("zh-CN", "join.joined.heading", { name: "赵敏" })).toBe("欢迎你，赵敏！");
    expect(t("en", "join.joined.heading")).toContain("{name}");
  });
});

describe("pickMessages", () => {
  it("returns only the keys under the given prefixes", () => {
    const picked = pickMessages("en", ["errors."]);
    expect(Object.keys(picked).every((key) => key.startsWith("errors."))).toBe(true);
    expect(picked["errors.server"]).toBe(en["errors.server"]);
  });
});

describe("paths", () => {
  it.each([
    ["zh-CN", "/", "/"],
    ["en", "/", "/en/"],
    ["zh-CN", "/join", "/join/"],
    ["en", "/join", "/en/join/"],
    ["en", "join/", "/en/join/"],
  ] as const)("localizedPath(%s, %s) = %s", (locale, path, expected) => {
    expect(localizedPath(locale, path)).toBe(expected);
  });

  it.each([
    ["/join/", "en", "/en/join/"],
    ["/en/join/", "zh-CN", "/join/"],
    ["/en/join", "zh-CN", "/join/"],
    ["/en/", "zh-CN", "/"],
    ["/en", "zh-CN", "/"],
    ["/", "en", "/en/"],
    ["/join/", "zh-CN", "/join/"],
    ["/english-tips/", "zh-CN", "/english-tips/"],
  ] as const)("switchLocalePath(%s, %s) = %s", (path, to, expected) => {
    expect(switchLocalePath(path, to)).toBe(expected);
  });

  it("reads the locale from the first path segment", () => {
    expect(localeOfPath("/en/join/")).toBe("en");
    expect(localeOfPath("/join/")).toBe("zh-CN");
    expect(localeOfPath("/zh-CN/join/")).toBe("zh-CN");
  });
});

describe("keptPieces", () => {
  it("sets each value apart, with the marks around it, so a line never ends on 「 or starts with 」", () => {
    expect(keptPieces("{name}，你在「{cohort}」。", { name: "王芳", cohort: "城东支行（第三期）" })).toEqual([
      { kept: "王芳，" },
      "你在",
      { kept: "「城东支行（第三期）」。" },
    ]);
    expect(keptPieces("写于 {date}", { date: "2026年12月4日" })).toEqual(["写于 ", { kept: "2026年12月4日" }]);
    expect(keptPieces("You are in “{cohort}”.", { cohort: "East" })).toEqual(["You are in ", { kept: "“East”." }]);
  });

  it("leaves an unknown placeholder as text", () => {
    expect(keptPieces("{a} and {b}", { a: "1" })).toEqual([{ kept: "1" }, " and {b}"]);
  });
});

describe("formatList", () => {
  it("writes a Chinese list with the enumeration comma, an English one with commas", () => {
    expect(formatList(["7", "21", "45", "90"], "zh-CN")).toBe("7、21、45、90");
    expect(formatList(["7", "21", "45", "90"], "en")).toBe("7, 21, 45, 90");
    expect(formatList(["7"], "zh-CN")).toBe("7");
  });
});
