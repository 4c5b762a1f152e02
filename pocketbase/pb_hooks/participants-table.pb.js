/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/cohorts/{id}/participants?q=&module=&status=&kind=&sort=: the trainer's table.

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/participants",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { participantTable } = require(`${__hooks}/lib/participant-table.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    const query = {};
    for (const key of ["q", "module", "status", "kind", "sort"]) query[key] = e.request.url.query().get(key);
    return e.json(200, participantTable(e.app, cohort, query));
  },
  $apis.requireAuth("trainers"),
);
