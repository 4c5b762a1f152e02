/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/cohorts/{id}/dashboard: the cohort's figures, aggregated in the database, for the
// trainer who owns it (anyone else: 404).

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/dashboard",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortDashboard } = require(`${__hooks}/lib/dashboard.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    return e.json(200, cohortDashboard(e.app, cohort, new Date()));
  },
  $apis.requireAuth("trainers"),
);
