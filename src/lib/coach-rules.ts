// The word-level signs the coach looks for in a commitment's text, Chinese and English side by side.
// Both languages are always checked: participants mix them ("每周一 check 一次 CRM"), whatever the UI locale.
// These are heuristics that coach, never gates, so each rule prefers missing a case to nagging a good sentence.

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

/** Empty, or a stand-in such as "无", "n/a" or "-": the participant chose not to say anything. */
export function isBlank(text: string): boolean {
  const bare = text
    .trim()
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, "");
  return bare === "" || /^(?:无|没有|暂无|暂时没有|待定|不知道|不清楚|na|none|nil|tbd|nothing|no)$/.test(bare);
}

/** Rough length for "is this one sentence?": one unit per Chinese character, three per English word. */
export function lengthUnits(text: string): number {
  return (text.match(HAN)?.length ?? 0) + 3 * (text.match(LATIN_WORD)?.length ?? 0);
}

/** Whether the text holds something countable: digits, a percentage, "三次", "半小时", "twice", "zero complaints". */
export function hasNumber(text: string): boolean {
  // Product names carry digits that measure nothing: 5G, iPhone15, 2FA.
  const plain = text.replace(/\b\d[Gg]\b|[A-Za-z]+\d+|\d+[A-Z]{2,}/g, " ");
  return [
    /[0-9０-９%％]|百分之/,
    // A lone 一 is too often an article ("做一个好柜员"), so it counts only in clearly measured phrases.
    /[二两三四五六七八九十百千万半]+(?:个月|分钟|小时|[次遍天周月倍成位名个条句件通单项家份张笔秒年])/,
    /(?:至少|最少|不少于|不超过|少于|每|降到|减到|控制在)一|一(?:分钟|小时|天|周|星期|个月)(?:内|之内)/,
    /零(?:投诉|差错|失误|遗漏|错误|漏)/,
    /\b(?:once|twice|zero|half|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)\b/i,
    /\bat least one\b|\bno (?:complaints?|errors?|mistakes?|repeat calls?)\b/i,
  ].some((pattern) => pattern.test(plain));
}

// Hedges say how hard one will try, not what one will do, so a number elsewhere does not rescue them.
const HEDGES = [
  /尽量|尽力|尽可能|努力|争取|积极|认真|用心|适当|加油|重视|好好/g,
  /注意(?!到|力|事项)/g, // 注意到 (noticed) starts a trigger; 注意事项 are concrete rules to explain
  /\btry(?:ing)? to\b|\btry my best\b|\bdo my best\b|\bdo (?:a )?(?:good|better|great) job\b/gi,
  /\bas much as possible\b|\bmake (?:an|every) effort\b|\bstrive to\b|\bendeavou?r to\b|\bwork hard(?:er)?\b/gi,
  /\bpay (?:more )?attention to\b|\bfocus (?:more )?on\b|\bbe careful\b|\bproperly\b|\bseriously\b|\bactively\b/gi,
];

// Comparatives and "improve" words are vague only while nothing says by how much; a number excuses them.
const COMPARATIVES = [
  /更多|更好|更加|更(?:快|及时|耐心|主动|热情|细心|专业|准确|清楚|友好|礼貌|周到|贴心|高效|满意|少|优质)/g,
  // 多 alone is everywhere (多少, 多次, 许多, 多数, 多个); it is vague only as "more of a behaviour": 多沟通, 多微笑.
  /(?<![许很大好最诸繁众不差])多{1,2}(?:[和跟与向][^，。,.\s]{1,6}?(?:沟通|交流|联系|学习|请教|聊)|沟通|关心|微笑|倾听|听|问|说|了解|联系|关注|站在|换位|留意|学习|交流|主动|体谅|理解|照顾|帮助|帮|询问|跟进|回访|鼓励|表扬|赞美|分享|思考|想|注意|看|做|花|给|陪|观察|总结|练习|用|提醒|考虑|为客户|替客户|一些|一点|些)/g,
  /加强|提高|提升|改善|改进|优化|及时|尽快|尽早|进一步|不断|大力/g,
  /\bbe more\b|\bmore often\b|\bmore\b|\bbetter\b|\bimprov(?:e|es|ed|ing|ement)\b|\bincreas(?:e|ing)\b|\benhanc(?:e|ing)\b/gi,
  /\bstrengthen\b|\b(?:faster|quicker|happier|easier|smoother|friendlier|nicer)\b|\bsooner\b|\bquickly\b|\bfewer\b|\bfurther\b|\bpromptly\b|\btimely\b/gi,
  /\bin time\b|\bas soon as possible\b|\basap\b/gi,
];

/** The first vague word in `text` (earliest, then longest), or null; comparatives pass when `measured`. */
export function findVagueWord(text: string, measured: boolean): string | null {
  const rules = measured ? HEDGES : [...HEDGES, ...COMPARATIVES];
  let best: { index: number; word: string } | null = null;
  for (const rule of rules) {
    for (const match of text.matchAll(rule)) {
      const candidate = { index: match.index, word: match[0] };
      if (
        !best ||
        candidate.index < best.index ||
        (candidate.index === best.index && candidate.word.length > best.word.length)
      ) {
        best = candidate;
      }
    }
  }
  return best?.word ?? null;
}

// "When I have time" is a trigger that never fires; it is stripped before looking for a real one.
const WEAK_TRIGGERS = [
  /有空(?:的时候|时)?|有时间(?:的时候|时)?|方便(?:的时候|时)|有机会(?:的时候|时)?|必要(?:的时候|时)/g,
  /(?<!比)平时|随时|偶尔|有时候?|(?:日常)?工作中/g,
  // 以后/今后 open a sentence as "from now on", which names no moment; "下班以后" is a real one.
  /(?<=^|[，。；,;\s])(?:从今以后|以后|今后|从现在起|从现在开始|将来)/g,
  /\b(?:when|if|whenever) (?:I|we) (?:have|get|find) (?:the |some )?(?:time|a chance|a moment)\b/gi,
  /\b(?:when|if|whenever|where) (?:possible|needed|necessary|appropriate|I can|we can)\b/gi,
  /\bas needed\b|\bsometimes\b|\bfrom now on\b|\bin the future\b|\bat work\b|\bin (?:my|our) daily work\b/gi,
];

/** The first weak trigger phrase ("有空的时候", "when I have time") in `text`, or null. */
export function findWeakTrigger(text: string): string | null {
  for (const rule of WEAK_TRIGGERS) {
    const match = text.match(new RegExp(rule.source, rule.flags.replace("g", "")));
    if (match) return match[0];
  }
  return null;
}

const DAY_NAMES = "mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?";

const WORKDAY_EVENTS =
  "下班|上班|交班|交接班|开门|开店|营业|闭店|打烊|午休|早会|晨会|例会|会议|通话|挂断|挂电话|回复|发送|离开|离店|结账|退房|入住|付款|结束|下单|签约|签收|收货|出发|办理|办完|提交|安装|维修|上门|开户|投诉|完成|确认|收到|接到|到店";

// An implementation intention ("当……时，我会……", "When …, I will …") or a fixed time or routine moment.
const TRIGGER_SIGNS = [
  // 当 as "when", not 应当/适当/相当 nor 当天/当面/当场/当时.
  /(?<![应适相担妥恰充正])当(?![天面场日月年即前地然中时])[^。；;]{1,40}?(?:时|的时候|之后|以后|后|前)/,
  /每当|每逢|一旦|如果|假如|(?<![主重需])要是|万一|只要|的时候|之时|之际|之前/,
  // "处理投诉时保持微笑", but not 及时, 小时, 随时, 时间, 时常...
  /(?<![及按准随同暂临有小当平顿历实限超定计费即不时守省耗过])时(?![间候刻期段代常效长机尚限速差髦])/,
  /(?<![然最此今以前背先落随之售])(?:之后|以后|后)(?:[，,\s我就都先]|$)/,
  // Before or after a moment of the working day: 下班前, 通话结束后, 下单后, 退房前.
  // 前台 (front desk), 后台 (back office), 后续 (follow-up) are places and things, not moments.
  new RegExp(`(?:${WORKDAY_EVENTS})之?(?:前(?![台端提景途辈面线])|后(?![台续面来果悔勤期端备方门排]))`),
  /期间|过程中|每\s*[0-9０-９一二两三四五六七八九十半]+\s*(?:分钟|小时|天|周|星期|个月)/,
  /每一?(?:天|日|晚|早|周|星期|礼拜|个?月|季度|年|次|回|个?班|接待|接|服务|处理|完成|办完|打完|结束|遇到|通|单)/,
  /(?:周|星期|礼拜)[一二三四五六日天]|月底|月初|月末|周末|年底|本周|下周|明天|今天|今晚|明早/,
  // Clock times: "9点", "17:30", "下午三点", "三点前"; a bare 一点 is "a little", not one o'clock.
  /[0-9０-９]{1,2}\s*点|[0-9]{1,2}[:：][0-9]{2}|(?:早上|上午|中午|下午|晚上|早|晚)[一二三四五六七八九十]{1,3}点|[一二三四五六七八九十]{1,3}点(?:前|钟|半|整)/,
  /[0-9]{1,2}月[0-9]{1,2}[日号]/,
  /早会|晨会|夕会|例会|周会|月会|班前会|班后会|交接班|交班|下班|上班|午休|复盘会/,
  /(?:^|[，,。；;：:\s]|当|在|一|每次|每)(?:接到|收到|遇到|碰到|听到|看到|发现)/,
  /\b(?:when|whenever|while|every time|each time|if|after|before|until|during|by the end)\b|\bas soon as\b(?! possible)/i,
  /\bonce (?:a|the|I|my|we|they|he|she)\b|\bat the (?:start|end|beginning)\b/i,
  new RegExp(
    `\\b(?:every|each) (?:day|morning|afternoon|evening|night|week|weekday|month|quarter|shift|call|visit|meeting|time|${DAY_NAMES})\\b`,
    "i",
  ),
  new RegExp(`\\b(?:${DAY_NAMES}|daily|weekly|monthly|fortnightly|tomorrow|tonight|today|this week|next week)\\b`, "i"),
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|\bat \d{1,2}:\d{2}\b|\bper (?:day|week|shift|month)\b/i,
  /\b(?:huddle|stand-?up|briefing|handover|hand-over|team meeting|morning meeting|shift change)\b/i,
  /\b(?:at|on|during) (?:check-?in|check-?out|closing|opening|installation|delivery|pick-?up)\b/i,
];

/** Whether the text names a moment to act, after dropping weak ones ("有空的时候" holds "的时候" too). */
export function hasTriggerSign(text: string): boolean {
  const strong = WEAK_TRIGGERS.reduce((rest, rule) => rest.replace(rule, " "), text);
  return TRIGGER_SIGNS.some((sign) => sign.test(strong));
}

// Verbs that someone standing nearby could see or hear; shared by "is it observable" and "is it a list".
const SEEN_ZH =
  "说|问(?!题)|讲|告诉|告知|打电话|致电|回电|回访|回复|发送|发(?:给|消息|短信|微信|邮件)|写|记录|记下|登记|填写|复述|确认|核对|检查|整理|分享|提醒|询问|解释|说明|道歉|递|送|带(?!来)|陪同|引导|起身|站起|迎接|称呼|微笑|点头|鞠躬|握手|倾听|总结|汇报|反馈|跟进|推荐|介绍|演示|预约|安排|组织|召开|主持|列出|更新|上报|升级|转给|交给|打卡|练习|演练|点评|表扬|感谢|给出|问候";
const SEEN_EN =
  "call|phone|ring|ask|write|note|log|record|send|email|text|message|repeat|confirm|check|greet|follow up|explain|offer|thank|share|say|tell|review|update|smile|escalate|summari[sz]e|hand|walk|stand|list|read back|book|schedule|invite|show|demonstrate|apologi[sz]e|praise|visit|fill in|report";
const SEEN = [new RegExp(SEEN_ZH), new RegExp(`\\b(?:${SEEN_EN})`, "i"), /[“"「『].+?[”"」』]/, /[0-9０-９]/];

// Talk about attitude and outcomes, which no one can watch happen.
const ATTITUDE = [
  /意识|心态|态度|理念|思维|观念|心里|内心|牢记|铭记|认识到|意识到|树立|端正|责任心|同理心/,
  /以客户为中心|把客户放在(?:第一|首位)|站在客户的?角度|换位思考|有耐心|耐心一点|热情一点|有礼貌|客户满意|服务好|做好服务|做一名|成为一名?|当一名/,
  /\battitude\b|\bmindset\b|\bmentality\b|\bkeep in mind\b|\bbear in mind\b|\bremember that\b|\breali[sz]e\b|\bempathy\b/i,
  /\bcustomer[- ](?:first|focused|centric|centred|centered)\b|\bput (?:the )?customers? first\b|\bthink (?:from|like)\b/i,
  /\bcustomer satisfaction\b|\bcare (?:more )?about\b|\bvalue (?:our |the |every |each )?customers?\b|\bmake (?:every|each|all|our|the) customers? (?:happy|satisfied)\b/i,
  /\bbe (?:patient|positive|friendly|kind|polite|professional|empathetic|proactive|attentive|warm|nice|helpful|responsible)\b/i,
];

/** Whether the action talks only about attitude or outcome ("树立服务意识") with no visible deed in it. */
export function isAttitudeOnly(action: string): boolean {
  return ATTITUDE.some((p) => p.test(action)) && !SEEN.some((p) => p.test(action));
}

const JOINED_VERB_ZH = new RegExp(`(?:、|和|并|及)(?:主动|及时|马上|立即|再|也)?(?:${SEEN_ZH})`, "g");
const STRONG_JOINERS = [
  // 还要 also means "still" ("还要等多久"), so it joins only when a deed follows.
  new RegExp(`并且|而且|同时[，,]|同时(?:还|也|要|会)|另外|此外|(?:还要|还会|还将|以及)(?:主动|及时)?(?:${SEEN_ZH})`),
  /[；;]/,
  /\bas well as\b|\bin addition\b|\balso\b/i,
  // "greet, smile and thank", but not "Monday, Wednesday and Friday"
  new RegExp(`\\b(?:${SEEN_EN}), (?:${SEEN_EN}),? (?:and|&) (?:${SEEN_EN})\\b`, "i"),
];
const NUMBERED_ITEM =
  /(?:^|[\s，,。；;：:])(?:\d+[.、)）](?!\d)|[①-⑩]|[（(]\d+[)）]|第[一二三四五](?!时间)|[一二三]是)/g;

// Where one deed ends and the next may begin: clause punctuation, "then/然后/再/最后", and a joiner
// followed by a visible verb ("…并记录", "… and thank").
const DEED_BREAKS = new RegExp(
  `[，,；;。]|然后|接着|最后|\\bthen\\b|(?=(?:、|和|并|及|再)(?:主动|及时|马上|立即|也)?(?:${SEEN_ZH}))|(?=\\band (?:${SEEN_EN})\\b)`,
  "gi",
);
const SEEN_VERB = [new RegExp(SEEN_ZH), new RegExp(`\\b(?:${SEEN_EN})`, "i")];
const MOMENT_OPENER =
  /^(?:当|每当|如果|假如|一旦|要是|万一|只要|遇到|碰到|(?:if|when|whenever|once|as soon as|every time|each time)\b)/i;

/**
 * The parts of the action that carry a deed of their own (a visible verb), and whether the action
 * answers a moment ("当客户投诉时，…", "If a customer asks…"). A trigger clause carries no deed even
 * when it has a verb in it ("当客户第二次问…时").
 */
function deeds(action: string): { count: number; answersAMoment: boolean } {
  const parts = action.split(DEED_BREAKS);
  const hasDeed = (part: string) => SEEN_VERB.some((verb) => verb.test(part));
  // A moment clause names when, not what: "客户提出要求时", or a leading "当……时" / "If a customer asks…".
  const triggers = parts.map(
    (part, i) => hasTriggerSign(part) && (!hasDeed(part) || (i === 0 && MOMENT_OPENER.test(part.trim()))),
  );
  const count = parts.filter((part, i) => !triggers[i] && hasDeed(part)).length;
  return { count, answersAMoment: triggers.some(Boolean) };
}

/**
 * Whether the action strings several deeds together: "微笑、问候并递水", "A; B", "call and note and share",
 * or a list of steps ("整理柜台，检查资料，写日志"; "greet them, offer water, and walk them out"). The
 * steps of one response to one moment ("客户提出超标准要求时，先复述，再说明，并给出替代方案") are the
 * technique the course teaches, so they count as several only from four on.
 */
export function hasSeveralActions(action: string): boolean {
  const { count: deedCount, answersAMoment } = deeds(action);
  const count = (pattern: RegExp) => [...action.matchAll(pattern)].length;
  return (
    STRONG_JOINERS.some((p) => p.test(action)) ||
    deedCount >= (answersAMoment ? 4 : 3) ||
    count(JOINED_VERB_ZH) >= 2 ||
    count(/\band\b/gi) >= 2 ||
    count(/我会|我要|我将|\bI will\b|\bI'll\b/gi) >= 2 ||
    count(NUMBERED_ITEM) >= 2
  );
}
