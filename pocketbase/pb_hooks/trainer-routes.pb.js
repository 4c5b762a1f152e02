/// <reference path="../../pb_data/types.d.ts" />
// Routes for a trainer's own cohorts; any other caller gets 404, as if the cohort did not exist
// (lib/trainer-cohort.js). Each handler runs isolated, so it requires the shared code it needs.
//   GET  /api/jiannuo/cohorts/{id}/dashboard            the cohort's figures, aggregated in the database
//   GET  /api/jiannuo/cohorts/{id}/report               the printable report's data
//   GET  /api/jiannuo/cohorts/{id}/participants         the participant table (?q=&module=&status=&kind=&sort=)
//   GET  /api/jiannuo/cohorts/{id}/export.csv           CSV download (?what=commitments|checkins)
//   GET  /api/jiannuo/cohorts/{id}/followups/preview    the next follow-up as a participant will see it
//   POST /api/jiannuo/cohorts/{id}/followups/send-now   send the next round now
//   POST /api/jiannuo/cohorts/{id}/join-code            a new join code (participants who joined stay in)
//   POST /api/jiannuo/cohorts/{id}/belonging            release the belonging profile, once (lib/belonging-profile.js)
//   POST /api/jiannuo/cohorts/{id}/channels/test        send me a test message through a channel (lib/channels/routes.js)
//   GET  /api/jiannuo/cohorts/{id}/channels             per channel: sent, failed by reason, answered; previews (lib/channel-stats.js)
//   GET  /api/jiannuo/cohorts/{id}/robots               the cohort's group robots, as their last characters
//   POST /api/jiannuo/cohorts/{id}/robots               set or remove one (lib/cohort-robots.js)
//   POST /api/jiannuo/cohorts/{id}/participants/{participant}/rejoin   a single-use re-join link (lib/rejoin.js)
//   GET  /api/jiannuo/cohorts/{id}/buddies              the buddy pairs and who is in none (lib/buddies.js)
//   POST /api/jiannuo/cohorts/{id}/buddies/random       pair everyone in no pair at random (odd: one triad)
//   POST /api/jiannuo/cohorts/{id}/buddies/move         move a participant to another pair, a new one or none
//   POST /api/jiannuo/results/import                    a result measure's values from CSV, all rows or none (lib/results.js)
//   POST /api/jiannuo/supervisors/propose               propose supervisors from a list; shares nothing (lib/supervisors.js)
//   GET  /api/jiannuo/cohorts/{id}/supervisors          how many links are proposed, active, withdrawn; commitments shared
// The follow-up delivery log is the `followups` collection itself (trainers list their cohorts'; tokens stay hidden).

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/dashboard",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortDashboard } = require(`${__hooks}/lib/dashboard.js`);
    const cohort = ownedCohort(e);
    return e.json(200, cohortDashboard(e.app, cohort, new Date()));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/report",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortReport } = require(`${__hooks}/lib/cohort-report.js`);
    const cohort = ownedCohort(e);
    return e.json(200, cohortReport(e.app, cohort, new Date()));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/participants",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { participantTable } = require(`${__hooks}/lib/participant-table.js`);
    const cohort = ownedCohort(e);
    const query = {};
    for (const key of ["q", "module", "status", "kind", "sort"]) query[key] = e.request.url.query().get(key);
    return e.json(200, participantTable(e.app, cohort, query));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/export.csv",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { exportFile } = require(`${__hooks}/lib/cohort-export.js`);
    const cohort = ownedCohort(e);
    const file = exportFile(e.app, cohort, e.request.url.query().get("what"));
    e.response.header().set("Content-Disposition", `attachment; filename="${file.name}"`);
    return e.blob(200, "text/csv; charset=utf-8", file.csv);
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/followups/preview",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { followUpPreview } = require(`${__hooks}/lib/followup-preview.js`);
    const cohort = ownedCohort(e);
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
    const cohort = ownedCohort(e);
    return e.json(200, sendNextRoundNow(e.app, cohort.id, Date.now()));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/join-code",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { renewJoinCode } = require(`${__hooks}/lib/join-code.js`);
    const cohort = ownedCohort(e);
    return e.json(200, { joinCode: renewJoinCode(e.app, cohort) });
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/belonging",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { releaseBelonging } = require(`${__hooks}/lib/belonging-profile.js`);
    const cohort = ownedCohort(e);
    return e.json(200, releaseBelonging(e.app, cohort.id));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/channels/test",
  (e) => e.json(200, require(`${__hooks}/lib/channels/routes.js`).trainerTest(e)),
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/channels",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortChannels } = require(`${__hooks}/lib/channel-stats.js`);
    const cohort = ownedCohort(e);
    return e.json(200, cohortChannels(e.app, cohort, e.auth, Date.now()));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/participants/{participant}/rejoin",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { createRejoinLink } = require(`${__hooks}/lib/rejoin.js`);
    const cohort = ownedCohort(e);
    return e.json(200, createRejoinLink(e.app, cohort, e.auth, e.request.pathValue("participant")));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/robots",
  (e) => e.json(200, require(`${__hooks}/lib/cohort-robots.js`).cohortRobots(e)),
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/robots",
  (e) => e.json(200, require(`${__hooks}/lib/cohort-robots.js`).setCohortRobot(e)),
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/results/import",
  (e) => e.json(200, require(`${__hooks}/lib/results.js`).importResultValues(e)),
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/buddies",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    return e.json(200, require(`${__hooks}/lib/buddies.js`).trainerBuddies(e.app, ownedCohort(e)));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/buddies/random",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    return e.json(200, require(`${__hooks}/lib/buddies.js`).pairCohortAtRandom(e.app, ownedCohort(e)));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/buddies/move",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    const cohort = ownedCohort(e);
    return e.json(200, require(`${__hooks}/lib/buddies.js`).moveBuddy(e.app, cohort, requestBody(e, "")));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "POST",
  "/api/jiannuo/supervisors/propose",
  (e) => {
    const { proposeSupervisors } = require(`${__hooks}/lib/supervisors.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    return e.json(200, proposeSupervisors(e, requestBody(e, "")));
  },
  $apis.requireAuth("trainers"),
);

routerAdd(
  "GET",
  "/api/jiannuo/cohorts/{id}/supervisors",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { cohortSupervisorCounts } = require(`${__hooks}/lib/supervisors.js`);
    return e.json(200, cohortSupervisorCounts(e.app, ownedCohort(e).id));
  },
  $apis.requireAuth("trainers"),
);
