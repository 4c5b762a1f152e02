// How the cohort's commitments stand at the end of each week after the workshop, from check-ins.
// Pure: used by the dashboard route and unit-tested in Node.
const { COMMITMENTS_FIELDS } = require("../generated/contract.js");
const { dateMs } = require("./pb-date.js");

const DAY = 86400000;
const STATUSES = COMMITMENTS_FIELDS.status.values;

/** @typedef {{ week: number } & Record<(typeof STATUSES)[number], number>} WeekCounts */

/** @returns {WeekCounts} */
function noCounts(week) {
  const counts = /** @type {WeekCounts} */ ({ week });
  for (const status of STATUSES) counts[status] = 0;
  return counts;
}

/**
 * One entry per week from the workshop's last day up to now (at most 27): the count of commitments in
 * each status at that week's end, the last entry being now. A commitment counts from its creation;
 * its status is the latest check-in by then, else "planned" (or, with no check-in ever, its current
 * status from its last change).
 * @param {{id: string, status: string, created: string, updated: string}[]} commitments
 * @param {{commitment: string, status: string, created: string}[]} checkins sorted by created
 */
function followThroughByWeek(commitments, checkins, endsOn, now) {
  const start = dateMs(endsOn);
  const end = dateMs(now);
  const weeks = Math.max(0, Math.min(26, Math.ceil((end - start - DAY) / (7 * DAY))));
  const history = {};
  for (const ch of checkins) (history[ch.commitment] = history[ch.commitment] || []).push(ch);
  const out = [];
  for (let week = 0; week <= weeks; week++) {
    const at = Math.min(end, start + week * 7 * DAY + DAY); // the end of that day, or now
    const counts = noCounts(week);
    for (const c of commitments) {
      if (dateMs(c.created) > at) continue;
      const seen = (history[c.id] || []).filter((ch) => dateMs(ch.created) <= at);
      let status = "planned";
      if (seen.length) status = seen[seen.length - 1].status;
      else if (!history[c.id] && dateMs(c.updated) <= at) status = c.status;
      if (STATUSES.indexOf(status) >= 0) counts[status] += 1;
    }
    out.push(counts);
  }
  return out;
}

module.exports = { followThroughByWeek };
