// A commitment's status and its check-ins tell one story: every check-in (from the app or a follow-up
// email) moves the commitment to its status, and a status changed directly through the API is kept
// as a check-in too, so the follow-through over the weeks can be read from check-ins alone.

/** Moves the check-in's commitment to the check-in's status, if it is not there already. */
function followCheckin(app, checkin) {
  const commitment = app.findRecordById("commitments", checkin.getString("commitment"));
  if (commitment.getString("status") !== checkin.getString("status")) {
    commitment.set("status", checkin.getString("status"));
    app.save(commitment); // a model save: it does not run the commitments request hook, so no loop
  }
}

/** Keeps a status the app changed on the commitment (from `before`) as a check-in from the app. */
function keepStatusChange(app, commitment, before) {
  const after = commitment.getString("status");
  if (after === before) return;
  const checkin = new Record(app.findCachedCollectionByNameOrId("checkins"));
  checkin.set("commitment", commitment.id);
  checkin.set("status", after);
  checkin.set("source", "app");
  app.save(checkin);
}

module.exports = { followCheckin, keepStatusChange };
