// Finds a cohort for the trainer who owns it. Anyone else gets 404, as if it did not exist.
const { throwNotFound } = require("./api-errors.js");
const { findOrNull } = require("./db.js");

/** The cohort of the route's `{id}` if the signed-in trainer owns it; throws a 404 otherwise. */
function ownedCohort(e) {
  const { app, auth } = e;
  const id = e.request.pathValue("id");
  if (!auth || auth.collection().name !== "trainers") throwNotFound("Cohort not found.");
  const cohort = findOrNull(() => app.findRecordById("cohorts", id));
  if (!cohort || cohort.getString("trainer") !== auth.id) throwNotFound("Cohort not found.");
  return cohort;
}

module.exports = { ownedCohort };
