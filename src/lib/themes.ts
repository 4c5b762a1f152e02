// The words a cohort uses most in its commitments, for the wall's theme view. Chinese has no spaces, so
// text is split into words with Intl.Segmenter; short stop lists drop the words every sentence has.

/** Chinese words that say nothing about a theme: particles, pronouns, connectives, counting words. */
const ZH_STOP_WORDS = new Set([
  "的", "了", "我", "会", "在", "时", "当", "和", "与", "把", "给", "对", "就", "都", "也", "还", "再", "先",
  "一个", "一些", "一下", "一次", "一条", "一句", "一定", "一起", "我们", "他们", "她们", "自己", "大家",
  "时候", "的时候", "之前", "之后", "以后", "以前", "然后", "如果", "或者", "以及", "并且", "而且", "因为", "所以",
  "但是", "就是", "这个", "那个", "这样", "那样", "什么", "怎么", "可以", "需要", "能够", "应该", "进行", "已经",
  "所有", "至少", "尽量", "再说", "好的", "做得", "做到", "做的", "不能", "下来", "下次",
]);

/** A number or "every/this/that" with a measure word (一件, 两个, 每次, 每周, 这位): counting, not a theme. */
const ZH_COUNTING = /^[一二两三四五六七八九十几每这那][个件位条句次封种点些下遍天周名项张份回]$/u;

/** English words that say nothing about a theme. Contractions (I'll, don't) are dropped by rule instead. */
const EN_STOP_WORDS = new Set([
  "the", "a", "an", "to", "i", "will", "and", "or", "but", "of", "in", "on", "at", "for", "with", "by", "from",
  "as", "into", "about", "up", "my", "me", "we", "our", "us", "you", "your", "they", "them", "their", "he", "she",
  "his", "her", "it", "its", "is", "am", "are", "be", "was", "were", "been", "do", "does", "can", "would",
  "should", "could", "shall", "not", "no", "if", "so", "then", "than", "that", "this", "these", "those", "when",
  "before", "after", "each", "every", "all", "more", "one", "what", "who", "how", "which", "there", "have", "has",
  "get", "make", "sure", "least", "per",
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
  return !ZH_STOP_WORDS.has(word) && !EN_STOP_WORDS.has(word);
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

/**
 * The `limit` words used by the most texts (one commitment's action and trigger = one text). A word
 * counts once per text, so one participant repeating a word does not make it the room's theme; case
 * does not split a word (each is shown as most often written). Ties go in code point order, so the
 * ranking does not depend on the order the texts arrived in.
 */
export function topThemeWords(texts: readonly string[], limit = 30): ThemeWord[] {
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const written of writtenWords(text)) {
      const key = written.toLowerCase();
      const spellings = forms.get(key) ?? new Map<string, number>();
      forms.set(key, spellings.set(written, (spellings.get(written) ?? 0) + 1));
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .slice(0, limit)
    .map(([key, count]) => ({ word: commonestForm(forms.get(key) ?? new Map()), count }));
}
