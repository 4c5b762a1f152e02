// When one commitment's follow-ups reach its participant: the cadence they chose when committing, on
// local days of their cohort's time zone, out of quiet hours, on working days unless they want weekends
// too, and adapted to how it goes (a missed touch brings one nudge; low confidence an earlier start; a
// commitment done tapers to the "still doing it?" checks; a dropped one ends them). Pure: the zone comes
// in as a function from an instant to its UTC offset (Go's zone database on the server, Intl in tests).
// The sender bundles what falls on one local day into one message per channel.

const DAY = 86400000;
const HOUR = 3600000;

/**
 * Days after the commitment. The default follows the evidence on self-monitoring (more frequent
 * check-ins, more follow-through) and on reminders (short and spaced): the next working day, day 3,
 * weekly to day 30, then the 45- and 90-day checks. The others are lighter for those who want less.
 */
const CADENCES = {
  steady: [1, 3, 7, 14, 21, 30, 45, 90],
  weekly: [7, 14, 21, 28, 45, 90],
  light: [7, 21, 45, 90],
};
const DEFAULT_CADENCE = "steady";
/** The "still doing it?" checks a done commitment keeps. */
const STILL_DAYS = [45, 90];
/** Local hour a touch goes out, and the quiet hours (from, to) in which nothing is sent. */
const SEND_HOUR = 9;
const QUIET_FROM = 21;
const QUIET_TO = 8;
/** Confidence (1-10) at or below which the first touch comes the next calendar day, weekend or not. */
const LOW_CONFIDENCE = 6;
/** A touch with no check-in this many days later is missed; its nudge goes out then. */
const NUDGE_AFTER_DAYS = 2;

/** The local calendar day (days since the epoch, in the zone) of an instant. */
function localDay(ms, offsetMs) {
  return Math.floor((ms + offsetMs(ms)) / DAY);
}

/** The instant of `hour`:00 on local day `day`. */
function atLocal(day, hour, offsetMs) {
  const guess = day * DAY + hour * HOUR;
  // The offset at the target instant, not at midnight: right across a daylight-saving change.
  return guess - offsetMs(guess - offsetMs(guess));
}

/** 0 = Sunday … 6 = Saturday, of a local day number. */
function weekday(day) {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day itself, or the Monday after when it is a weekend and weekends are not wanted. */
function workingDay(day, weekends) {
  if (weekends) return day;
  const wd = weekday(day);
  return wd === 6 ? day + 2 : wd === 0 ? day + 1 : day;
}

/** The first instant at or after `ms` outside the quiet hours. */
function outOfQuietHours(ms, offsetMs) {
  const local = ms + offsetMs(ms);
  const hour = Math.floor((((local % DAY) + DAY) % DAY) / HOUR);
  if (hour >= QUIET_TO && hour < QUIET_FROM) return ms;
  const day = localDay(ms, offsetMs) + (hour >= QUIET_FROM ? 1 : 0);
  return atLocal(day, QUIET_TO, offsetMs);
}

/**
 * The touches of one commitment, oldest first.
 * @param {{ committedAt: number, cadence?: string, weekends?: boolean, confidence?: number | null,
 *   status: string, doneAt?: number | null, checkins: number[] }} commitment times in epoch ms
 * @param {(ms: number) => number} offsetMs the cohort zone's UTC offset at an instant, in ms
 * @returns {{ day: number, at: number, kind: "touch" | "nudge" | "still" }[]} `day`: the cadence's day
 *   (days after committing) the touch belongs to; `at`: when it goes out
 */
function touchesOf(commitment, offsetMs) {
  if (commitment.status === "dropped") return [];
  const cadence = CADENCES[commitment.cadence] || CADENCES[DEFAULT_CADENCE];
  const start = localDay(commitment.committedAt, offsetMs);
  const weekends = commitment.weekends === true;
  const low = typeof commitment.confidence === "number" && commitment.confidence <= LOW_CONFIDENCE;
  const days = low && cadence.indexOf(3) < 0 ? [1, 3].concat(cadence.filter((d) => d > 3)) : cadence;
  const doneAt = commitment.status === "done" && commitment.doneAt ? commitment.doneAt : null;

  const touches = [];
  let last = -1;
  for (let i = 0; i < days.length; i++) {
    // Low confidence: the first touch the very next day, weekend or not.
    let local = low && i === 0 ? start + days[i] : workingDay(start + days[i], weekends);
    // Moved onto the day of the touch before (a weekend in between): the next working day instead.
    if (local <= last) local = workingDay(last + 1, weekends);
    const at = atLocal(local, SEND_HOUR, offsetMs);
    const after = doneAt !== null && at > doneAt;
    if (after && STILL_DAYS.indexOf(days[i]) < 0) continue;
    last = local;
    touches.push({ day: days[i], at, kind: after ? "still" : "touch" });
  }
  return withNudges(touches, commitment.checkins || [], offsetMs, weekends);
}

/**
 * One nudge for a touch nobody answered within NUDGE_AFTER_DAYS, when the next touch is not close by;
 * and none after an unanswered nudge until the participant answers again (a reminder, not a flood).
 */
function withNudges(touches, checkins, offsetMs, weekends) {
  const answeredBetween = (from, to) => checkins.some((c) => c >= from && c < to);
  const out = [];
  let quiet = false;
  for (let i = 0; i < touches.length; i++) {
    const t = touches[i];
    out.push(t);
    if (t.kind === "still") continue;
    const next = touches[i + 1];
    const nudgeDay = workingDay(localDay(t.at, offsetMs) + NUDGE_AFTER_DAYS, weekends);
    const nudgeAt = atLocal(nudgeDay, SEND_HOUR, offsetMs);
    if (next && localDay(next.at, offsetMs) - nudgeDay < 2) continue;
    if (answeredBetween(t.at, nudgeAt)) {
      quiet = false;
      continue;
    }
    if (quiet) continue;
    out.push({ day: t.day, at: nudgeAt, kind: "nudge" });
    quiet = !answeredBetween(nudgeAt, next ? next.at : Infinity);
  }
  return out;
}

/** The latest touch due at `nowMs` and not yet sent (sentUntil: the instant of the last one sent), or null. */
function dueTouch(touches, sentUntil, nowMs) {
  let due = null;
  for (const t of touches) if (t.at <= nowMs && t.at > sentUntil) due = t;
  return due;
}

/**
 * The touch of one commitment to put in the outbox now, or null: the latest due one not yet scheduled
 * (missed touches collapse into it). A commitment done gets only its "still doing it?" checks; the touches
 * it missed before being done are not asked any more.
 * @param {Parameters<typeof touchesOf>[0]} commitment
 * @param {number} scheduledUntil the latest `at` already in the outbox for it (-Infinity for none)
 */
function touchToSchedule(commitment, scheduledUntil, nowMs, offsetMs) {
  const due = dueTouch(touchesOf(commitment, offsetMs), scheduledUntil, nowMs);
  if (!due || (commitment.status === "done" && due.kind !== "still")) return null;
  return due;
}

/** The instant a touch held back (one message a day) goes out instead: the next local day's SEND_HOUR. */
function nextDaySend(nowMs, offsetMs) {
  return atLocal(localDay(nowMs, offsetMs) + 1, SEND_HOUR, offsetMs);
}

module.exports = {
  CADENCES,
  DEFAULT_CADENCE,
  LOW_CONFIDENCE,
  NUDGE_AFTER_DAYS,
  QUIET_FROM,
  QUIET_TO,
  SEND_HOUR,
  dueTouch,
  localDay,
  nextDaySend,
  outOfQuietHours,
  touchToSchedule,
  touchesOf,
};
