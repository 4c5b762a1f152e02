// The supervisor loop's input and its calendar, as rules without a database (lib/supervisors.js and
// lib/supervisor-page.js apply them): the supervisor's contact, the participant's naming, the trainer's
// list of proposals, a tap's note, and the ISO week that keys taps and huddle prompts. Pure: unit-tested in Node.
const {
  EMAIL_SHAPE,
  SUPERVISOR_LINKS_FIELDS,
  SUPERVISOR_MARKS_FIELDS,
  normalizeEmail,
} = require("../generated/contract.js");
const { fieldProblem } = require("./field-checks.js");
const { normalizeMobile } = require("./channel-request.js");

/** How a supervisor's digest may reach them: email, or an app message to their mobile number. */
const SUPERVISOR_CHANNELS = ["email", "wecom_app", "dingtalk_notice"];

/** A supervisor's link works for this many days from its latest digest (two weekly digests). */
const SUPERVISOR_LINK_DAYS = 14;
/** How many huddle prompts there are (`huddle.prompt.0` … in src/i18n): one a week, in turn. */
const HUDDLE_PROMPTS = 8;
/** At most this many commitments shared in one request (a participant has far fewer). */
const SHARES_MAX = 50;
/** The trainer's list: at most this many lines and characters, checked before any line is read. */
const PROPOSALS_MAX_LINES = 300;
const PROPOSALS_MAX_CHARS = 10000;
const EMAIL_RAW_MAX = 320;
const NAME_MAX = SUPERVISOR_LINKS_FIELDS.name.max;
const NOTE_MAX = SUPERVISOR_MARKS_FIELDS.note.max;
const ID_PATTERN = /^[a-z0-9]{15}$/;

/** A supervisor's email in its one stored form, or "" when it is not an address. */
function supervisorContact(raw) {
  if (typeof raw !== "string" || raw.length > EMAIL_RAW_MAX) return "";
  const email = normalizeEmail(raw);
  return email.length <= 254 && EMAIL_SHAPE.test(email) ? email : "";
}

/** The supervisor's name as typed: trimmed; an error code when empty, too long or holding control characters. */
function supervisorName(raw) {
  const name = typeof raw === "string" && raw.length <= 4 * NAME_MAX ? raw.trim() : null;
  if (name === null || name.length > NAME_MAX) return { name: "", error: "jiannuo_supervisor_name" };
  if (!name) return { name: "", error: "jiannuo_supervisor_name" };
  if (fieldProblem("supervisor_links", "name", name)) return { name: "", error: "jiannuo_text_control" };
  return { name, error: "" };
}

/**
 * Reads POST /api/jiannuo/me/supervisor: `{ name, channel?, email | mobile, commitments: [ids] }`; the
 * channel is "email" unless given, and must be one of `offered` (those the server has settings for).
 * @param {unknown} body @param {string[]} offered
 * @returns {{ value: { name: string, channel: string, contact: string, commitments: string[] }, errors: Record<string, string> }}
 */
function readNaming(body, offered) {
  const b = body && typeof body === "object" ? body : {};
  const errors = {};
  const { name, error } = supervisorName(b.name);
  if (error) errors.name = error;
  const channel = b.channel === undefined ? "email" : b.channel;
  let contact = "";
  if (channel === "email") {
    contact = supervisorContact(b.email);
    if (!contact) errors.email = "jiannuo_email_invalid";
  } else if (SUPERVISOR_CHANNELS.indexOf(channel) < 0 || (offered || []).indexOf(channel) < 0) {
    errors.channel = "jiannuo_channel_unknown";
  } else {
    contact = typeof b.mobile === "string" && b.mobile.length <= 40 ? normalizeMobile(b.mobile) : "";
    if (!contact) errors.mobile = "jiannuo_mobile_invalid";
  }
  const list = Array.isArray(b.commitments) ? b.commitments : null;
  if (!list || list.length > SHARES_MAX || list.some((id) => typeof id !== "string" || !ID_PATTERN.test(id)))
    errors.commitments = "jiannuo_value_invalid";
  const commitments = list && !errors.commitments ? list.filter((id, i) => list.indexOf(id) === i) : [];
  return { value: { name, channel, contact, commitments }, errors };
}

/** A tap's optional note: trimmed, at most NOTE_MAX characters; an error code otherwise. */
function readNote(raw) {
  if (raw === undefined || raw === null || raw === "") return { note: "", error: "" };
  if (typeof raw !== "string" || raw.length > 4 * NOTE_MAX) return { note: "", error: "jiannuo_supervisor_note" };
  const note = raw.trim();
  if (note.length > NOTE_MAX) return { note: "", error: "jiannuo_supervisor_note" };
  if (fieldProblem("supervisor_marks", "note", note)) return { note: "", error: "jiannuo_text_control" };
  return { note, error: "" };
}

/**
 * The trainer's list, one proposal a line: "participant name, supervisor name, supervisor email" (a
 * Chinese comma or a tab separates as well; empty lines are skipped). All or nothing: `errors` names
 * each bad line (1-based) with its code.
 * @returns {{ rows: Array<{ line: number, participant: string, name: string, contact: string }>, errors: Array<{ line: number, code: string }> }}
 */
function readProposals(text) {
  if (typeof text !== "string" || text.length > PROPOSALS_MAX_CHARS)
    return { rows: [], errors: [{ line: 0, code: "jiannuo_supervisor_list_too_large" }] };
  const lines = text.split(/\r?\n/);
  if (lines.length > PROPOSALS_MAX_LINES)
    return { rows: [], errors: [{ line: 0, code: "jiannuo_supervisor_list_too_large" }] };
  const rows = [];
  const errors = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const cells = raw.split(/[,，\t]/).map((c) => c.trim());
    if (cells.length !== 3) return errors.push({ line, code: "jiannuo_supervisor_list_columns" });
    const participant = cells[0];
    const { name, error } = supervisorName(cells[1]);
    const contact = supervisorContact(cells[2]);
    if (!participant || fieldProblem("participants", "name", participant))
      return errors.push({ line, code: "jiannuo_supervisor_list_participant" });
    if (error) return errors.push({ line, code: error });
    if (!contact) return errors.push({ line, code: "jiannuo_email_invalid" });
    rows.push({ line, participant, name, contact });
  });
  if (!rows.length && !errors.length) errors.push({ line: 0, code: "jiannuo_supervisor_list_empty" });
  return { rows, errors };
}

/** The ISO 8601 week of an instant in China's time (UTC+8, no daylight saving), as "2026-W49". */
function isoWeek(ms) {
  const local = new Date(ms + 8 * 3600000);
  const day = local.getUTCDay() || 7;
  // The week's Thursday decides its year.
  const thursday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 4 - day);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86400000)) + 1;
  return `${year}-W${week < 10 ? "0" : ""}${week}`;
}

/** Which huddle prompt a week shows: each in turn, the same one all week for every supervisor. */
function huddlePrompt(week) {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  const n = m ? Number(m[1]) * 53 + Number(m[2]) : 0;
  return n % HUDDLE_PROMPTS;
}

module.exports = {
  SUPERVISOR_CHANNELS,
  HUDDLE_PROMPTS,
  NOTE_MAX,
  SUPERVISOR_LINK_DAYS,
  huddlePrompt,
  isoWeek,
  readNaming,
  readNote,
  readProposals,
  supervisorContact,
};
