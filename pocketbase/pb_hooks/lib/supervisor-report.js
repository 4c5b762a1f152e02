// The report's behaviour as reported and as observed (ReportObserved.tsx): per module and self-reported
// status, how many commitments there are, how many are shared with a supervisor now, how many a
// supervisor marked "discussed" or "observed" at least once (with how many supervisors did), and how many
// a buddy said they saw done (buddy_observations: only on what the partner agreed to share). Counts
// only: never a note, a name or a supervisor's contact. Hidden commitments are left out, as everywhere in
// the report.
const { rows, scalar } = require("./db.js");

const MARKED = (kind) =>
  `SUM(CASE WHEN EXISTS (SELECT 1 FROM supervisor_marks m WHERE m.commitment = k.id AND m.kind = '${kind}') THEN 1 ELSE 0 END)`;

/** The figures for cohort `cohort`. */
function observedBehaviour(app, cohort) {
  const c = { c: cohort.id };
  const byStatus = rows(
    app,
    { module: "", status: "", commitments: 0, shared: 0, discussed: 0, observed: 0, buddySeen: 0 },
    `SELECT k.module, k.status, COUNT(*) AS commitments,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM supervisor_shares sh JOIN supervisor_links l ON l.id = sh.link
         WHERE sh.commitment = k.id AND sh.consent = TRUE AND l.state = 'active') THEN 1 ELSE 0 END) AS shared,
       ${MARKED("discussed")} AS discussed, ${MARKED("observed")} AS observed,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM buddy_observations bo WHERE bo.commitment = k.id) THEN 1 ELSE 0 END) AS buddySeen
     FROM commitments k WHERE k.cohort = {:c} AND k.hidden = FALSE GROUP BY k.module, k.status ORDER BY k.module, k.status`,
    c,
  );
  const supervisorsByModule = rows(
    app,
    { module: "", supervisors: 0 },
    `SELECT k.module, COUNT(DISTINCT l.supervisor) AS supervisors FROM supervisor_marks m
     JOIN supervisor_links l ON l.id = m.link JOIN commitments k ON k.id = m.commitment
     WHERE k.cohort = {:c} AND k.hidden = FALSE GROUP BY k.module ORDER BY k.module`,
    c,
  );
  const supervisors = scalar(
    app,
    `SELECT COUNT(DISTINCT l.supervisor) AS n FROM supervisor_marks m JOIN supervisor_links l ON l.id = m.link
     JOIN commitments k ON k.id = m.commitment WHERE k.cohort = {:c} AND k.hidden = FALSE`,
    c,
  );
  return { byStatus, supervisorsByModule, supervisors };
}

module.exports = { observedBehaviour };
