// Keeps a commitment's status at its latest check-in.

/** Moves the check-in's commitment to the check-in's status, if it is not there already. */
function followCheckin(app, checkin) {
  const commitment = app.findRecordById("commitments", checkin.getString("commitment"));
  if (commitment.getString("status") !== checkin.getString("status")) {
    commitment.set("status", checkin.getString("status"));
    app.save(commitment); // a model save: it does not run the commitments request hook, so no loop
  }
}

module.exports = { followCheckin };
