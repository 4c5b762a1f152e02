// Buddies' pure parts (lib/buddies.js, lib/buddy-nudges.js): pairing at random, the week a nudge is
// for, the words of an encouragement, and the nudge email. Pure, mirrored by tests/unit/server/buddies.test.ts.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** An encouragement's optional words: at most this many characters. */
const WORDS_MAX = 200;

/**
 * Groups ids at random into pairs; with an odd number, the last group is a triad. One id alone makes
 * no group. `random` returns [0, 1) (Math.random in the server).
 * @param {string[]} ids @param {() => number} random @returns {string[][]}
 */
function pairAtRandom(ids, random) {
  const shuffled = ids.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const kept = shuffled[i];
    shuffled[i] = shuffled[j];
    shuffled[j] = kept;
  }
  const groups = [];
  for (let i = 0; i + 1 < shuffled.length; i += 2) groups.push([shuffled[i], shuffled[i + 1]]);
  if (shuffled.length % 2 === 1 && groups.length) groups[groups.length - 1].push(shuffled[shuffled.length - 1]);
  return groups;
}

/** The week of `now` (ms) as the date of its Monday in UTC, e.g. "2026-11-30": one nudge per buddy and week. */
function weekOf(now) {
  const day = new Date(now);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

/**
 * An encouragement's words, trimmed, or the error code when they are not text or too long. The length is
 * checked before anything else reads them.
 * @param {unknown} words @returns {{ words: string } | { error: string }}
 */
function encouragementWords(words) {
  if (words === undefined || words === null) return { words: "" };
  if (typeof words !== "string") return { error: "jiannuo_value_invalid" };
  if (words.length > WORDS_MAX * 2) return { error: "jiannuo_buddy_words_too_long" };
  const trimmed = words.trim();
  if (Array.from(trimmed).length > WORDS_MAX) return { error: "jiannuo_buddy_words_too_long" };
  return { words: trimmed };
}

/**
 * The weekly nudge: the partners' names (which the buddy already sees on /me/) and a link to /me/; never
 * a commitment's words, a status or a note, since email is read on other devices and forwarded.
 * @param {{ locale: string, appUrl: string, name: string, partners: string[] }} m
 */
function nudgeMail(m) {
  const t = messagesFor(m.locale);
  const names = m.partners.join(m.locale === "en" ? ", " : "、");
  const say = (key) => formatMessage(t[key], { name: m.name, partners: names });
  const url = `${m.appUrl}${m.locale === "en" ? "/en/me/" : "/me/"}`;
  const text = [
    say("email.hello"),
    say("email.buddy.body"),
    `${say("email.buddy.ask")}\n${url}`,
    say("email.buddy.stop"),
    say("site.name"),
  ].join("\n\n");
  const p = (key) => `<p>${escapeHtml(say(key))}</p>`;
  const html = `<!doctype html><html lang="${messageLocale(m.locale)}"><body style="font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2328">
${p("email.hello")}${p("email.buddy.body")}<p><a href="${escapeHtml(url)}">${escapeHtml(say("email.buddy.ask"))}</a></p>
<p style="color:#555;font-size:13px">${escapeHtml(say("email.buddy.stop"))}</p><p style="color:#555;font-size:13px">${escapeHtml(say("site.name"))}</p></body></html>`;
  return { subject: say("email.buddy.subject"), html, text, headers: { "Auto-Submitted": "auto-generated" } };
}

module.exports = { WORDS_MAX, pairAtRandom, weekOf, encouragementWords, nudgeMail };
