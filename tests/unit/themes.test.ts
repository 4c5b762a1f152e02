// The theme view's words: Chinese segmented into words, stop words and noise dropped, ranked stably.
import { describe, expect, it } from "vitest";
import { themeWordsOf, topThemeWords } from "../../src/lib/themes";

describe("themeWordsOf", () => {
  it("splits Chinese into words and drops particles, pronouns and punctuation", () => {
    const words = themeWordsOf("接电话时先复述客户的问题，再说我们能做什么");
    expect(words).toEqual(expect.arrayContaining(["电话", "复述", "客户", "问题"]));
    for (const stop of ["的", "时", "我们", "什么", "，", "先"]) expect(words).not.toContain(stop);
  });

  it("drops the listed Chinese stop words and single characters", () => {
    const words = themeWordsOf("当客户提出超出标准的要求时，我会先表达理解，再给出两个可选方案");
    expect(words).toEqual(expect.arrayContaining(["客户", "标准", "要求", "理解", "方案"]));
    for (const stop of ["当", "的", "时", "我", "会", "和", "一个"]) expect(words).not.toContain(stop);
    expect(words.every((word) => [...word].length > 1)).toBe(true);
  });

  it("reads English in lower case without stop words, contractions, numbers or single letters", () => {
    const words = themeWordsOf(
      "When a guest complains, I’ll LISTEN first and don't interrupt the guest's story 3 times, x",
    );
    expect(words).toEqual(["guest", "complains", "listen", "first", "interrupt", "guest", "story", "times"]);
  });

  it("folds full-width letters and keeps Latin words inside Chinese text", () => {
    expect(themeWordsOf("用ＥＯＡＣ模式回复客户投诉")).toEqual(
      expect.arrayContaining(["eoac", "模式", "客户", "投诉"]),
    );
  });

  it("drops counting words: a number or 每/这/那 with a measure word", () => {
    const words = themeWordsOf("每周五下班前给同事一条反馈，每次交班时说两件好事");
    expect(words).toEqual(expect.arrayContaining(["下班", "同事", "反馈", "交班"]));
    for (const counting of ["每周", "一条", "每次", "两件"]) expect(words).not.toContain(counting);
  });

  it("finds nothing in punctuation, numbers and stop words alone", () => {
    expect(themeWordsOf("……123，the a to I will 的了我")).toEqual([]);
  });
});

describe("topThemeWords", () => {
  const commitments = [
    "每天早会上分享一个客户好评\n每天早会",
    "接电话时先复述客户的问题\n接到客户电话时",
    "遇到投诉时先倾听客户，不打断\n客户投诉时",
    "主动问客户需要什么帮助\n客户进门时",
    "处理投诉后给同事一条反馈\n每周五下班前",
  ];

  it("ranks the words by how many commitments use them, each counted once per commitment", () => {
    const top = topThemeWords(commitments);
    expect(top[0]).toEqual({ word: "客户", count: 4 });
    expect(top.find((w) => w.word === "投诉")).toEqual({ word: "投诉", count: 2 });
    expect(top.find((w) => w.word === "分享")).toEqual({ word: "分享", count: 1 });
  });

  it("breaks ties in code point order, whatever order the commitments came in", () => {
    const forward = topThemeWords(commitments);
    const backward = topThemeWords([...commitments].reverse());
    expect(backward).toEqual(forward);
    const ones = forward.filter((w) => w.count === 1).map((w) => w.word);
    expect(ones).toEqual([...ones].sort());
  });

  it("keeps at most `limit` words, 30 by default", () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} service`,
    );
    expect(topThemeWords(many)).toHaveLength(30);
    expect(topThemeWords(many)[0]).toEqual({ word: "service", count: 40 });
    expect(topThemeWords(many, 5)).toHaveLength(5);
  });

  it("counts a word whatever its case, and shows it as most often written", () => {
    const top = topThemeWords(["用 EOAC 回复投诉", "用EOAC给反馈", "eoac 四步", "Listen first", "listen to the guest"]);
    expect(top[0]).toEqual({ word: "EOAC", count: 3 });
    expect(top).toContainEqual({ word: "Listen", count: 2 });
  });

  it("mixes Chinese and English commitments", () => {
    const top = topThemeWords([
      "Greet every guest by name\nat check-in",
      "Thank the guest before they leave",
      "向客人微笑问好\n客人进门时",
    ]);
    expect(top[0]).toEqual({ word: "guest", count: 2 });
    expect(top).toContainEqual({ word: "客人", count: 1 });
    expect(top).toContainEqual({ word: "微笑", count: 1 });
  });
});

describe("the words a trainer would accept (a room's real commitments)", () => {
  const room = [
    "当客户坐到我的窗口前时，我会先问：“您今天最想办好的是哪件事？”",
    "他的业务办完后，我会送他到门口，再说一句感谢",
    "客户等候超过十分钟时，主动上前说明进度并递上一杯水",
    "接到投诉电话时，先道歉再记录客户的诉求，两小时内回电",
    "客户提出超出标准的要求时，先复述他真正要解决的问题",
    "每周五下班前，给一位同事一条具体的反馈",
    "办理业务前先问客户最想解决什么，再推荐产品",
    "Greet guests by name",
    "Thank every guest before they leave",
  ];

  it("drops possessives, verb-and-result pieces, time and degree adverbs and amounts", () => {
    const words = room.flatMap(themeWordsOf);
    for (const junk of [
      "他的",
      "我的",
      "办的",
      "好的",
      "坐到",
      "办好",
      "办完",
      "最想",
      "今天",
      "真正",
      "十分钟",
      "两小时",
      "一杯",
      "超出",
      "提出",
    ]) {
      expect(words, junk).not.toContain(junk);
    }
    expect(words).toEqual(
      expect.arrayContaining([
        "客户",
        "窗口",
        "业务",
        "门口",
        "感谢",
        "主动",
        "进度",
        "投诉",
        "道歉",
        "记录",
        "诉求",
        "复述",
        "同事",
        "反馈",
        "产品",
      ]),
    );
  });

  it("leaves out words only one commitment used when asked for two, and folds English plurals", () => {
    const top = topThemeWords(room, 30, 2);
    expect(top.every((w) => w.count >= 2)).toBe(true);
    expect(top[0]).toEqual({ word: "客户", count: 5 });
    expect(top).toContainEqual({ word: "业务", count: 2 });
    expect(top).toContainEqual({ word: "guest", count: 2 });
    expect(top.map((w) => w.word)).not.toContain("窗口");
  });
});
