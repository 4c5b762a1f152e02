// A cohort's dashboard figures: SQL does the counting; the follow-through timeline is folded from
// the check-ins (see pure/follow-through.js).
const { belongingStatus } = require("./belonging-profile.js");
const { cohortInfo } = require("./cohorts.js");
const { rows, scalar } = require("./db.js");
const { COMMITMENTS_FIELDS, FOLLOWUPS_FIELDS } = require("./generated/contract.js");
const { followThroughByWeek } = require("./pure/follow-through.js");
const { meanStrength } = require("./pure/commitment-strength.js");

/** `{ value: 0 }` for each value, in order. */
function zeroes(values) {
  const out = {};
  for (const value of values) out[value] = 0;
  return out;
}

function countInto(target, key, n) {
  target[key] = (target[key] || 0) + n;
}

/**
 * Everything the dashboard shows for one cohort, as of `now`. With `withoutHidden` (the report), the
 * commitments the trainer hid from the wall and the report are left out of every figure.
 */
function cohortDashboard(app, cohort, now, { withoutHidden = false } = {}) {
  const c = { c: cohort.id };
  // Appended to each query's commitment filter (on the table `commitments`, or its alias `k`).
  const kept = (alias) => (withoutHidden ? ` AND ${alias}hidden = FALSE` : "");
  const participants = scalar(app, "SELECT COUNT(*) AS n FROM participants WHERE cohort = {:c}", c);
  const groups = rows(
    app,
    { module: "", kind: "", status: "", confidence: 0, n: 0 },
    `SELECT module, kind, status, confidence, COUNT(*) AS n FROM commitments WHERE cohort = {:c}${kept("")}
     GROUP BY module, kind, status, confidence`,
    c,
  );
  const byModule = {};
  const byKind = {};
  const byStatus = zeroes(COMMITMENTS_FIELDS.status.values);
  const confidence = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let total = 0;
  for (const g of groups) {
    total += g.n;
    countInto(byModule, g.module, g.n);
    countInto(byKind, g.kind, g.n);
    countInto(byStatus, g.status, g.n);
    if (g.confidence >= 1 && g.confidence <= 10) confidence[g.confidence - 1] += g.n;
  }
  // The goal-commitment scale where it was answered (pure/commitment-strength.js scores it).
  const strength = meanStrength(
    rows(
      app,
      { strength1: 0, strength2: 0, strength3: 0, strength4: 0, strength5: 0 },
      `SELECT strength1, strength2, strength3, strength4, strength5 FROM commitments WHERE cohort = {:c}${kept("")}`,
      c,
    ),
  );
  const committed = scalar(
    app,
    `SELECT COUNT(DISTINCT participant) AS n FROM commitments WHERE cohort = {:c}${kept("")}`,
    c,
  );
  const responding = scalar(
    app,
    `SELECT COUNT(DISTINCT k.participant) AS n FROM checkins ch JOIN commitments k ON k.id = ch.commitment
     WHERE k.cohort = {:c}${kept("k.")}`,
    c,
  );
  const commitments = rows(
    app,
    { id: "", status: "", created: "", updated: "" },
    `SELECT id, status, created, updated FROM commitments WHERE cohort = {:c}${kept("")}`,
    c,
  );
  const checkins = rows(
    app,
    { commitment: "", status: "", created: "" },
    `SELECT ch.commitment AS commitment, ch.status AS status, ch.created AS created
     FROM checkins ch JOIN commitments k ON k.id = ch.commitment WHERE k.cohort = {:c}${kept("k.")} ORDER BY ch.created`,
    c,
  );
  const states = zeroes(FOLLOWUPS_FIELDS.state.values);
  for (const r of rows(
    app,
    { state: "", n: 0 },
    "SELECT state, COUNT(*) AS n FROM followups WHERE cohort = {:c} GROUP BY state",
    c,
  ))
    states[r.state] = r.n;
  const rounds = rows(
    app,
    { round: 0, sent: 0, answered: 0 },
    `SELECT f.round AS round, COUNT(*) AS sent,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM checkins ch WHERE ch.followup = f.id) THEN 1 ELSE 0 END) AS answered
     FROM followups f WHERE f.cohort = {:c} AND f.kind = 'round' AND f.state = 'sent' GROUP BY f.round ORDER BY f.round`,
    c,
  ).map((r) => ({ ...r, responseRate: r.sent ? Math.round((r.answered / r.sent) * 1000) / 1000 : 0 }));
  return {
    cohort: { ...cohortInfo(cohort), startsOn: cohort.getString("startsOn"), endsOn: cohort.getString("endsOn") },
    participants,
    commitments: { total, byModule, byKind, byStatus },
    confidence,
    strength,
    checkins: {
      total: checkins.length,
      participantsWithCommitments: committed,
      participantsResponding: responding,
      responseRate: committed ? Math.round((responding / committed) * 1000) / 1000 : 0,
    },
    followThrough: followThroughByWeek(commitments, checkins, cohort.getString("endsOn"), now.toISOString()),
    // Without SMTP, follow-ups wait in the outbox (nothing is dropped) and the dashboard says so.
    email: { configured: app.settings().smtp.enabled, followups: states, rounds },
    // How many answers count so far, and the profile once the trainer released it (lib/belonging-profile.js).
    belonging: belongingStatus(app, cohort.id),
  };
}

module.exports = { cohortDashboard };
