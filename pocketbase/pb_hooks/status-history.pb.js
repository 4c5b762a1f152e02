/// <reference path="../../pb_data/types.d.ts" />
// A commitment's status and its check-ins tell one story: every check-in (from the app or a follow-up
// email) moves the commitment to its status, and a status changed directly through the API is kept
// as a check-in too, so the follow-through over the weeks can be read from check-ins alone.

onRecordAfterCreateSuccess((e) => {
  require(`${__hooks}/lib/status-history.js`).followCheckin(e.app, e.record);
  e.next();
}, "checkins");

// A corrected answer (a second click in a follow-up email) moves the status too.
onRecordAfterUpdateSuccess((e) => {
  require(`${__hooks}/lib/status-history.js`).followCheckin(e.app, e.record);
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
