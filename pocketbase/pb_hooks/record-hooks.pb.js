/// <reference path="../../pb_data/types.d.ts" />
// What happens around records, for what API rules cannot express. Each handler runs isolated, so it
// requires the shared code it needs (lib/). Record hooks must call e.next().
//   cohorts       the server makes the join code and the default follow-up schedule, and checks both;
//                 the (hidden) join code is shown to the cohort's own trainer only
//   participants  consent is stamped with the time it was given (clients cannot set these times); consent
//                 for an unconfirmed address asks for a confirmation email; a deleted one's unused address goes
//   wall_cards    each shared, unhidden commitment has a card with what the wall shows (lib/wall-cards.js);
//                 each committed change of a card or a cohort goes to that cohort's tablets (lib/wall-broadcast.js)
//   checkins      every check-in moves its commitment to its status; a status changed directly is kept as a check-in
//   reach_channels  a channel choice: the number normalised, consent and withdrawal stamped, the number
//                 dropped and what was queued stopped on withdrawal (lib/reach-choices.js)
//   exercise_results  a belonging result is exactly what the assessment records (lib/belonging-profile.js)
//   result_measures, result_values  at most three measures per cohort and 200 values per measure (lib/results.js)
//   any list      sorting by an email is for superusers only
//   written data  each field checked by its type and limits, as sent and as stored (lib/field-guard.js)
//   sign-in code  addresses: the code request finds the normalised address and is limited per address;
//                 the code email has fixed words only; a code used proves the address (lib/address-sign-in.js)

// Record API writes are checked in a router middleware, on the body as sent: PocketBase's record
// handlers convert the values (a `true` to 1, an unreadable date to none) before any record hook runs.
// After the body limit (-5, server-setup.pb.js), since it reads the body.
routerUse(
  new Middleware((e) => require(`${__hooks}/lib/field-guard.js`).checkRecordWrite(e), -4, "jiannuo_record_fields"),
);

// Every save of what people write checks the text it changes, whichever path wrote it.
onRecordValidate(
  (e) => {
    require(`${__hooks}/lib/field-guard.js`).checkStoredText(e.record);
    e.next();
  },
  ...require(`${__hooks}/lib/field-guard.js`).WRITTEN,
);

onRecordCreate((e) => {
  require(`${__hooks}/lib/cohorts.js`).fillCohortDefaults(e.app, e.record);
  e.next();
}, "cohorts");

onRecordValidate((e) => {
  require(`${__hooks}/lib/cohorts.js`).checkCohort(e.record);
  e.next();
}, "cohorts");

// joinCode is a hidden field (see its migration), so lists, views, expands and realtime events leave it
// out for everyone; enriching each answer puts it back for the trainer whose cohort it is.
onRecordEnrich((e) => {
  require(`${__hooks}/lib/cohorts.js`).showJoinCodeToItsTrainer(e.record, e.requestInfo.auth);
  e.next();
}, "cohorts");

onRecordCreate((e) => {
  require(`${__hooks}/lib/consent.js`).stampConsents(e.record, null);
  e.next();
}, "participants");

onRecordUpdate((e) => {
  const { needsConfirmation, requestConfirmation } = require(`${__hooks}/lib/addresses.js`);
  const original = e.record.original();
  require(`${__hooks}/lib/consent.js`).stampConsents(e.record, original);
  const ask = needsConfirmation(e.record, original);
  e.next();
  if (ask) requestConfirmation(e.app, e.record.getString("address"));
}, "participants");

onRecordAfterDeleteSuccess((e) => {
  require(`${__hooks}/lib/addresses.js`).forgetUnusedAddress(e.app, e.record.getString("address"));
  e.next();
}, "participants");

onRecordCreate((e) => {
  require(`${__hooks}/lib/results.js`).checkMeasureLimit(e.app, e.record);
  e.next();
}, "result_measures");

onRecordCreate((e) => {
  require(`${__hooks}/lib/results.js`).checkValueLimit(e.app, e.record);
  e.next();
}, "result_values");

onRecordValidate((e) => {
  require(`${__hooks}/lib/belonging-profile.js`).checkBelongingResult(e.record);
  e.next();
}, "exercise_results");

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
  require(`${__hooks}/lib/status-history.js`).keepStatusChange(e.app, e.record, before);
}, "commitments");

// PocketBase hides emails whose owner did not make them visible, but still lets a list be SORTED by
// them, which leaks their order (a trainer joining with chosen addresses could bisect a participant's
// email). Only superusers may sort by an email, directly or through a relation.
onRecordsListRequest((e) => {
  const { sortsByEmail } = require(`${__hooks}/lib/pure/email-sort.js`);
  const { throwFieldError } = require(`${__hooks}/lib/api-errors.js`);
  if (!e.hasSuperuserAuth() && sortsByEmail(e.requestInfo().query["sort"]))
    throwFieldError(400, "sort", "jiannuo_sort_not_allowed");
  e.next();
});

onRecordRequestOTPRequest((e) => require(`${__hooks}/lib/address-sign-in.js`).beforeCodeRequest(e), "addresses");

onMailerRecordOTPSend((e) => {
  const { codeMailLocale } = require(`${__hooks}/lib/address-sign-in.js`);
  const { otpMail } = require(`${__hooks}/lib/pure/otp-mail.js`);
  const mail = otpMail(codeMailLocale(e.app, e.record), e.meta.password);
  e.message.subject = mail.subject;
  e.message.html = mail.html;
  e.message.text = mail.text;
  e.next();
}, "addresses");

onRecordAuthWithOTPRequest((e) => {
  e.next();
  require(`${__hooks}/lib/addresses.js`).markAddressProven(e.app, e.record.id);
}, "addresses");

// reach_channels: the number checked and normalised as sent; consent and withdrawal stamped by the
// server on every save; a withdrawal stops what was queued for that channel (lib/reach-choices.js).
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/reach-choices.js`).checkChoiceRequest(e.record);
  e.next();
}, "reach_channels");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/reach-choices.js`).checkChoiceRequest(e.record);
  e.next();
}, "reach_channels");

onRecordCreate((e) => {
  require(`${__hooks}/lib/reach-choices.js`).stampChoice(e.record, null);
  e.next();
}, "reach_channels");

onRecordUpdate((e) => {
  const { stampChoice, stopQueued } = require(`${__hooks}/lib/reach-choices.js`);
  stampChoice(e.record, e.record.original());
  e.next();
  if (!e.record.getBool("consent")) stopQueued(e.app, e.record.getString("participant"), e.record.getString("channel"));
}, "reach_channels");

onRecordAfterDeleteSuccess((e) => {
  require(`${__hooks}/lib/reach-choices.js`).stopQueued(
    e.app,
    e.record.getString("participant"),
    e.record.getString("channel"),
  );
  e.next();
}, "reach_channels");
// The wall's cards follow every save of a commitment, whichever path made it (the API, a check-in, a
// hook), inside the same transaction; a cohort's cover or names and a participant's name follow too.
onRecordCreate((e) => {
  e.next();
  require(`${__hooks}/lib/wall-cards.js`).syncCard(e.app, e.record);
}, "commitments");

onRecordUpdate((e) => {
  e.next();
  require(`${__hooks}/lib/wall-cards.js`).syncCard(e.app, e.record);
}, "commitments");

onRecordDelete((e) => {
  e.next();
  require(`${__hooks}/lib/wall-cards.js`).dropCard(e.app, e.record.id);
}, "commitments");

onRecordUpdate((e) => {
  const original = e.record.original();
  e.next();
  require(`${__hooks}/lib/wall-cards.js`).followCohort(e.app, e.record, original);
}, "cohorts");

onRecordUpdate((e) => {
  const original = e.record.original();
  e.next();
  require(`${__hooks}/lib/wall-cards.js`).followParticipant(e.app, e.record, original);
}, "participants");

// The wall on every tablet: each committed change of a card, and of a cohort's room settings, goes out on
// the cohort's own topic to the participants and trainer who may see it (lib/wall-broadcast.js).
onRecordAfterCreateSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/wall-broadcast.js`).broadcastCard(e.app, "create", e.record);
}, "wall_cards");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/wall-broadcast.js`).broadcastCard(e.app, "update", e.record);
}, "wall_cards");

onRecordAfterDeleteSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/wall-broadcast.js`).broadcastCard(e.app, "delete", e.record);
}, "wall_cards");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/wall-broadcast.js`).broadcastRoom(e.app, e.record);
}, "cohorts");
