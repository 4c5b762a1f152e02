// The follow-up schedule of a cohort: day offsets after its last day.

/** About 1, 3, 6 and 13 weeks after the workshop; the last one is the three-month behaviour check. */
const DEFAULT_FOLLOW_UP_DAYS = [7, 21, 45, 90];
const MAX_FOLLOW_UPS = 8;
const MAX_DAY = 365;

/** Returns null when `days` is a valid schedule, else a short English reason. */
function followUpDaysProblem(days) {
  if (!Array.isArray(days)) return "must be a list of day offsets";
  if (days.length === 0 || days.length > MAX_FOLLOW_UPS) return `must hold 1 to ${MAX_FOLLOW_UPS} day offsets`;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > MAX_DAY) {
      return `each offset must be a whole number of days from 1 to ${MAX_DAY}`;
    }
    if (i > 0 && d <= days[i - 1]) return "offsets must increase";
  }
  return null;
}

module.exports = { DEFAULT_FOLLOW_UP_DAYS, followUpDaysProblem };
