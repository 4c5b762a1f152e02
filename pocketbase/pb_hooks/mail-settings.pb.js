/// <reference path="../../pb_data/types.d.ts" />
// Applies the SMTP_* environment variables to PocketBase's mail settings at every start, and APP_URL
// (the address people open Jiannuo at; links in emails point there).

onBootstrap((e) => {
  e.next();
  const appUrl = ($os.getenv("APP_URL") || "").trim().replace(/\/$/, "");
  if (appUrl && e.app.settings().meta.appURL !== appUrl) {
    const settings = e.app.settings();
    settings.meta.appURL = appUrl;
    e.app.save(settings);
  }
  const { smtpFromEnv } = require(`${__hooks}/lib/mail-settings.js`);
  const names = ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_TLS"];
  const env = {};
  for (const name of names) env[name] = $os.getenv(name);
  const smtp = smtpFromEnv(env);
  if (!smtp) return;
  const settings = e.app.settings();
  settings.smtp.enabled = true;
  settings.smtp.host = smtp.host;
  settings.smtp.port = smtp.port;
  settings.smtp.username = smtp.username;
  settings.smtp.password = smtp.password;
  settings.smtp.tls = smtp.tls;
  settings.meta.senderAddress = smtp.senderAddress;
  settings.meta.senderName = smtp.senderName;
  e.app.save(settings);
});
