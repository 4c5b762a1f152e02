// Email through PocketBase's mail client (the SMTP settings applied at start, lib/mail-settings.js), the
// way follow-up emails have always gone (lib/followup-sender.js). A mail server's 5xx reply is a
// refusal; anything else (unreachable, timeout, a 4xx "try later") waits and is tried again. The error
// kept for the operator has no addresses in it (pure/mail-error.js).
const { configError, refused, retryAfter, sent } = require("../pure/channel-result.js");
const { mailErrorForLog } = require("../pure/mail-error.js");
const { isPermanentMailError } = require("../pure/followup-plan.js");

const RETRY_MS = 5 * 60000;

/** Sends `message` (title as subject, text, html, headers) to `target` ({ address, name }). */
function sendEmail(app, target, message, now) {
  const settings = app.settings();
  if (!settings.smtp.enabled) return configError("email_not_configured", "");
  try {
    app.newMailClient().send(
      new MailerMessage({
        from: { address: settings.meta.senderAddress, name: settings.meta.senderName },
        to: [{ address: target.address, name: target.name }],
        subject: message.title,
        html: message.html || "",
        text: message.link ? `${message.text}\n\n${message.link}` : message.text,
        headers: message.headers,
      }),
    );
  } catch (err) {
    const error = mailErrorForLog(err);
    const code = (/(?:^|\s)([45]\d\d)[\s-]/.exec(error) || [])[1] || "";
    const result = isPermanentMailError(error)
      ? refused("email_refused", code)
      : retryAfter(now + RETRY_MS, "provider_unreachable", code);
    result.detail = error;
    return result;
  }
  return sent("");
}

module.exports = { sendEmail };
