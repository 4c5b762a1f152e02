// The cohort report for the client company: the dashboard's figures, the commitments participants
// shared with their group (word for word), and the check-in notes participants allowed to be quoted. A
// participant's name appears only where they agreed to be named in the report.
// A commitment chosen as "only my trainer" (visibility private) reaches the report only as a count per
// module and status: never its words, never a name. One the trainer hid "from the wall and the report"
// (a test entry, junk, a mistake) is left out of it altogether, figures included; the report only says
// how many were left out.
const { buddyFigures } = require("./buddy-report.js");
const { cohortDashboard } = require("./dashboard.js");
const { findOrNull, rows, scalar } = require("./db.js");
const { ISOLATION_FROM_DAY } = require("./pure/isolation.js");

/** Where a commitment's words may appear in the report. */
const SHOWN = "k.visibility = 'cohort' AND k.hidden = FALSE";
/** Counted in the report, without its words. */
const COUNTED = "k.visibility != 'cohort' AND k.hidden = FALSE";

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
     WHERE k.cohort = {:c} AND ${COUNTED} GROUP BY k.module, k.status ORDER BY k.module, k.status`,
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
  const hiddenCount = scalar(app, "SELECT COUNT(*) AS n FROM commitments WHERE cohort = {:c} AND hidden = TRUE", c);
  return {
    ...cohortDashboard(app, cohort, now, { withoutHidden: true }),
    generatedAt: now.toISOString(),
    trainerName: trainerName(app, cohort),
    hiddenCount,
    commitmentList: commitments,
    notShown,
    quotes,
    levels: levelFigures(app, cohort),
    // Behaviour seen by buddies, counts only (lib/buddy-report.js); supervisors' have their own.
    buddies: buddyFigures(app, cohort.id),
    // Behaviour observed by supervisors, beside the self-reported status (lib/supervisor-report.js).
    observed: require("./supervisor-report.js").observedBehaviour(app, cohort),
  };
}

/**
 * The raw figures of the report's "level by level" section, which works out what they support
 * (src/lib/results-report.ts): learning activities done (how many participants, never who or how well),
 * the cohort's result measures with their values, and the isolation estimates of the follow-ups from
 * day 45 on, each participant's latest, without names, with how many were asked.
 */
function levelFigures(app, cohort) {
  const c = { c: cohort.id };
  const exercises = rows(
    app,
    { exercise: "", participants: 0 },
    `SELECT exercise, COUNT(DISTINCT participant) AS participants FROM exercise_results WHERE cohort = {:c}
     GROUP BY exercise ORDER BY exercise`,
    c,
  );
  // Values and baselines read as text: a model's zero value 0 types its column as an integer, and 3.6
  // would not fit (these are the only fractional numbers the report reads).
  const values = rows(
    app,
    { measure: "", measuredOn: "", value: "" },
    `SELECT v.measure AS measure, v.measuredOn AS measuredOn, CAST(v.value AS TEXT) AS value FROM result_values v
     JOIN result_measures m ON m.id = v.measure WHERE m.cohort = {:c} ORDER BY v.measuredOn`,
    c,
  ).map((v) => ({ ...v, value: Number(v.value) }));
  const results = rows(
    app,
    { id: "", name: "", unit: "", direction: "", baseline: "", baselineOn: "", modules: "" },
    `SELECT id, name, unit, direction, CAST(baseline AS TEXT) AS baseline, baselineOn, modules FROM result_measures
     WHERE cohort = {:c} ORDER BY created`,
    c,
  ).map((m) => ({
    ...m,
    baseline: Number(m.baseline),
    modules: m.modules ? m.modules.split(",") : [],
    values: values.filter((v) => v.measure === m.id).map(({ measuredOn, value }) => ({ measuredOn, value })),
  }));
  // Each participant's latest estimate (a participant answers at day 45 and again at 90, maybe for
  // several commitments); hidden commitments are left out as everywhere in the report.
  const answers = rows(
    app,
    { share: 0, sure: 0 },
    `SELECT ch.isolationShare AS share, ch.isolationSure AS sure FROM checkins ch
     JOIN commitments k ON k.id = ch.commitment
     WHERE k.cohort = {:c} AND k.hidden = FALSE AND ch.isolationGiven = TRUE
       AND ch.created = (SELECT MAX(c2.created) FROM checkins c2 JOIN commitments k2 ON k2.id = c2.commitment
                         WHERE k2.participant = k.participant AND k2.hidden = FALSE AND c2.isolationGiven = TRUE)
     GROUP BY k.participant`,
    c,
  );
  const asked = scalar(
    app,
    `SELECT COUNT(DISTINCT participant) AS n FROM followups
     WHERE cohort = {:c} AND kind = 'round' AND state = 'sent' AND round >= {:from}`,
    { c: cohort.id, from: ISOLATION_FROM_DAY },
  );
  return { exercises, results, isolation: { answers, asked } };
}

/** The name the report is signed with: the cohort's trainer's, or their email when the account has none. */
function trainerName(app, cohort) {
  const trainer = findOrNull(() => app.findRecordById("trainers", cohort.getString("trainer")));
  return trainer ? trainer.getString("name") || trainer.email() : "";
}

module.exports = { cohortReport };
