// Which follow-up emails a cohort's participants should get: one per round (followUpDays after the
// workshop's last day) and a reminder on each open commitment's date. Pure; the sender turns the plan
// into `followups` records (a unique index makes that idempotent) and checks consent again at sending.
// Follow-ups that come due together (someone joined or consented late, or mail was down for weeks)
// collapse into the latest round: see supersedingRound.
const { dateMs, pbDate } = require("./pb-date.js");

const DAY = 86400000;
/** Emails go out at 09:00 in China (01:00 UTC) on the day they fall due. */
const SEND_HOUR_UTC = 1;
/** Statuses of a commitment still under way: the only ones a follow-up asks about. */
const OPEN_STATUSES = ["planned", "in_progress"];

function dayStart(date) {
  const d = new Date(dateMs(date));
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function at(dayMs) {
  return pbDate(dayMs + SEND_HOUR_UTC * 3600000);
}

/**
 * @param {{ endsOn: string, followUpDays: number[] }} cohort
 * @param {{ id: string }[]} participants those who may receive follow-ups (consent, email, not unsubscribed)
 * @param {{ id: string, participant: string, dueOn: string, status: string }[]} commitments
 * @returns {{ participant: string, kind: "round" | "due", round: number, commitment: string, dueAt: string }[]}
 */
function followUpPlan(cohort, participants, commitments) {
  const end = dayStart(cohort.endsOn);
  const plan = [];
  const reachable = {};
  for (const p of participants) {
    reachable[p.id] = true;
    for (const days of cohort.followUpDays) {
      plan.push({ participant: p.id, kind: "round", round: days, commitment: "", dueAt: at(end + days * DAY) });
    }
  }
  for (const c of commitments) {
    if (!reachable[c.participant] || !c.dueOn || OPEN_STATUSES.indexOf(c.status) < 0) continue;
    plan.push({ participant: c.participant, kind: "due", round: 0, commitment: c.id, dueAt: at(dayStart(c.dueOn)) });
  }
  return plan;
}

/**
 * The round that makes follow-up `f` of a participant superfluous, or null when `f` is to be sent. A
 * round is replaced by any later round of the same participant that is due as well; a date reminder by
 * a round that goes out now or went out after the reminder's date (a round asks about every open
 * commitment, the reminder's one too). So a late joiner gets the most recent round only, never a pile.
 * @param {{ kind: "round" | "due", round: number, dueAt: string }} f the follow-up about to be sent
 * @param {{ round: number, dueAt: string, state: string, sentAt: string }[]} rounds that participant's rounds
 * @param {number} nowMs
 * @returns {number | null} the replacing round's number
 */
function supersedingRound(f, rounds, nowMs) {
  let latest = null;
  for (const r of rounds) {
    if (!(dateMs(r.dueAt) <= nowMs)) continue;
    const replaces =
      f.kind === "round"
        ? r.round > f.round
        : r.state === "queued" || r.state === "sending" || (r.state === "sent" && dateMs(r.sentAt) >= dateMs(f.dueAt));
    if (replaces && (latest === null || r.round > latest)) latest = r.round;
  }
  return latest;
}

/** Wait before retry number `attempts`: 5, 10, 20 minutes … at most 6 hours. */
function retryDelayMs(attempts) {
  return Math.min(6 * 3600000, 5 * 60000 * Math.pow(2, Math.max(0, attempts - 1)));
}

/**
 * Whether the mail server refused this email for good (an SMTP 5xx reply, e.g. "550 mailbox
 * unavailable"). Anything else (server unreachable, timeout, a 4xx "try later") is a passing
 * outage: the follow-up keeps waiting, however long the outage lasts.
 */
function isPermanentMailError(message) {
  return /(?:^|\s)5\d\d[\s-]/.test(String(message));
}

module.exports = { followUpPlan, supersedingRound, retryDelayMs, isPermanentMailError, OPEN_STATUSES, SEND_HOUR_UTC };
