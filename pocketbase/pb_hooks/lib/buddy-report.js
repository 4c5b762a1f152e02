// The report's buddy figures (lib/cohort-report.js → `buddies`): behaviour seen by buddies, as counts
// with their sample sizes, never words or names. Source: buddies' taps on /me/ (lib/buddies.js).
// Kept apart from the participants' own reports and from supervisors' observations.
const { scalar } = require("./db.js");

/** Counts for one cohort: active pairs, buddies, encouragements and "I saw them do it" observations. */
function buddyFigures(app, cohortId) {
  const c = { c: cohortId };
  const n = (sql) => scalar(app, sql, c);
  return {
    source: "buddies",
    participants: n("SELECT COUNT(*) AS n FROM participants WHERE cohort = {:c}"),
    // Buddies who consented and have a consented partner: the ones who could encourage or observe.
    buddies: n(
      `SELECT COUNT(*) AS n FROM buddy_members m WHERE m.cohort = {:c} AND m.consentAt != ''
       AND EXISTS (SELECT 1 FROM buddy_members o WHERE o.pair = m.pair AND o.id != m.id AND o.consentAt != '')`,
    ),
    encouragements: n("SELECT COUNT(*) AS n FROM buddy_encouragements WHERE cohort = {:c}"),
    encouragers: n('SELECT COUNT(DISTINCT "from") AS n FROM buddy_encouragements WHERE cohort = {:c}'),
    encouraged: n('SELECT COUNT(DISTINCT "to") AS n FROM buddy_encouragements WHERE cohort = {:c}'),
    observations: n("SELECT COUNT(*) AS n FROM buddy_observations WHERE cohort = {:c}"),
    observedCommitments: n("SELECT COUNT(DISTINCT commitment) AS n FROM buddy_observations WHERE cohort = {:c}"),
    observedParticipants: n(
      "SELECT COUNT(DISTINCT k.participant) AS n FROM buddy_observations o JOIN commitments k ON k.id = o.commitment WHERE o.cohort = {:c}",
    ),
  };
}

module.exports = { buddyFigures };
