// A cohort's server-made fields (the join code, the default follow-up schedule) and its checks.
const { throwFieldErrors } = require("./api-errors.js");
const { freeJoinCode } = require("./join-code.js");
const { DEFAULT_FOLLOW_UP_DAYS, followUpDaysProblem } = require("./pure/follow-up-days.js");

/** Places of a new cohort when the trainer sets none: a workshop room, with spares. The most is 300 (the schema's max). */
const DEFAULT_CAPACITY = 60;

/** Fills in what a new cohort leaves empty: its join code, its follow-up schedule and its capacity. */
function fillCohortDefaults(app, record) {
  if (!record.getString("joinCode")) {
    const code = freeJoinCode(app, "");
    if (code) record.set("joinCode", code);
  }
  const days = record.get("followUpDays");
  if (days == null || String(days) === "" || String(days) === "null")
    record.set("followUpDays", DEFAULT_FOLLOW_UP_DAYS);
  if (!record.getInt("capacity")) record.set("capacity", DEFAULT_CAPACITY);
}

/** How many participants the cohort's join code admits (lib/join.js). */
function capacityOf(cohort) {
  return cohort.getInt("capacity") || DEFAULT_CAPACITY;
}

/** Throws the cohort's field errors: a follow-up schedule out of bounds, a last day before the first. */
function checkCohort(record) {
  const errors = {};
  const raw = record.get("followUpDays");
  const days = raw == null ? null : JSON.parse(toString(raw) || "null");
  if (days !== null && followUpDaysProblem(days)) errors.followUpDays = "jiannuo_follow_up_days";
  const startsOn = record.getDateTime("startsOn");
  const endsOn = record.getDateTime("endsOn");
  if (!startsOn.isZero() && !endsOn.isZero() && endsOn.before(startsOn)) errors.endsOn = "jiannuo_dates_order";
  if (Object.keys(errors).length) throwFieldErrors(errors);
}

/** Unhides the cohort's join code in an API answer when `auth` is the cohort's own trainer. */
function showJoinCodeToItsTrainer(cohort, auth) {
  if (auth && auth.collection().name === "trainers" && cohort.getString("trainer") === auth.id)
    cohort.unhide("joinCode");
}

/** What a participant's session and the trainer's screens show of a cohort (never its join code). */
function cohortInfo(cohort) {
  return {
    id: cohort.id,
    name: cohort.getString("name"),
    organization: cohort.getString("organization"),
    locale: cohort.getString("locale"),
  };
}

module.exports = {
  capacityOf,
  checkCohort,
  cohortInfo,
  fillCohortDefaults,
  showJoinCodeToItsTrainer,
  DEFAULT_CAPACITY,
};
