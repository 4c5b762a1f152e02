// The cohort report for the client company: the dashboard's figures, the commitments participants
// shared with their group (word for word), and the check-in notes participants allowed to be quoted. A
// participant's name appears only where they agreed to be named in the report.
// A commitment chosen as "only my trainer" (visibility private), or one the trainer took off the wall
// (hidden), reaches the report only as a count per module and status: never its words, never a name.
const { cohortDashboard } = require("./dashboard.js");
const { rows } = require("./db.js");

/** Where a commitment's words may appear in the report; anything else is only counted. */
const SHOWN = "k.visibility = 'cohort' AND k.hidden = FALSE";

/** Everything the printable report shows, as of `now`. */
function cohortReport(app, cohort, now) {
  const c = { c: cohort.id };
  const commitments = rows(
    app,
    { id: "", module: "", kind: "", action: "", status: "", name: "", named: false },
    `SELECT k.id, k.module, k.kind, k.action, k.status, p.name AS name, p.namedInReport AS named
     FROM commitments k JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} AND ${SHOWN} ORDER BY k.module, k.kind, k.created`,
    c,
  ).map(({ named, name, ...k }) => ({ ...k, participant: named ? name : "" }));
  const notShown = rows(
    app,
    { module: "", status: "", count: 0 },
    `SELECT k.module, k.status, COUNT(*) AS count FROM commitments k
     WHERE k.cohort = {:c} AND NOT (${SHOWN}) GROUP BY k.module, k.status ORDER BY k.module, k.status`,
    c,
  );
  // Notes on a hidden commitment go with it; a note on a private one is quoted only because its writer
  // ticked "my trainer may quote this note in the report".
  const quotes = rows(
    app,
    { note: "", status: "", created: "", module: "", name: "", named: false },
    `SELECT ch.note, ch.status, ch.created, k.module, p.name AS name, p.namedInReport AS named
     FROM checkins ch JOIN commitments k ON k.id = ch.commitment JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} AND k.hidden = FALSE AND ch.shareable = TRUE AND ch.note != '' ORDER BY ch.created`,
    c,
  ).map(({ named, name, ...q }) => ({ ...q, participant: named ? name : "" }));
  return {
    ...cohortDashboard(app, cohort, now),
    generatedAt: now.toISOString(),
    commitmentList: commitments,
    notShown,
    quotes,
  };
}

module.exports = { cohortReport };
