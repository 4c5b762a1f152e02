// The lines `npm start` prints once Jiannuo answers: where to open it, where participants join (with a
// QR code on the LAN), what does not work yet (no mail server, no admin account), and, on the very
// first start, the trainer's password and the demo join code, last, where they are easy to find.
import { isLoopbackHost } from "./lan-address.mjs";
import { terminalQr } from "./terminal-qr.mjs";

/**
 * @param {{
 *   localUrl: string, appUrl: string, lan: boolean, lanAddressIsLocal?: boolean, mail: boolean,
 *   needsAdmin: boolean, dataDir: string, firstStart: null | { email: string, password: string, joinCode: string },
 *   noteFile: string | null, color?: boolean,
 * }} s
 * @returns {string[]}
 */
export function startSummary(s) {
  const joinUrl = `${s.appUrl}/join`;
  const lines = ["", "Jiannuo is running at " + `${s.localUrl}/  (trainer pages: ${s.localUrl}/trainer/)`];
  if (isLoopbackHost(new URL(s.appUrl).hostname)) {
    lines.push(
      `Participants join at ${joinUrl}, but only this computer can open that address.`,
      '  For a room: on the venue Wi-Fi run `npm start -- --lan`; on a server set APP_URL (README, "Run a room").',
    );
  } else {
    lines.push(`Participants join at ${joinUrl}${s.lan ? "  (phones must be on the same Wi-Fi)" : ""}`);
    if (s.lan) {
      lines.push("", ...terminalQr(joinUrl, { color: s.color ?? true }).map((l) => `  ${l}`), "");
      if (s.lanAddressIsLocal === false)
        lines.push(`  Note: ${new URL(s.appUrl).hostname} is not an address of this computer.`);
      lines.push(
        "  LAN mode serves plain http: every page works and commitments wait on each device until they are",
        '  sent, but pages are not kept for offline use (that needs https; README, "Run a room").',
      );
    }
  }
  if (!s.mail) {
    lines.push("Email: no mail server is configured (SMTP_HOST), so sign-in codes and follow-up emails are not sent.");
  }
  if (s.needsAdmin) {
    lines.push(
      `PocketBase's admin dashboard (${s.localUrl}/_/) has no account yet: create one with npm run admin -- EMAIL`,
    );
  }
  lines.push(`Data folder: ${s.dataDir}. Stop with Ctrl-C.`);
  if (s.firstStart) {
    lines.push(
      "",
      `First start: sign in at ${s.localUrl}/trainer/ with`,
      `  Email:    ${s.firstStart.email}`,
      `  Password: ${s.firstStart.password}`,
      `  Demo cohort join code: ${s.firstStart.joinCode}`,
      `  (shown only this once; also saved in ${s.noteFile}, readable by you only)`,
    );
  } else if (s.noteFile) {
    lines.push(`First trainer account: ${s.noteFile}`);
  }
  lines.push("");
  return lines;
}
