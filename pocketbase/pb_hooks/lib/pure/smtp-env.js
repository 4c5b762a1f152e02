// SMTP settings from environment variables (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM,
// SMTP_TLS), applied to PocketBase's mail settings at start (lib/mail-settings.js). Without SMTP_HOST
// nothing changes, so settings made on PocketBase's own settings page stay as they are.

const DEFAULT_SENDER = "noreply@jiannuo.local";
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * The settings to apply, or null when SMTP_HOST is not set.
 * @param {Record<string, string>} env
 * @returns {null | { host: string, port: number, username: string, password: string, tls: boolean,
 *   senderAddress: string, senderName: string }}
 */
function smtpFromEnv(env) {
  const host = (env.SMTP_HOST || "").trim();
  if (!host) return null;
  const tls = /^(1|true|yes)$/i.test((env.SMTP_TLS || "").trim());
  const port = Number(env.SMTP_PORT || (tls ? 465 : 587));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SMTP_PORT "${env.SMTP_PORT}" is not a port number`);
  // SMTP_FROM is "address" or "Name <address>". Without it, the SMTP login when it is an address
  // (most providers only relay mail from it), else a placeholder that PocketBase accepts as an address
  // (it refuses "noreply@localhost" and would then not start).
  const from = (env.SMTP_FROM || "").trim();
  const match = from.match(/^(.*)<([^>]+)>$/);
  const user = (env.SMTP_USER || "").trim();
  const senderAddress = (match ? match[2] : from).trim() || (EMAIL.test(user) ? user : DEFAULT_SENDER);
  if (!EMAIL.test(senderAddress))
    throw new Error(`SMTP_FROM "${from}" is not an email address (use "address" or "Name <address>")`);
  const senderName = (match ? match[1] : "").trim().replace(/^"|"$/g, "") || "践诺 Jiannuo";
  return { host, port, username: env.SMTP_USER || "", password: env.SMTP_PASS || "", tls, senderAddress, senderName };
}

module.exports = { smtpFromEnv };
