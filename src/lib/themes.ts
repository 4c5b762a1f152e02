// The words a cohort uses most in its commitments, for the wall's theme view. Chinese has no spaces, so
// text is split into words with Intl.Segmenter; short stop lists drop the words every sentence has.

/** Chinese words that say nothing about a theme: particles, pronouns, connectives, counting words. */
const ZH_STOP_WORDS = new Set([
  "的",
  "了",
  "我",
  "会",
  "在",
  "时",
  "当",
  "和",
  "与",
  "把",
  "给",
  "对",
  "就",
  "都",
  "也",
  "还",
  "再",
  "先",
  "一个",
  "一些",
  "一下",
  "一次",
  "一条",
  "一句",
  "一定",
  "一起",
  "我们",
  "他们",
  "她们",
  "自己",
  "大家",
  "时候",
  "的时候",
  "之前",
  "之后",
  "以后",
  "以前",
  "然后",
  "如果",
  "或者",
  "以及",
  "并且",
  "而且",
  "因为",
  "所以",
  "但是",
  "就是",
  "这个",
  "那个",
  "这样",
  "那样",
  "什么",
  "怎么",
  "可以",
  "需要",
  "能够",
  "应该",
  "进行",
  "已经",
  "所有",
  "至少",
  "尽量",
  "再说",
  "好的",
  "做得",
  "做到",
  "做的",
  "不能",
  "下来",
  "下次",
]);

/**
 * Counting and time words: a number or 每/这/那/哪 with measure words or units (一件, 两个, 每次, 每周,
 * 这位, 十分钟, 两小时, 一杯, 三个月): how much and how often, not what about.
 */
const ZH_COUNTING =
  /^[一二两三四五六七八九十百千几半每这那哪0-9]+[个件位条句次封种点些下遍天周名项张份回杯分钟小时秒月年]+$/u;

/**
 * Pieces the segmenter cuts out of a sentence that a trainer would not call a word: a verb with its
 * result (坐到, 办好, 给出), and the adverbs of time, degree and wish every commitment has (今天, 最想,
 * 真正, 更好). Kept short on purpose: words such as 主动, 周到, 友好 and 问好 name real themes.
 */
const ZH_FRAGMENTS = new Set([
  "坐到",
  "看到",
  "听到",
  "办到",
  "送到",
  "来到",
  "收到",
  "拿到",
  "想到",
  "遇到",
  "达到",
  "得到",
  "用到",
  "说到",
  "走到",
  "找到",
  "见到",
  "接到",
  "回到",
  "带到",
  "办好",
  "做好",
  "弄好",
  "写好",
  "说好",
  "办完",
  "做完",
  "说完",
  "用完",
  "给出",
  "做出",
  "拿出",
  "说出",
  "超出",
  "提出",
  "今天",
  "明天",
  "昨天",
  "每天",
  "当天",
  "当场",
  "平时",
  "马上",
  "立刻",
  "及时",
  "随时",
  "经常",
  "总是",
  "一直",
  "真正",
  "最想",
  "最好",
  "更好",
  "更加",
  "更多",
  "非常",
  "特别",
  "很多",
  "比较",
  "一点",
  "有点",
  "这么",
  "那么",
  "还是",
  "只是",
  "也是",
  "不是",
  "就会",
  "会先",
]);

/** English words that say nothing about a theme. Contractions (I'll, don't) are dropped by rule instead. */
const EN_STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "to",
  "i",
  "will",
  "and",
  "or",
  "but",
  "of",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "as",
  "into",
  "about",
  "up",
  "my",
  "me",
  "we",
  "our",
  "us",
  "you",
  "your",
  "they",
  "them",
  "their",
  "he",
  "she",
  "his",
  "her",
  "it",
  "its",
  "is",
  "am",
  "are",
  "be",
  "was",
  "were",
  "been",
  "do",
  "does",
  "can",
  "would",
  "should",
  "could",
  "shall",
  "not",
  "no",
  "if",
  "so",
  "then",
  "than",
  "that",
  "this",
  "these",
  "those",
  "when",
  "before",
  "after",
  "each",
  "every",
  "all",
  "more",
  "one",
  "what",
  "who",
  "how",
  "which",
  "there",
  "have",
  "has",
  "get",
  "make",
  "sure",
  "least",
  "per",
]);

/** One word of the theme view and the number of commitments that use it. */
export interface ThemeWord {
  word: string;
  count: number;
}

const HAN = /\p{Script=Han}/u;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: "zh" | "en"): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, found);
  }
  return found;
}

/** A word as written, with full-width forms folded (NFKC), curly apostrophes straight and no possessive 's. */
function tidyWord(segment: string): string {
  return segment.normalize("NFKC").replace(/’/g, "'").replace(/'s$/i, "");
}

/** Whether a normalized word can name a theme. */
function isThemeWord(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false; // punctuation, numbers, symbols
  if (/^[a-z]$/.test(word)) return false; // a single Latin letter
  if (word.includes("'")) return false; // contractions: I'll, don't, we're
  // A single Han character is almost always a particle or a piece of a word the segmenter did not know
  // (给, 先, 问, 评): the multi-character words carry the themes.
  if (word.length === 1 && HAN.test(word)) return false;
  if (ZH_COUNTING.test(word)) return false;
  // A word with a trailing particle (我的, 他的, 办的, 认真地) is a possessive or a fragment of a phrase.
  if (word.length === 2 && HAN.test(word) && /[的地得]$/u.test(word)) return false;
  return !ZH_STOP_WORDS.has(word) && !ZH_FRAGMENTS.has(word) && !EN_STOP_WORDS.has(word);
}

/** The words of a text as written (tidied), for the theme view; Chinese text is segmented as Chinese. */
function writtenWords(text: string): string[] {
  const words: string[] = [];
  for (const part of segmenter(HAN.test(text) ? "zh" : "en").segment(text)) {
    if (!part.isWordLike) continue;
    const written = tidyWord(part.segment);
    if (isThemeWord(written.toLowerCase())) words.push(written);
  }
  return words;
}

/**
 * The theme words of one text, lower case, in order, repeats kept. Text with Chinese characters is
 * segmented as Chinese (which also splits Latin words at spaces), other text as English.
 */
export function themeWordsOf(text: string): string[] {
  return writtenWords(text).map((word) => word.toLowerCase());
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The way a word is written most often (EOAC, not eoac); ties in code point order. */
function commonestForm(forms: ReadonlyMap<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0] ?? "";
}

/** An English plural's singular when the cohort also writes the singular (guests -> guest). */
function singularIn(key: string, keys: ReadonlySet<string>): string {
  if (!/^[a-z]{4,}s$/.test(key)) return key;
  const singular = key.endsWith("ies") && keys.has(`${key.slice(0, -3)}y`) ? `${key.slice(0, -3)}y` : key.slice(0, -1);
  return keys.has(singular) ? singular : key;
}

/**
 * The `limit` words used by the most texts (one commitment's action and trigger = one text), each by
 * at least `minCount` of them: the wall asks for 2, so a word only one person wrote is not shown as
 * the room's theme. A word counts once per text, so one participant repeating a word does not make it
 * the theme; case and an English plural do not split a word (each is shown as most often written).
 * Ties go in code point order, so the ranking does not depend on the order the texts arrived in.
 */
export function topThemeWords(texts: readonly string[], limit = 30, minCount = 1): ThemeWord[] {
  const perText = texts.map(writtenWords);
  const keys = new Set(perText.flat().map((w) => w.toLowerCase()));
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const words of perText) {
    const seen = new Set<string>();
    for (const written of words) {
      const key = singularIn(written.toLowerCase(), keys);
      const shown = key === written.toLowerCase() ? written : key;
      const spellings = forms.get(key) ?? new Map<string, number>();
      forms.set(key, spellings.set(shown, (spellings.get(shown) ?? 0) + 1));
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .slice(0, limit)
    .map(([key, count]) => ({ word: commonestForm(forms.get(key) ?? new Map()), count }));
}
