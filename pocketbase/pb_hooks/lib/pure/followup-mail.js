// The follow-up email: in the participant's language, HTML and plain text, from the trainer's name,
// listing their open commitments with one-click answers. No tracking, no images, no marketing.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** The email's one-click answers, in the order it lists them, and the status each records ("need help" is in progress). */
const STATUS_OF_ANSWER = { done: "done", in_progress: "in_progress", planned: "planned", need_help: "in_progress" };
const ANSWERS = Object.keys(STATUS_OF_ANSWER);
/** Kinds of follow-up with a subject and opening of their own. */
const OWN_WORDS = ["due", "nudge", "still"];

/**
 * The page an answer link opens (it records the answer: POST /api/jiannuo/checkin, participant-routes.pb.js).
 * The token is in the fragment, which browsers never send, so no server or request log ever sees it.
 */
function answerUrl(appUrl, locale, token, commitment, status) {
  const page = locale === "en" ? "/en/checkin/" : "/checkin/";
  return `${appUrl}${page}#t=${encodeURIComponent(token)}&c=${encodeURIComponent(commitment)}&s=${status}`;
}

/**
 * Subject, HTML, text and headers of one follow-up email.
 * @param {{ locale: string, kind: "round"|"due"|"touch"|"nudge"|"still", appUrl: string, token: string, participantName: string,
 *   trainerName: string, cohortName: string, commitments: { id: string, action: string, trigger: string }[] }} m
 */
function followUpMail(m) {
  const t = messagesFor(m.locale);
  const values = {
    trainer: m.trainerName,
    name: m.participantName,
    cohort: m.cohortName,
    action: m.commitments[0] ? m.commitments[0].action : "",
  };
  const say = (key, more) => formatMessage(t[key], more || values);
  // RFC 8058's one-click POST goes to a URL, so that one carries the token in its query (the server keeps
  // it out of its request log: lib/link-token.js); the page's link keeps it in the fragment.
  const unsubscribeUrl = `${m.appUrl}/api/jiannuo/unsubscribe?t=${encodeURIComponent(m.token)}`;
  const unsubscribePage = `${m.appUrl}${m.locale === "en" ? "/en/unsubscribe/" : "/unsubscribe/"}#t=${encodeURIComponent(m.token)}`;
  // A cadence's touch asks as a round does; the date reminder, the nudge and "still doing it?" have their own words.
  const words = OWN_WORDS.indexOf(m.kind) >= 0 ? m.kind : "round";
  const subject = say(`email.followup.subject.${words}`);
  const intro = say(`email.followup.intro.${words}`);

  const textParts = [say("email.hello"), intro, ""];
  const htmlItems = [];
  for (const c of m.commitments) {
    const when = c.trigger ? say("common.labelled", { label: t["common.trigger"], value: c.trigger }) : "";
    textParts.push(`• ${c.action}`);
    if (when) textParts.push(`  ${when}`);
    for (const a of ANSWERS)
      textParts.push(`  ${say(`checkin.answer.${a}`)}: ${answerUrl(m.appUrl, m.locale, m.token, c.id, a)}`);
    textParts.push("");
    const buttons = ANSWERS.map(
      (a) =>
        `<a href="${escapeHtml(answerUrl(m.appUrl, m.locale, m.token, c.id, a))}" style="display:inline-block;margin:4px 6px 4px 0;padding:10px 14px;border:1px solid #0b5d53;border-radius:8px;color:#0b5d53;text-decoration:none">${escapeHtml(say(`checkin.answer.${a}`))}</a>`,
    ).join("");
    htmlItems.push(
      `<li style="margin-bottom:18px"><strong>${escapeHtml(c.action)}</strong>${when ? `<br><span style="color:#555">${escapeHtml(when)}</span>` : ""}<br>${buttons}</li>`,
    );
  }
  const footer = say("email.followup.footer");
  const unsubscribe = say("email.followup.unsubscribe");
  const sign = say("site.name");
  textParts.push(footer, `${unsubscribe}: ${unsubscribePage}`, "", sign);
  const html = `<!doctype html><html lang="${messageLocale(m.locale)}"><body style="font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2328">
<p>${escapeHtml(say("email.hello"))}</p><p>${escapeHtml(intro)}</p><ul style="padding-left:18px">${htmlItems.join("")}</ul>
<p style="color:#555;font-size:13px">${escapeHtml(footer)} <a href="${escapeHtml(unsubscribePage)}">${escapeHtml(unsubscribe)}</a></p>
<p style="color:#555;font-size:13px">${escapeHtml(sign)}</p></body></html>`;
  return {
    subject,
    html,
    text: textParts.join("\n"),
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    },
  };
}

module.exports = { followUpMail, answerUrl, ANSWERS, STATUS_OF_ANSWER };
