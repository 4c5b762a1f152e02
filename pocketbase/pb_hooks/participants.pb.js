/// <reference path="../../pb_data/types.d.ts" />
// Consent is recorded with the time it was given; withdrawing it clears that time. Clients cannot
// set these times themselves (the update rule refuses them).

onRecordCreate((e) => {
  require(`${__hooks}/lib/consent.js`).stampConsents(e.record, null);
  e.next();
}, "participants");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/consent.js`).stampConsents(e.record, e.record.original());
  e.next();
}, "participants");
