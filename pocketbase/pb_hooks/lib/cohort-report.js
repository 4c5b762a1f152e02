// The cohort report for the client company: the dashboard's figures, every commitment by module and
// kind, and the check-in notes participants allowed to be quoted. A participant's name appears only
// where they agreed to be named in the report; otherwise the report shows their words without it.
const { cohortDashboard } = require("./dashboard.js");
const { rows } = require("./db.js");

/** Everything the printable report shows, as of `now`. */
function cohortReport(app, cohort, now) {
  const c = { c: cohort.id };
  const commitments = rows(
    app,
    { id: "", module: "", kind: "", action: "", status: "", name: "", named: false },
    `SELECT k.id, k.module, k.kind, k.action, k.status, p.name AS name, p.namedInReport AS named
     FROM commitments k JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY k.module, k.kind, k.created`,
    c,
  ).map(({ named, name, ...k }) => ({ ...k, participant: named ? name : "" }));
  const quotes = rows(
    app,
    { note: "", status: "", created: "", module: "", name: "", named: false },
    `SELECT ch.note, ch.status, ch.created, k.module, p.name AS name, p.namedInReport AS named
     FROM checkins ch JOIN commitments k ON k.id = ch.commitment JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} AND ch.shareable = TRUE AND ch.note != '' ORDER BY ch.created`,
    c,
  ).map(({ named, name, ...q }) => ({ ...q, participant: named ? name : "" }));
  return { ...cohortDashboard(app, cohort, now), generatedAt: now.toISOString(), commitmentList: commitments, quotes };
}

module.exports = { cohortReport };
