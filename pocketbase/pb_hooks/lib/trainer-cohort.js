// Finds a cohort for the trainer who owns it. Anyone else gets 404, as if it did not exist.

/** The cohort with `id` if `auth` is the trainer who owns it; throws NotFoundError otherwise. */
function ownedCohort(app, auth, id) {
  if (!auth || auth.collection().name !== "trainers") throw new NotFoundError("Cohort not found.");
  let cohort;
  try {
    cohort = app.findRecordById("cohorts", id);
  } catch (_) {
    throw new NotFoundError("Cohort not found.");
  }
  if (cohort.getString("trainer") !== auth.id) throw new NotFoundError("Cohort not found.");
  return cohort;
}

module.exports = { ownedCohort };
