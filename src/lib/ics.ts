// "Add to calendar" for a commitment: one all-day iCalendar (RFC 5545) event on the due date, with a reminder.
// Hand-written rather than a library because the format needed is small, and the tricky parts (escaping,
// folding at 75 octets without splitting a UTF-8 character) are easier to test here than to audit elsewhere.
import { addDays, isoDateToDay } from "./iso-date";
import type { Locale } from "../i18n/locales";

/** The parts of a commitment a calendar entry shows. */
export interface CalendarCommitment {
  id: string;
  action: string;
  trigger: string;
  measure: string;
  /** "YYYY-MM-DD"; a commitment without a date cannot go into a calendar. */
  dueOn: string;
}

/** How to write the file: localised labels come from the caller's dictionary. */
export interface IcsOptions {
  locale: Locale;
  /** Becomes DTSTAMP, so the same input always gives the same file. */
  now: Date;
  /** Minutes before the start of the due day (midnight); the default 540 rings at 15:00 the afternoon before. */
  reminderMinutesBefore?: number;
  labels: { trigger: string; measure: string; reminder: string };
}

/** Default reminder: 9 hours before midnight of the due day, i.e. 15:00 the day before, still in working hours. */
export const DEFAULT_REMINDER_MINUTES = 9 * 60;
/** Longest reminder lead the UI offers (four weeks); anything more is a caller mistake. */
const MAX_REMINDER_MINUTES = 4 * 7 * 24 * 60;
const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** An .ics file with one all-day event on `c.dueOn` and a display alarm; throws RangeError on bad input. */
export function commitmentToIcs(c: CalendarCommitment, options: IcsOptions): string {
  if (isoDateToDay(c.dueOn) === null) throw new RangeError(`Not a calendar date: "${c.dueOn}"`);
  if (Number.isNaN(options.now.getTime())) throw new RangeError("options.now is not a valid date");
  const minutes = options.reminderMinutesBefore ?? DEFAULT_REMINDER_MINUTES;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_REMINDER_MINUTES) {
    throw new RangeError(`reminderMinutesBefore must be a whole number from 0 to ${MAX_REMINDER_MINUTES}`);
  }
  const start = c.dueOn.slice(0, 10);
  const separator = options.locale === "zh-CN" ? "：" : ": ";
  const description = [
    [options.labels.trigger, c.trigger],
    [options.labels.measure, c.measure],
  ]
    .filter(([, text]) => (text ?? "").trim() !== "")
    .map(([label, text]) => `${label}${separator}${(text ?? "").trim()}`)
    .join("\n");

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Jiannuo//Jiannuo//${options.locale === "zh-CN" ? "ZH" : "EN"}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    // The record id is stable, so adding the same commitment twice updates one event instead of duplicating it.
    `UID:${escapeText(c.id)}@jiannuo`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(start)}`,
    // DTEND of an all-day event is exclusive: the next day.
    `DTEND;VALUE=DATE:${compactDate(addDays(start, 1))}`,
    `SUMMARY:${escapeText(c.action.trim())}`,
    ...(description === "" ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    // A reminder to act should not mark the whole day as busy.
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(`${options.labels.reminder}${separator}${c.action.trim()}`)}`,
    `TRIGGER:${durationBefore(minutes)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed in TEXT, so they go. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

/**
 * Splits a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1). Continuation lines
 * start with one space, which counts towards their 75; iterating by code point never splits a character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** "20250301T083000Z" from a moment. */
function utcStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** "20250301" from "2025-03-01". */
function compactDate(iso: string): string {
  return iso.replace(/-/g, "");
}

/** A negative DURATION in the simplest unit: -P1D, -PT9H, -PT30M; zero rings at the start of the day. */
function durationBefore(minutes: number): string {
  if (minutes === 0) return "PT0M";
  if (minutes % 1440 === 0) return `-P${minutes / 1440}D`;
  if (minutes % 60 === 0) return `-PT${minutes / 60}H`;
  return `-PT${minutes}M`;
}

/** Longest part of a file name taken from the action, in characters. */
const MAX_NAME_CHARACTERS = 40;

/**
 * A download name such as "2025-03-01-每周五下班前给同事一条反馈.ics": letters (any script), digits and
 * combining marks are kept; everything else, including / \ : * ? " < > | and emoji, becomes a hyphen.
 */
export function icsFileName(action: string, dueOn: string): string {
  const slug = [
    ...action
      .normalize("NFC")
      // Emoji presentation selectors and keycaps are marks too, but belong to the symbol being dropped.
      .replace(/[\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu, "")
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
      .replace(/^-+|-+$/g, ""),
  ]
    .slice(0, MAX_NAME_CHARACTERS)
    .join("")
    .replace(/-+$/, "");
  // A date (or the app's name) always leads, so a name like "CON" that Windows reserves can never result.
  const prefix = isoDateToDay(dueOn) === null ? "jiannuo" : dueOn.slice(0, 10);
  return slug === "" ? `${prefix}.ics` : `${prefix}-${slug}.ics`;
}
