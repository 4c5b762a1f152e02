// The supervisor's weekly digest: fixed words (email.supervisor.* in src/i18n), how many of their team
// shared commitments, this week's huddle prompt (huddle.prompt.*) and the link to their page. No
// commitment's words and no names in the email: those stay behind the link, which checks consent on
// every opening. No tracking, no images.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** The page the link opens; the token is in the fragment, so it never reaches a server's request log. */
function supervisorUrl(appUrl, locale, token) {
  return `${appUrl}${locale === "en" ? "/en/supervisor/" : "/supervisor/"}#t=${encodeURIComponent(token)}`;
}

/**
 * Subject, HTML and plain text of a digest, and the same as an app message (`message`).
 * @param {{ locale: string, appUrl: string, token: string, name: string, people: number, commitments: number, prompt: number, days: number }} m
 */
function supervisorMail(m) {
  const t = messagesFor(m.locale);
  const values = { name: m.name, people: m.people, commitments: m.commitments, days: m.days };
  const say = (key) => formatMessage(t[key], values);
  const url = supervisorUrl(m.appUrl, m.locale, m.token);
  const prompt = t[`huddle.prompt.${m.prompt}`];
  const text = [
    m.name ? say("email.hello") : say("email.greeting"),
    say("email.supervisor.intro"),
    `${say("email.supervisor.huddle")}\n${prompt}`,
    `${say("email.supervisor.open")}\n${url}`,
    say("email.supervisor.why"),
    say("email.supervisor.expiry"),
    say("site.name"),
  ].join("\n\n");
  const p = (words) => `<p>${escapeHtml(words)}</p>`;
  const button = `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;border-radius:8px;background:#0b5d53;color:#fff;text-decoration:none">${escapeHtml(say("email.supervisor.button"))}</a></p>`;
  const small = (words) => `<p style="color:#555;font-size:13px">${escapeHtml(words)}</p>`;
  const html = `<!doctype html><html lang="${messageLocale(m.locale)}"><body style="font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2328">
${p(m.name ? say("email.hello") : say("email.greeting"))}${p(say("email.supervisor.intro"))}
<p><strong>${escapeHtml(say("email.supervisor.huddle"))}</strong><br>${escapeHtml(prompt)}</p>${button}
${small(say("email.supervisor.why"))}${small(say("email.supervisor.expiry"))}${small(say("site.name"))}</body></html>`;
  // The same digest as an app message (WeCom text card, DingTalk work notification): at most 64 and
  // 1,000 characters (pure/channel-request.js), the link as the card's button.
  const message = {
    title: say("email.supervisor.subject").slice(0, 64),
    text: [say("email.supervisor.intro"), `${say("email.supervisor.huddle")}${prompt}`].join("\n").slice(0, 1000),
    link: url,
    linkLabel: say("email.supervisor.linkLabel"),
  };
  return {
    subject: say("email.supervisor.subject"),
    html,
    text,
    headers: { "Auto-Submitted": "auto-generated" },
    message,
  };
}

module.exports = { supervisorMail, supervisorUrl };
