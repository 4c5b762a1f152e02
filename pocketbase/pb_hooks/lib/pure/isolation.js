// The isolation question of a follow-up (migration 1764001620_checkin_isolation.js): which follow-ups
// ask it, and whether an answer is one. Pure: unit-tested in Node.

/** Follow-ups this many days after the workshop, or later, ask it (45 and 90 in the default schedule). */
const ISOLATION_FROM_DAY = 45;

/** Whether the follow-up of round `round` (days after the workshop) asks for the isolation estimate. */
function asksIsolation(round) {
  return Number.isInteger(round) && round >= ISOLATION_FROM_DAY;
}

const isPercent = (n) => Number.isInteger(n) && n >= 0 && n <= 100;

/**
 * The estimate `{ share, sure }` (whole percentages 0..100) as the check-in's fields, null to take it back;
 * or `{ error }` with the code for anything else.
 */
function isolationFields(value) {
  if (value === null) return { isolationGiven: false, isolationShare: 0, isolationSure: 0 };
  if (typeof value !== "object" || Array.isArray(value) || !isPercent(value.share) || !isPercent(value.sure))
    return { error: "jiannuo_isolation_invalid" };
  return { isolationGiven: true, isolationShare: value.share, isolationSure: value.sure };
}

module.exports = { ISOLATION_FROM_DAY, asksIsolation, isolationFields };
