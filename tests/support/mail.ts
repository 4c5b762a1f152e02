// Reading what the test server sent to the SMTP sink (scripts/lib/mail-sink.mjs), and the links in it.
import { createHmac } from "node:crypto";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { inject } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";

export interface Mail {
  envelopeTo: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Every message sent to `address` so far, oldest first. */
export function mailsTo(address: string, mailDir = inject("pocketbase").mailDir): Mail[] {
  return (readMailbox(mailDir) as Mail[]).filter((m) => m.envelopeTo.includes(address));
}

/** Waits (PocketBase sends sign-in codes in the background) until `address` has more than `seen` messages; returns the newest. */
export async function nextMailTo(address: string, seen = 0, mailDir = inject("pocketbase").mailDir): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const mails = mailsTo(address, mailDir);
    if (mails.length > seen) return mails.at(-1)!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new mail to ${address}`);
}

/** The six-digit code of a sign-in code email. */
export function signInCode(mail: Mail): string {
  return mail.subject.match(/(\d{6})$/)![1]!;
}

/** The token of a confirmation email's link (it travels in the URL fragment: /confirm/#t=...). */
export function confirmToken(mail: Mail): string {
  return mail.text.match(/\/confirm\/#t=([a-z0-9]+)/)![1]!;
}

/** Whether a message is a confirmation email (by its fixed subject, in either language). */
export function isConfirmation(mail: Mail): boolean {
  return /请确认：用这个邮箱接收践诺课后提醒|Please confirm: Jiannuo follow-up emails/.test(mail.subject);
}

/**
 * The token a confirmation email made at `issuedMs` would carry for an address (pb_hooks/lib/address-links.js),
 * made with the address's key read from the database, for links the tests cannot wait for (an old one).
 */
export function addressLinkAt(addressId: string, issuedMs: number, dataDir = inject("pocketbase").dataDir): string {
  const db = new DatabaseSync(path.join(dataDir, "data.db"), { readOnly: true });
  const { tokenKey } = db.prepare("SELECT tokenKey FROM addresses WHERE id = ?").get(addressId) as { tokenKey: string };
  db.close();
  const issued = Math.floor(issuedMs / 1000)
    .toString(36)
    .padStart(7, "0");
  return `${addressId}${issued}${createHmac("sha256", tokenKey).update(`jiannuo-address-link|${addressId}|${issued}`).digest("hex").slice(0, 32)}`;
}
