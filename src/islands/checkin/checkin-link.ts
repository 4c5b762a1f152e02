// What a follow-up email's answer link carries (`?t=<token>&c=<commitment>&s=<answer>`) and how an
// answer the server recorded maps back to one of the email's four answers. Pure: no DOM, no network.
import { CHECKINS_FIELDS } from "../../lib/pocketbase-types";

/** The four one-click answers of the email, in the order the email lists them. */
export const ANSWERS = ["done", "in_progress", "planned", "need_help"] as const;

/** One of the email's answers. */
export type Answer = (typeof ANSWERS)[number];

/** Longest note the server keeps, in characters as a person counts them. */
export const NOTE_MAX_LENGTH = CHECKINS_FIELDS.note.max;

/** Token and commitment of an answer link, and the answer it was clicked for (null when missing or unknown). */
export interface AnswerLink {
  t: string;
  c: string;
  s: Answer | null;
}

/** Whether a value is one of the four answers. */
export function isAnswer(value: unknown): value is Answer {
  return typeof value === "string" && (ANSWERS as readonly string[]).includes(value);
}

/** The answer link in a page's query string; null when the token or the commitment is missing. */
export function readAnswerLink(search: string): AnswerLink | null {
  const query = new URLSearchParams(search);
  const t = query.get("t")?.trim() ?? "";
  const c = query.get("c")?.trim() ?? "";
  if (t === "" || c === "") return null;
  const s = query.get("s");
  return { t, c, s: isAnswer(s) ? s : null };
}

/** The answer a recorded check-in stands for: "need help" is stored as in progress plus needsHelp. */
export function answerOfRecord(record: { status: string; needsHelp: boolean } | null): Answer | null {
  if (!record) return null;
  if (record.needsHelp) return "need_help";
  return isAnswer(record.status) ? record.status : null;
}

/** `href` with its `s` replaced, so a reload or a language switch keeps the latest answer. */
export function withAnswer(href: string, s: Answer): string {
  const url = new URL(href);
  url.searchParams.set("s", s);
  return url.href;
}
