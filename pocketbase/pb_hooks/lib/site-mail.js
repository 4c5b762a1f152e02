// One email from the site itself (not from a trainer): made by a pure/*-mail.js module (subject, html,
// text, headers) and sent from the configured sender through PocketBase's mail client.

/** Sends `mail` to `address`; throws as the mail client does (the caller decides what a failure means). */
function sendSiteMail(app, address, mail) {
  const settings = app.settings();
  app.newMailClient().send(
    new MailerMessage({
      from: { address: settings.meta.senderAddress, name: settings.meta.senderName || "践诺 Jiannuo" },
      to: [{ address }],
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
    }),
  );
}

module.exports = { sendSiteMail };
