/// <reference path="../../pb_data/types.d.ts" />
// The trainer's follow-up controls for one of their cohorts: preview the next follow-up as a
// participant will see it, and send the next round now. The delivery log is the `followups`
// collection itself (trainers can list their cohorts' follow-ups; tokens stay hidden).

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/followups/preview",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { followUpPreview } = require(`${__hooks}/lib/followup-preview.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    return e.json(200, followUpPreview(e.app, cohort, e.auth));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/followups/send-now",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { sendNextRoundNow } = require(`${__hooks}/lib/followup-sender.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    return e.json(200, sendNextRoundNow(e.app, cohort.id, Date.now()));
  },
  $apis.requireAuth("trainers"),
);
