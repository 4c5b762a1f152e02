/// <reference path="../../pb_data/types.d.ts" />
// POST /api/jiannuo/join: the only way into a cohort. Anyone with a valid code of an open cohort gets a
// participant session. Participants never have a password: the record gets a hash that no password
// matches, which also spares the bcrypt cost of a sign-up (a room of 300 joins at once).
// Wrong codes count against the client's address (lib/guess-limit.js); successful joins never do.

routerAdd("POST", "/api/jiannuo/join", (e) => {
  const { readJoinInput } = require(`${__hooks}/lib/join-input.js`);
  const { throwFieldErrors } = require(`${__hooks}/lib/api-errors.js`);
  const guesses = require(`${__hooks}/lib/guess-limit.js`);
  guesses.assertNotLimited(e, "join");
  const { value, errors } = readJoinInput(e.requestInfo().body);
  if (Object.keys(errors).length) throwFieldErrors(errors);

  let cohort;
  try {
    cohort = e.app.findFirstRecordByData("cohorts", "joinCode", value.code);
  } catch (_) {
    guesses.recordFailure(e, "join");
    throwFieldErrors({ code: "jiannuo_code_unknown" });
  }
  if (cohort.getBool("archived")) throwFieldErrors({ code: "jiannuo_cohort_archived" });

  const keyHash = value.joinKey ? $security.sha256(value.joinKey) : "";
  let participant = null;
  if (value.id) {
    try {
      participant = e.app.findRecordById("participants", value.id);
    } catch (_) {
      participant = null;
    }
    // A retried join (same device, lost response) gets the same participant back; anyone else does not.
    if (participant && !(participant.getString("cohort") === cohort.id && $security.equal(participant.getString("joinKeyHash"), keyHash))) {
      throwFieldErrors({ id: "jiannuo_id_conflict" });
    }
  }

  if (!participant) {
    if (value.email) {
      let taken = false;
      try {
        e.app.findAuthRecordByEmail("participants", value.email);
        taken = true;
      } catch (_) {}
      if (taken) throwFieldErrors({ email: "jiannuo_email_taken" });
    }
    participant = new Record(e.app.findCachedCollectionByNameOrId("participants"));
    if (value.id) participant.set("id", value.id);
    participant.set("cohort", cohort.id);
    participant.set("name", value.name);
    participant.set("email", value.email);
    participant.set("emailVisibility", false);
    participant.set("followUpConsent", value.followUpConsent);
    participant.set("namedInReport", value.namedInReport);
    participant.set("locale", value.locale || cohort.getString("locale"));
    participant.set("joinKeyHash", keyHash);
    const password = participant.getRaw("password");
    password.hash = "!no-password-sign-in";
    participant.setRaw("password", password);
    e.app.save(participant);
  }

  participant.ignoreEmailVisibility(true);
  return e.json(200, {
    token: participant.newAuthToken(),
    record: participant,
    cohort: {
      id: cohort.id,
      name: cohort.getString("name"),
      organization: cohort.getString("organization"),
      locale: cohort.getString("locale"),
    },
  });
});
