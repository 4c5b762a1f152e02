// The one-time sign-in code email, in the participant's language (words: email.* in src/i18n). No
// links and no tracking: just the code.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** The email's paragraphs, in order; the code's own line is shown large in HTML. */
const LINES = ["email.hello", "email.signInCode.code", "email.signInCode.expiry", "site.name"];

/**
 * Subject, HTML and plain text of the code email.
 * @param {string} locale @param {string} code @param {string} name
 */
function otpMail(locale, code, name) {
  const t = messagesFor(locale);
  const text = LINES.map((key) => formatMessage(t[key], { code, name })).join("\n\n");
  const html = LINES.map((key) => {
    const line = formatMessage(t[key], { code, name: escapeHtml(name) });
    return key === "email.signInCode.code"
      ? `<p style="font-size:20px"><strong>${line}</strong></p>`
      : `<p>${line}</p>`;
  }).join("\n");
  return {
    subject: formatMessage(t["email.signInCode.subject"], { code, name }),
    html: `<!doctype html><html lang="${messageLocale(locale)}"><body>${html}</body></html>`,
    text,
  };
}

module.exports = { otpMail };
