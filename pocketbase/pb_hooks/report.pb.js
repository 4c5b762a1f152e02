/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/cohorts/{id}/report: the data of the printable cohort report (trainer only).

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/report",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortReport } = require(`${__hooks}/lib/cohort-report.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    return e.json(200, cohortReport(e.app, cohort, new Date()));
  },
  $apis.requireAuth("trainers"),
);
