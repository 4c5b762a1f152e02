// The confirmation email: the first email an address gets, before its owner confirmed anything. Only
// fixed words (email.confirm.* in src/i18n), the cohort's and organisation's names (the trainer wrote
// those) and the link; never anything a participant typed, not even a name, since whoever joined may
// not be the address's owner. No tracking, no images.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** The page the link opens; the token is in the fragment, so it never reaches a server's request log. */
function confirmUrl(appUrl, locale, token) {
  return `${appUrl}${locale === "en" ? "/en/confirm/" : "/confirm/"}#t=${encodeURIComponent(token)}`;
}

/**
 * Subject, HTML and plain text of a confirmation email.
 * @param {{ locale: string, appUrl: string, token: string, cohortName: string, organization: string, days: number }} m
 */
function confirmMail(m) {
  const t = messagesFor(m.locale);
  const say = (key) => formatMessage(t[key], { cohort: m.cohortName, organization: m.organization, days: m.days });
  const url = confirmUrl(m.appUrl, m.locale, m.token);
  const text = [
    say("email.greeting"),
    say("email.confirm.intro"),
    `${say("email.confirm.ask")}\n${url}`,
    say("email.confirm.notYou"),
    say("email.confirm.expiry"),
    say("site.name"),
  ].join("\n\n");
  const p = (key) => `<p>${escapeHtml(say(key))}</p>`;
  const button = `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;border-radius:8px;background:#0b5d53;color:#fff;text-decoration:none">${escapeHtml(say("email.confirm.button"))}</a></p>`;
  const html = `<!doctype html><html lang="${messageLocale(m.locale)}"><body style="font-family:-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2328">
${p("email.greeting")}${p("email.confirm.intro")}${p("email.confirm.ask")}${button}${p("email.confirm.notYou")}
<p style="color:#555;font-size:13px">${escapeHtml(say("email.confirm.expiry"))}</p><p style="color:#555;font-size:13px">${escapeHtml(say("site.name"))}</p></body></html>`;
  return { subject: say("email.confirm.subject"), html, text, headers: { "Auto-Submitted": "auto-generated" } };
}

module.exports = { confirmMail, confirmUrl };
