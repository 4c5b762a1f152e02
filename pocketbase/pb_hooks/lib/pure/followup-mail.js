// The follow-up email: in the participant's language, HTML and plain text, from the trainer's name,
// listing their open commitments with one-click answers. No tracking, no images, no marketing.
const { escapeHtml } = require("./html.js");

/** The email's one-click answers, in the order it lists them, and the status each records ("need help" is in progress). */
const STATUS_OF_ANSWER = { done: "done", in_progress: "in_progress", planned: "planned", need_help: "in_progress" };
const ANSWERS = Object.keys(STATUS_OF_ANSWER);

const TEXT = {
  "zh-CN": {
    round: "{trainer}想问问：你的行动承诺进展如何？",
    due: "今天是你承诺的日子：{action}",
    hello: "{name}，你好：",
    intro: "工作坊结束后，你写下了下面的行动承诺。点一下最符合现在情况的选项就行，不用登录。",
    introDue: "你为这条承诺定的日子是今天。点一下最符合现在情况的选项就行，不用登录。",
    answers: { done: "做到了", in_progress: "正在做", planned: "还没开始", need_help: "需要帮助" },
    when: "触发情境：",
    footer: "这封邮件来自{trainer}的工作坊（{cohort}），只因为你同意接收课后提醒。不想再收到？",
    unsubscribe: "一键退订",
    sign: "践诺 Jiannuo",
  },
  en: {
    round: "{trainer} asks: how are your action commitments going?",
    due: "Today is the day you set for: {action}",
    hello: "Hello {name},",
    intro: "After the workshop you wrote the commitments below. Click the answer that fits best; no sign-in needed.",
    introDue: "You set today as the date for this commitment. Click the answer that fits best; no sign-in needed.",
    answers: { done: "Done", in_progress: "In progress", planned: "Not started yet", need_help: "Need help" },
    when: "When: ",
    footer: "This email comes from {trainer}'s workshop ({cohort}) because you agreed to follow-up emails. Had enough?",
    unsubscribe: "Unsubscribe with one click",
    sign: "践诺 Jiannuo",
  },
};

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => (values[key] == null ? "" : String(values[key])));
}

/** The page an answer link opens (it records the answer: POST /api/jiannuo/checkin, participant-routes.pb.js). */
function answerUrl(appUrl, locale, token, commitment, status) {
  const page = locale === "en" ? "/en/checkin/" : "/checkin/";
  return `${appUrl}${page}?t=${encodeURIComponent(token)}&c=${encodeURIComponent(commitment)}&s=${status}`;
}

/**
 * Subject, HTML, text and headers of one follow-up email.
 * @param {{ locale: string, kind: "round"|"due", appUrl: string, token: string, participantName: string,
 *   trainerName: string, cohortName: string, commitments: { id: string, action: string, trigger: string }[] }} m
 */
function followUpMail(m) {
  const t = TEXT[m.locale] || TEXT["zh-CN"];
  const values = { trainer: m.trainerName, name: m.participantName, cohort: m.cohortName, action: m.commitments[0] ? m.commitments[0].action : "" };
  const unsubscribeUrl = `${m.appUrl}/api/jiannuo/unsubscribe?t=${encodeURIComponent(m.token)}`;
  const unsubscribePage = `${m.appUrl}${m.locale === "en" ? "/en/unsubscribe/" : "/unsubscribe/"}?t=${encodeURIComponent(m.token)}`;
  const subject = fill(m.kind === "due" ? t.due : t.round, values);
  const intro = m.kind === "due" ? t.introDue : t.intro;

  const textParts = [fill(t.hello, values), intro, ""];
  const htmlItems = [];
  for (const c of m.commitments) {
    textParts.push(`• ${c.action}`);
    if (c.trigger) textParts.push(`  ${t.when}${c.trigger}`);
    for (const a of ANSWERS) textParts.push(`  ${t.answers[a]}: ${answerUrl(m.appUrl, m.locale, m.token, c.id, a)}`);
    textParts.push("");
    const buttons = ANSWERS.map((a) =>
      `<a href="${escapeHtml(answerUrl(m.appUrl, m.locale, m.token, c.id, a))}" style="display:inline-block;margin:4px 6px 4px 0;padding:10px 14px;border:1px solid #0b5d53;border-radius:8px;color:#0b5d53;text-decoration:none">${escapeHtml(t.answers[a])}</a>`).join("");
    htmlItems.push(`<li style="margin-bottom:18px"><strong>${escapeHtml(c.action)}</strong>${c.trigger ? `<br><span style="color:#555">${escapeHtml(t.when + c.trigger)}</span>` : ""}<br>${buttons}</li>`);
  }
  textParts.push(fill(t.footer, values), `${t.unsubscribe}: ${unsubscribePage}`, "", t.sign);
  const lang = m.locale === "en" ? "en" : "zh-CN";
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2328">
<p>${escapeHtml(fill(t.hello, values))}</p><p>${escapeHtml(intro)}</p><ul style="padding-left:18px">${htmlItems.join("")}</ul>
<p style="color:#555;font-size:13px">${escapeHtml(fill(t.footer, values))} <a href="${escapeHtml(unsubscribePage)}">${escapeHtml(t.unsubscribe)}</a></p>
<p style="color:#555;font-size:13px">${escapeHtml(t.sign)}</p></body></html>`;
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
