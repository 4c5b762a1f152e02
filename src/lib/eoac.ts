// Checks on an EOAC draft (Example, Outcome, Action, Change): word-list heuristics per locale, no DOM.
// They coach rather than grade, so each rule looks for a sign of the right kind of sentence, and the
// island shows the hint for the first rule a part fails.
import type { Locale } from "../i18n";

/** The four parts, in the order the model teaches them. */
export const EOAC_PARTS = ["example", "outcome", "action", "change"] as const;
export type EoacPart = (typeof EOAC_PARTS)[number];

/** A draft: one text per part. */
export type EoacParts = Readonly<Record<EoacPart, string>>;

/** Stable finding codes; the part-specific ones start with the part's letter. */
export type EoacCode =
  | "empty"
  | "too-short"
  | "e-judgement"
  | "e-no-event"
  | "o-missing-effect"
  | "a-not-actionable"
  | "c-no-listener-benefit"
  | "ok";

/** Every hint the island can show, as `<part>.<code>`; the exercise data has a text for each. */
export const EOAC_HINT_KEYS = [
  "example.empty",
  "example.too-short",
  "example.e-judgement",
  "example.e-no-event",
  "example.ok",
  "outcome.empty",
  "outcome.too-short",
  "outcome.o-missing-effect",
  "outcome.ok",
  "action.empty",
  "action.too-short",
  "action.a-not-actionable",
  "action.ok",
  "change.empty",
  "change.too-short",
  "change.c-no-listener-benefit",
  "change.ok",
] as const;
export type EoacHintKey = (typeof EOAC_HINT_KEYS)[number];

/** The verdict on one part. */
export interface EoacFinding {
  part: EoacPart;
  code: EoacCode;
  hint: EoacHintKey;
  ok: boolean;
}

interface WordLists {
  /** Fewest characters (zh) or words (en) a part needs. */
  minLength: number;
  length: (text: string) => number;
  judgement: RegExp;
  event: RegExp;
  effect: RegExp;
  action: RegExp;
  vague: RegExp;
  trigger: RegExp;
  listener: RegExp;
}

const NUMBER_ZH = "[0-9一二三四五六七八九十两几半]+";

const zh: WordLists = {
  minLength: 6,
  // Characters as a reader counts them, without spaces and punctuation.
  length: (text) => [...text.replace(/[\s\p{P}\p{S}]/gu, "")].length,
  judgement:
    /态度|总是|太慢|慢吞吞|拖拉|磨蹭|老是|从来|从不|每次都|不认真|不负责|没有责任心|不专业|不耐烦|不用心|不上心|不热情|不够热情|不积极|消极|很差|太差|真差|差劲|懒|马虎|粗心|冷漠|敷衍|没礼貌|不礼貌|素质|不好|糟糕|傲慢/,
  event: new RegExp(
    `昨天|今天|前天|今早|上午|下午|中午|晚上|早上|刚才|刚刚|当时|那天|那次|上次|这次|有一次|上周|这周|本周|周[一二三四五六日末]|星期|礼拜|[0-9]+ *[点号日月]|[一二三四五六七八九十两]+点|那位|这位|一位|那个客户|那名|${NUMBER_ZH} *(次|遍|分钟|秒|个小时|小时)`,
  ),
  effect:
    /导致|结果|所以|因此|于是|后来|以至于|[让使](客户|顾客|客人|对方|他|她|大家)|(客户|顾客|客人|对方)(就|只好|又|还|再|不得不|觉得|说|等|走|离开|投诉|生气|不满)|投诉|差评|点评|评分|等了|多等|排队|离开|走了|流失|不满|生气|着急|误会|重复|耽误|影响|损失|多花|白跑|团队|同事|业绩|口碑|返工|加班|退单|退货|谢谢|感谢|道谢|表扬|夸|满意|好评|放心|安心|高兴|开心|没再|不再|再来|回头/,
  action:
    /抬头|看着|问(?!题)|说|告诉|复述|确认|记下|记录|写(?!得)|圈出|标出|打电话|回电|回复|回一句|答复|起身|站起|微笑|点头|打招呼|问好|称呼|解释|说明|道歉|核对|登记|转交|转给|联系|通知|发送|发给|提醒|停下|放下|递|带(?!来)|陪|介绍|演示|检查|查看|预约|留下/,
  vague:
    /注意|认真|用心|上心|小心|仔细点|尽量|努力|争取|加强|提高|改善|改进|态度|端正|关心|热情一点|热情点|好一点|好点|更好|更加|积极|负责|^多|多一点|多一些|多些/,
  trigger: /下次|每次|当|之前|之后|以后遇到|遇到|先|再|然后|马上|立刻|[0-9一二三两五十]+ *(分钟|秒|小时)(内|之内)/,
  // A benefit said to the listener: "你会……", "对你……", or a clause about them that ends lighter
  // ("你被投诉的次数会少", "你每天要回的电话也就少了").
  listener:
    /[你您](会|就|可以|能|也|不用|不必|少|省|的|自己|将|更|再也)|[对帮让给替][你您]|[你您][^，。；！？]{0,12}(少了|会少|少很多|省下|省了|轻松|方便|赶得上|来得及|不耽误|放心|安心)/,
};

const words = (text: string) => text.split(/[^a-z0-9']+/).filter(Boolean).length;
const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

const en: WordLists = {
  minLength: 4,
  length: words,
  judgement:
    /\b(attitude|lazy|careless|slow|too long|always|never|rude|unprofessional|sloppy|bad|poor|terrible|awful|lousy|negative|impatient|unfriendly|cold|arrogant|useless|disrespectful|irresponsible|(don't|doesn't|do not|does not) care|not serious)\b/,
  event: new RegExp(
    `\\b(yesterday|today|this (morning|afternoon|evening)|last (week|night|${WEEKDAY})|on (${WEEKDAY})|${WEEKDAY}|at [0-9]|[0-9]+ ?(am|pm|o'clock|minutes?|mins?|times|hours?)|earlier|just now|when|while|during|twice|(two|three|four|five|several) times|the (customer|guest|client|caller) who|(a|one|that) (customer|guest|client|caller))\\b`,
  ),
  effect:
    /\b(led to|leads to|so (that )?(the|they|she|he|it|we|our|a|i|you)|as a result|because of (this|that)|which meant|that meant|then|had to|ended up|waited|waiting|wait|left|leave|walked (out|away)|complain(ed|t|ts|s)?|upset|angry|frustrated|annoyed|confused|felt|lost|queue|repeat(ed)?|delay(ed)?|extra|cost|team|colleagues?|review|rating|sales|refund|cancell?ed|thanked|thanks|pleased|happy|satisfied|praised|(didn't|did not|won't|will not) (call|come) back|came back|returned|trust(ed)?)\b/,
  action:
    /\b(ask|say|greet|look (up|at)|stand up|smile|nod|call|phone|text|email|write|note|repeat|confirm|check|tell|explain|offer|walk|hand|reply|send|stop|put down|introduce|apologi[sz]e|summari[sz]e|follow up|let (them|the customer|the guest|me) know|show|read back|use (their|the customer's|the guest's) name|book|log|record|circle|mark|point)(s|es|ing)?\b/,
  vague:
    /\b(be (more )?(careful|nice|nicer|friendly|friendlier|polite|professional|positive|patient)|pay (more )?attention|try (to|harder)|make an effort|do better|improve|attitude|more careful|work on|be more)\b/,
  trigger:
    /\b(next time|when|whenever|each time|every time|before|after|first|then|within [0-9]+|by [0-9]|tomorrow|from now on|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/,
  listener:
    /\b(you will|you'll|you can|you could|you'd|you won't|you will not|you get|you gain|you (don't|do not) have to|you need|for you|your|helps? you|saves? you|gives? you|you have)\b/,
};

const LISTS: Readonly<Record<Locale, WordLists>> = { "zh-CN": zh, en };

function normalize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** The first problem of one part's text, or "ok". */
function codeFor(part: EoacPart, text: string, lists: WordLists): EoacCode {
  if (text === "") return "empty";
  if (lists.length(text) < lists.minLength) return "too-short";
  switch (part) {
    case "example":
      // A label ("attitude", "always") is a judgement even when a time is named beside it.
      if (lists.judgement.test(text)) return "e-judgement";
      return lists.event.test(text) ? "ok" : "e-no-event";
    case "outcome":
      return lists.effect.test(text) ? "ok" : "o-missing-effect";
    case "action": {
      // An action needs a verb someone can do; a vague intention ("be more careful") also needs a trigger.
      const doable = lists.action.test(text) && (!lists.vague.test(text) || lists.trigger.test(text));
      return doable ? "ok" : "a-not-actionable";
    }
    case "change":
      return lists.listener.test(text) ? "ok" : "c-no-listener-benefit";
  }
}

/** Checks each part of an EOAC draft with the locale's word lists. */
export function checkEoac(parts: EoacParts, locale: Locale): Record<EoacPart, EoacFinding> {
  const lists = LISTS[locale];
  const findings = {} as Record<EoacPart, EoacFinding>;
  for (const part of EOAC_PARTS) {
    const code = codeFor(part, normalize(parts[part]), lists);
    findings[part] = { part, code, hint: `${part}.${code}` as EoacHintKey, ok: code === "ok" };
  }
  return findings;
}

/** How many parts passed their check. */
export function countOkParts(findings: Readonly<Record<EoacPart, EoacFinding>>): number {
  return EOAC_PARTS.filter((part) => findings[part].ok).length;
}
