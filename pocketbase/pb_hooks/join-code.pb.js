/// <reference path="../../pb_data/types.d.ts" />
// POST /api/jiannuo/cohorts/{id}/join-code: a new join code for the trainer's cohort (e.g. after the
// old one was shared too widely). Participants who already joined stay in.

routerAdd(
  "POST",
  "/api/jiannuo/cohorts/{id}/join-code",
  (e) => {
    const { ownedCohort } = require(`${__hooks}/lib/trainer-cohort.js`);
    const { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } = require(`${__hooks}/lib/join-code.js`);
    const cohort = ownedCohort(e.app, e.auth, e.request.pathValue("id"));
    const old = cohort.getString("joinCode");
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = $security.randomStringWithAlphabet(JOIN_CODE_LENGTH, JOIN_CODE_ALPHABET);
      if (code !== old && e.app.countRecords("cohorts", $dbx.hashExp({ joinCode: code })) === 0) {
        cohort.set("joinCode", code);
        e.app.save(cohort);
        return e.json(200, { joinCode: code });
      }
    }
    throw new ApiError(503, "Could not find a free join code; try again.");
  },
  $apis.requireAuth("trainers"),
);
