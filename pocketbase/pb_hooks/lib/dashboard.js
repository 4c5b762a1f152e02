// A cohort's dashboard figures: SQL does the counting; the follow-through timeline is folded from
// the check-ins (see lib/follow-through.js, which is pure and unit-tested).
const { followThroughByWeek } = require("./follow-through.js");

/** Runs a query and returns plain objects with the given columns (name → zero value). */
function rows(app, columns, sql, params) {
  const result = arrayOf(new DynamicModel(columns));
  app.db().newQuery(sql).bind(params).all(result);
  return result.map((row) => JSON.parse(JSON.stringify(row)));
}

function countInto(target, key, n) {
  target[key] = (target[key] || 0) + n;
}

/** Everything the dashboard shows for one cohort, as of `now`. */
function cohortDashboard(app, cohort, now) {
  const c = { c: cohort.id };
  const participants = rows(app, { n: 0 }, "SELECT COUNT(*) AS n FROM participants WHERE cohort = {:c}", c)[0].n;
  const groups = rows(
    app,
    { module: "", kind: "", status: "", confidence: 0, n: 0 },
    "SELECT module, kind, status, confidence, COUNT(*) AS n FROM commitments WHERE cohort = {:c} GROUP BY module, kind, status, confidence",
    c,
  );
  const byModule = {};
  const byKind = {};
  const byStatus = { planned: 0, in_progress: 0, done: 0, dropped: 0 };
  const confidence = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let total = 0;
  for (const g of groups) {
    total += g.n;
    countInto(byModule, g.module, g.n);
    countInto(byKind, g.kind, g.n);
    countInto(byStatus, g.status, g.n);
    if (g.confidence >= 1 && g.confidence <= 10) confidence[g.confidence - 1] += g.n;
  }
  const committed = rows(app, { n: 0 }, "SELECT COUNT(DISTINCT participant) AS n FROM commitments WHERE cohort = {:c}", c)[0].n;
  const responding = rows(
    app,
    { n: 0 },
    "SELECT COUNT(DISTINCT k.participant) AS n FROM checkins ch JOIN commitments k ON k.id = ch.commitment WHERE k.cohort = {:c}",
    c,
  )[0].n;
  const commitments = rows(app, { id: "", status: "", created: "", updated: "" }, "SELECT id, status, created, updated FROM commitments WHERE cohort = {:c}", c);
  const checkins = rows(
    app,
    { commitment: "", status: "", created: "" },
    "SELECT ch.commitment AS commitment, ch.status AS status, ch.created AS created FROM checkins ch JOIN commitments k ON k.id = ch.commitment WHERE k.cohort = {:c} ORDER BY ch.created",
    c,
  );
  let belonging = null;
  try {
    const profile = app.findRecordById("cohort_belonging", cohort.id);
    belonging = {
      answers: profile.getInt("answers"),
      identification: profile.getFloat("identification"),
      security: profile.getFloat("security"),
      value: profile.getFloat("value"),
      engagement: profile.getFloat("engagement"),
    };
  } catch (_) {}
  return {
    cohort: {
      id: cohort.id,
      name: cohort.getString("name"),
      organization: cohort.getString("organization"),
      startsOn: cohort.getString("startsOn"),
      endsOn: cohort.getString("endsOn"),
      locale: cohort.getString("locale"),
    },
    participants,
    commitments: { total, byModule, byKind, byStatus },
    confidence,
    checkins: { total: checkins.length, participantsWithCommitments: committed, participantsResponding: responding,
      responseRate: committed ? Math.round((responding / committed) * 1000) / 1000 : 0 },
    followThrough: followThroughByWeek(commitments, checkins, cohort.getString("endsOn"), now.toISOString()),
    belonging,
  };
}

module.exports = { cohortDashboard };
