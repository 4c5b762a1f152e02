/// <reference path="../../pb_data/types.d.ts" />
// A commitment's status and its check-ins tell one story: every check-in (from the app or a follow-up
// email) moves the commitment to its status, and a status changed directly through the API is kept
// as a check-in too, so the follow-through over the weeks can be read from check-ins alone.

onRecordAfterCreateSuccess((e) => {
  const commitment = e.app.findRecordById("commitments", e.record.getString("commitment"));
  if (commitment.getString("status") !== e.record.getString("status")) {
    commitment.set("status", e.record.getString("status"));
    e.app.save(commitment); // a model save: it does not run the request hook below, so no loop
  }
  e.next();
}, "checkins");

onRecordUpdateRequest((e) => {
  const before = e.record.original().getString("status");
  e.next();
  const after = e.record.getString("status");
  if (after !== before) {
    const checkin = new Record(e.app.findCachedCollectionByNameOrId("checkins"));
    checkin.set("commitment", e.record.id);
    checkin.set("status", after);
    checkin.set("source", "app");
    e.app.save(checkin);
  }
}, "commitments");
