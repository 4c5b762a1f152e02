// The coach's view of the room on the trainer's moderation list: what a trainer can talk to the author
// about before they leave, from the fields the wall holds.
import { describe, expect, it } from "vitest";
import { cardGaps, gapCounts, type CoachedCard } from "../../src/lib/wall-coach";

const card = (action: string, trigger = "", measure = ""): CoachedCard => ({ action, trigger, measure });
const gapsOf = (c: CoachedCard, locale: "zh-CN" | "en" = "zh-CN") => cardGaps(c, locale).map(({ gap }) => gap);

describe("cardGaps", () => {
  it("finds nothing in a commitment with a deed, a moment and a measure", () => {
    expect(
      gapsOf(
        card(
          "办理业务前先问客户今天最想解决什么",
          "当客户坐到我的窗口前时",
          "每天记下三位客户的回答，一周后和组长一起看",
        ),
      ),
    ).toEqual([]);
  });

  it("flags a vague commitment with its word, and no moment and no measure", () => {
    const gaps = cardGaps(card("我会更好地服务客户"), "zh-CN");
    expect(gaps.map(({ gap }) => gap)).toEqual(["vague", "no-moment", "no-measure"]);
    expect(gaps[0]?.word).toMatch(/更好/);
  });

  it("flags an attitude as vague, with no word to quote", () => {
    expect(cardGaps(card("树立以客户为中心的服务意识", "每天上班时", "每周一次"), "zh-CN")).toEqual([{ gap: "vague" }]);
  });

  it("keeps the word of a moment that may never come", () => {
    expect(cardGaps(card("给老客户打回访电话", "有空的时候", "每周五次"), "zh-CN")).toEqual([
      { gap: "no-moment", word: "有空的时候" },
    ]);
  });

  it("reads English too", () => {
    expect(gapsOf(card("Be more friendly to customers"), "en")).toEqual(["vague", "no-moment", "no-measure"]);
  });

  it("says nothing about the date, support or confidence the wall does not hold", () => {
    const gaps = gapsOf(card("每周五下班前，用 EOAC 给一位同事一条具体的反馈", "", "连续四周，每周至少一条"));
    expect(gaps).toEqual([]);
  });
});

describe("gapCounts", () => {
  it("counts cards per gap", () => {
    expect(gapCounts([[{ gap: "vague", word: "更好" }, { gap: "no-measure" }], [{ gap: "no-measure" }], []])).toEqual({
      vague: 1,
      several: 0,
      "no-moment": 0,
      "no-measure": 2,
    });
  });
});
