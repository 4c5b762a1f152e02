// What a follow-up's answer link carries (`#t=<token>&c=<commitment>&s=<answer>`, and `&ch=<channel>` in a
// message of a channel beyond email, so the answer counts under that channel; emails sent
// before tokens left URLs have it as the query, `?t=...`) and how an answer the server recorded maps back
// to one of the email's four answers. Pure: no DOM, no network.
import { CHECKINS_FIELDS } from "../../lib/pocketbase-types";

/** The four one-click answers of the email, in the order the email lists them. */
export const ANSWERS = ["done", "in_progress", "planned", "need_help"] as const;

/** One of the email's answers. */
export type Answer = (typeof ANSWERS)[number];

/** Longest note the server keeps, in characters as a person counts them. */
export const NOTE_MAX_LENGTH = CHECKINS_FIELDS.note.max;

/** Token and commitment of an answer link, the answer it was clicked for (null when missing or unknown), and the channel whose message held it ("" for email). */
export interface AnswerLink {
  t: string;
  c: string;
  s: Answer | null;
  ch: string;
}

/** Whether a value is one of the four answers. */
export function isAnswer(value: unknown): value is Answer {
  return typeof value === "string" && (ANSWERS as readonly string[]).includes(value);
}

/**
 * An email link's parameters in a page address: its fragment (which browsers never send to a server),
 * or its query in a link from an email sent before tokens moved to the fragment.
 */
export function linkParams(address: { search: string; hash: string }): URLSearchParams {
  const fragment = new URLSearchParams(address.hash.replace(/^#/, ""));
  return fragment.has("t") ? fragment : new URLSearchParams(address.search);
}

/** An old link's address with its query moved into the fragment (for the address bar), or null when there is nothing to move. */
export function queryMovedToFragment(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has("t")) return null;
  url.hash = url.searchParams.toString();
  url.search = "";
  return url.href;
}

/** The answer link in a page's link parameters; null when the token or the commitment is missing. */
export function readAnswerLink(query: URLSearchParams): AnswerLink | null {
  const t = query.get("t")?.trim() ?? "";
  const c = query.get("c")?.trim() ?? "";
  if (t === "" || c === "") return null;
  const s = query.get("s");
  // The server checks the channel against its deliveries (pb_hooks/lib/checkin-answer.js); only its shape is kept here.
  const ch = query.get("ch") ?? "";
  return { t, c, s: isAnswer(s) ? s : null, ch: /^[a-z_]{1,20}$/.test(ch) ? ch : "" };
}

/** The answer a recorded check-in stands for: "need help" is stored as in progress plus needsHelp. */
export function answerOfRecord(record: { status: string; needsHelp: boolean } | null): Answer | null {
  if (!record) return null;
  if (record.needsHelp) return "need_help";
  return isAnswer(record.status) ? record.status : null;
}

/** `href` with the `s` of its fragment replaced, so a reload or a language switch keeps the latest answer. */
export function withAnswer(href: string, s: Answer): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ""));
  params.set("s", s);
  url.hash = params.toString();
  return url.href;
}
