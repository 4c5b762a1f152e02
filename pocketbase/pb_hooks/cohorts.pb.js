/// <reference path="../../pb_data/types.d.ts" />
// Cohorts: the server makes the join code and the default follow-up schedule, and checks both.
// (Each handler runs isolated, so shared code is required inside it; see ../shared/POCKETBASE.md.)

onRecordCreate((e) => {
  const { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } = require(`${__hooks}/lib/join-code.js`);
  const { DEFAULT_FOLLOW_UP_DAYS } = require(`${__hooks}/lib/follow-up-days.js`);
  if (!e.record.getString("joinCode")) {
    // Collisions are rare (31^6 codes); the unique index is the final guard.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = $security.randomStringWithAlphabet(JOIN_CODE_LENGTH, JOIN_CODE_ALPHABET);
      if (e.app.countRecords("cohorts", $dbx.hashExp({ joinCode: code })) === 0) {
        e.record.set("joinCode", code);
        break;
      }
    }
  }
  const days = e.record.get("followUpDays");
  if (days == null || String(days) === "" || String(days) === "null") {
    e.record.set("followUpDays", DEFAULT_FOLLOW_UP_DAYS);
  }
  e.next();
}, "cohorts");

onRecordValidate((e) => {
  const { followUpDaysProblem } = require(`${__hooks}/lib/follow-up-days.js`);
  const { throwFieldErrors } = require(`${__hooks}/lib/api-errors.js`);
  const errors = {};
  const raw = e.record.get("followUpDays");
  const days = raw == null ? null : JSON.parse(toString(raw) || "null");
  if (days !== null && followUpDaysProblem(days)) errors.followUpDays = "jiannuo_follow_up_days";
  const startsOn = e.record.getDateTime("startsOn");
  const endsOn = e.record.getDateTime("endsOn");
  if (!startsOn.isZero() && !endsOn.isZero() && endsOn.before(startsOn)) errors.endsOn = "jiannuo_dates_order";
  if (Object.keys(errors).length) throwFieldErrors(errors);
  e.next();
}, "cohorts");
