// The one-time sign-in code email, in the language of the address's latest participation (words:
// email.* in src/i18n). Fixed words and the code only: whoever asks for a code may not be the address's
// owner, so nothing a participant typed (not even a name) goes in. No links and no tracking.
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { escapeHtml } = require("./html.js");

/** The email's paragraphs, in order; the code's own line is shown large in HTML. */
const LINES = ["email.greeting", "email.signInCode.code", "email.signInCode.expiry", "site.name"];

/**
 * Subject, HTML and plain text of the code email.
 * @param {string} locale @param {string} code six digits
 */
function otpMail(locale, code) {
  const t = messagesFor(locale);
  const lines = LINES.map((key) => [key, formatMessage(t[key], { code })]);
  const html = lines
    .map(([key, line]) =>
      key === "email.signInCode.code"
        ? `<p style="font-size:20px"><strong>${escapeHtml(line)}</strong></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join("\n");
  return {
    subject: formatMessage(t["email.signInCode.subject"], { code }),
    html: `<!doctype html><html lang="${messageLocale(locale)}"><body>${html}</body></html>`,
    text: lines.map(([, line]) => line).join("\n\n"),
  };
}

module.exports = { otpMail };
