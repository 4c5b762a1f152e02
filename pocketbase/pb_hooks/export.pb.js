/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/cohorts/{id}/export.csv?what=commitments|checkins: the trainer's CSV download.

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/export.csv",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { commitmentRows, checkinRows } = require(`${__hooks}/lib/cohort-export.js`);
    const { toCsv } = require(`${__hooks}/lib/csv.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    const what = e.request.url.query().get("what") === "checkins" ? "checkins" : "commitments";
    const table = what === "checkins" ? checkinRows(e.app, cohort) : commitmentRows(e.app, cohort);
    const file = `jiannuo-${cohort.getString("joinCode")}-${what}.csv`;
    e.response.header().set("Content-Disposition", `attachment; filename="${file}"`);
    return e.blob(200, "text/csv; charset=utf-8", toCsv(table.header, table.rows));
  },
  $apis.requireAuth("trainers"),
);
