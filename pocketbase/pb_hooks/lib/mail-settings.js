// Applies the SMTP_* environment variables to PocketBase's mail settings at every start (see
// pure/smtp-env.js), and APP_URL (the address people open Jiannuo at; links in emails point there).
const { smtpFromEnv } = require("./pure/smtp-env.js");

const SMTP_VARIABLES = ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_TLS"];

/** Saves APP_URL and the SMTP settings from the environment into the app's settings, where set. */
function applyMailSettings(app) {
  const appUrl = ($os.getenv("APP_URL") || "").trim().replace(/\/$/, "");
  if (appUrl && app.settings().meta.appURL !== appUrl) {
    const settings = app.settings();
    settings.meta.appURL = appUrl;
    app.save(settings);
  }
  const env = {};
  for (const name of SMTP_VARIABLES) env[name] = $os.getenv(name);
  const smtp = smtpFromEnv(env);
  if (!smtp) return;
  const settings = app.settings();
  settings.smtp.enabled = true;
  settings.smtp.host = smtp.host;
  settings.smtp.port = smtp.port;
  settings.smtp.username = smtp.username;
  settings.smtp.password = smtp.password;
  settings.smtp.tls = smtp.tls;
  settings.meta.senderAddress = smtp.senderAddress;
  settings.meta.senderName = smtp.senderName;
  app.save(settings);
}

module.exports = { applyMailSettings };
