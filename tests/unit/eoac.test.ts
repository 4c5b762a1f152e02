// The EOAC checks on example sentences in both locales: each row is one part's text and the code it should get.
import { describe, expect, it } from "vitest";
import {
  checkEoac,
  countOkParts,
  EOAC_HINT_KEYS,
  EOAC_PARTS,
  type EoacCode,
  type EoacPart,
  type EoacParts,
} from "../../src/lib/eoac";
import type { Locale } from "../../src/i18n/locales";

const blank: EoacParts = { example: "", outcome: "", action: "", change: "" };

function codeOf(locale: Locale, part: EoacPart, text: string): EoacCode {
  return checkEoac({ ...blank, [part]: text }, locale)[part].code;
}

const zhCases: [EoacPart, string, EoacCode][] = [
  ["example", "你服务态度不好。", "e-judgement"],
  ["example", "你总是不理客户，从来不笑。", "e-judgement"],
  ["example", "昨天你接待客户的时候太马虎了。", "e-judgement"],
  ["example", "你对客户很冷漠，做事敷衍。", "e-judgement"],
  ["example", "你没有跟客户打招呼就开始办业务。", "e-no-event"],
  ["example", "你办业务的时候一直看手机。", "e-no-event"],
  ["example", "昨天下午三点，一位阿姨在柜台前站了五分钟，你一直低头看手机，没有跟她说话。", "ok"],
  ["example", "今天上午那位办卡的客户问了两次手续费，你都没有回答。", "ok"],
  ["example", "上周五，你把客户的姓名写错了。", "ok"],
  ["example", "昨天上午", "too-short"],
  ["example", "   ", "empty"],
  ["outcome", "这样很不专业。", "o-missing-effect"],
  ["outcome", "我觉得你需要改一改。", "o-missing-effect"],
  ["outcome", "客户等了二十分钟，最后生气地走了。", "ok"],
  ["outcome", "结果客户打了投诉电话，我们组这个月的满意度扣了分。", "ok"],
  ["outcome", "后面排队的客户也跟着着急，同事只好过来帮忙。", "ok"],
  ["outcome", "不好", "too-short"],
  ["action", "以后要更加注意服务态度。", "a-not-actionable"],
  ["action", "下次认真一点，提高服务意识。", "a-not-actionable"],
  ["action", "多微笑，对客户热情一点。", "a-not-actionable"],
  ["action", "说话的时候注意一下语气。", "a-not-actionable"],
  ["action", "下次遇到问题要认真负责。", "a-not-actionable"],
  ["action", "下次客户走到柜台时，先抬头看着他说“您好”。", "ok"],
  ["action", "每次交给客人之前，先核对一遍日期。", "ok"],
  ["action", "下次注意，客户一走近就先起身问好。", "ok"],
  ["change", "客户会更满意，公司口碑更好。", "c-no-listener-benefit"],
  ["change", "服务质量会得到提高。", "c-no-listener-benefit"],
  ["change", "这样你就不用事后补救，也少挨投诉。", "ok"],
  ["change", "客户信任你了，你的业绩也会跟着上来。", "ok"],
  ["change", "您会轻松很多，少被客户追问。", "ok"],
  ["change", "会更好", "too-short"],
];

const enCases: [EoacPart, string, EoacCode][] = [
  ["example", "Your service attitude is bad.", "e-judgement"],
  ["example", "You are always rude to customers and never smile.", "e-judgement"],
  ["example", "Yesterday you were careless with a customer's form.", "e-judgement"],
  ["example", "You don't care about the people you serve.", "e-judgement"],
  ["example", "You start processing without greeting anyone.", "e-no-event"],
  ["example", "You look at your phone a lot at the counter.", "e-no-event"],
  [
    "example",
    "Yesterday at 3 p.m. a woman stood at your counter for five minutes while you looked at your phone.",
    "ok",
  ],
  [
    "example",
    "This morning the customer who came to open an account asked about the fee twice and got no answer.",
    "ok",
  ],
  ["example", "On Friday you spelled the guest's surname wrong on the booking.", "ok"],
  ["example", "Yesterday afternoon", "too-short"],
  ["example", "", "empty"],
  ["outcome", "It is not professional at all.", "o-missing-effect"],
  ["outcome", "I think you need to change this.", "o-missing-effect"],
  ["outcome", "The customer waited twenty minutes and then left.", "ok"],
  ["outcome", "As a result he called the complaints line and our score dropped.", "ok"],
  ["outcome", "The people behind him got restless and a colleague had to step in.", "ok"],
  ["outcome", "Not good", "too-short"],
  ["action", "Be more careful with your attitude from now on.", "a-not-actionable"],
  ["action", "Try to be nicer to customers.", "a-not-actionable"],
  ["action", "Pay more attention and improve your service.", "a-not-actionable"],
  ["action", "Try harder to say nice things.", "a-not-actionable"],
  ["action", "Next time a customer walks up to the counter, look up and greet them first.", "ok"],
  ["action", "Each time you issue a voucher, check the date before you hand it over.", "ok"],
  ["action", "When a query will take a while, reply within one minute to say you are on it.", "ok"],
  ["change", "Customers will be happier with the company.", "c-no-listener-benefit"],
  ["change", "Service quality will improve across the branch.", "c-no-listener-benefit"],
  ["change", "You won't have to fix mistakes afterwards.", "ok"],
  ["change", "That way you'll get fewer complaints and calmer customers.", "ok"],
  ["change", "It makes your shifts less stressful and quicker.", "ok"],
  ["change", "Much better", "too-short"],
];

describe("checkEoac (zh-CN)", () => {
  it.each(zhCases)("%s: %s -> %s", (part, text, code) => {
    expect(codeOf("zh-CN", part, text)).toBe(code);
  });
});

describe("checkEoac (en)", () => {
  it.each(enCases)("%s: %s -> %s", (part, text, code) => {
    expect(codeOf("en", part, text)).toBe(code);
  });
});

describe("findings", () => {
  it("gives every part a finding with a hint key from the list, and counts the passes", () => {
    const findings = checkEoac(
      {
        example: "昨天下午三点，一位阿姨在柜台前站了五分钟，你没有跟她说话。",
        outcome: "客户等得生气，最后投诉了。",
        action: "以后要更加注意。",
        change: "",
      },
      "zh-CN",
    );
    expect(EOAC_PARTS.map((part) => findings[part].code)).toEqual(["ok", "ok", "a-not-actionable", "empty"]);
    for (const part of EOAC_PARTS) expect(EOAC_HINT_KEYS).toContain(findings[part].hint);
    expect(findings.action.hint).toBe("action.a-not-actionable");
    expect(countOkParts(findings)).toBe(2);
  });

  it("treats curly apostrophes like straight ones", () => {
    expect(codeOf("en", "change", "You won’t have to apologise afterwards.")).toBe("ok");
  });

  it("has enough examples per locale", () => {
    expect(zhCases.length).toBeGreaterThanOrEqual(20);
    expect(enCases.length).toBeGreaterThanOrEqual(20);
  });
});
