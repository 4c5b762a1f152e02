// Finds a cohort for the trainer who owns it. Anyone else gets 404, as if it did not exist.
const { throwNotFound } = require("./api-errors.js");

/** The cohort with `id` if `auth` is the trainer who owns it; throws a 404 otherwise. */
function ownedCohort(app, auth, id) {
  if (!auth || auth.collection().name !== "trainers") throwNotFound("Cohort not found.");
  let cohort;
  try {
    cohort = app.findRecordById("cohorts", id);
  } catch (_) {
    throwNotFound("Cohort not found.");
  }
  if (cohort.getString("trainer") !== auth.id) throwNotFound("Cohort not found.");
  return cohort;
}

module.exports = { ownedCohort };
