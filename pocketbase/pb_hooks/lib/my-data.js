// Gathers one participant's data for their own export.
const { emailOf } = require("./addresses.js");
const { rows } = require("./db.js");

/** Plain fields of a record, without PocketBase's bookkeeping and hidden fields. */
function plain(record, skip) {
  const out = {};
  const data = JSON.parse(JSON.stringify(record));
  for (const key of Object.keys(data)) {
    if (key === "collectionId" || key === "collectionName" || (skip && skip.indexOf(key) >= 0)) continue;
    out[key] = data[key];
  }
  return out;
}

/** The participant's buddy membership and consent, what they said and saw, what was said to them, their nudges. */
function buddyData(app, id) {
  const { findOrNull } = require("./db.js");
  const find = (collection, filter) => app.findRecordsByFilter(collection, filter, "created", 0, 0, { p: id });
  const member = findOrNull(() => app.findFirstRecordByData("buddy_members", "participant", id));
  return {
    membership: member ? plain(member, ["participant", "cohort"]) : null,
    encouragementsGiven: find("buddy_encouragements", "from = {:p}").map((r) => plain(r, ["from", "cohort"])),
    encouragementsReceived: find("buddy_encouragements", "to = {:p}").map((r) => plain(r, ["to", "cohort"])),
    observationsGiven: find("buddy_observations", "from = {:p}").map((r) => plain(r, ["from", "cohort"])),
    nudges: find("buddy_nudges", "participant = {:p}").map((r) => plain(r, ["participant", "cohort", "lastError"])),
  };
}

/** Everything stored about `participant`, grouped by kind. */
function exportParticipant(app, participant) {
  const me = app.findRecordById("participants", participant.id);
  const cohort = app.findRecordById("cohorts", me.getString("cohort"));
  const commitments = app.findRecordsByFilter("commitments", "participant = {:p}", "created", 0, 0, { p: me.id });
  const checkins = app.findRecordsByFilter("checkins", "commitment.participant = {:p}", "created", 0, 0, { p: me.id });
  const exercises = app.findRecordsByFilter("exercise_results", "participant = {:p}", "created", 0, 0, { p: me.id });
  const channels = app.findRecordsByFilter("reach_channels", "participant = {:p}", "created", 0, 0, { p: me.id });
  return {
    exportedAt: new Date().toISOString(),
    // The email they gave, not what its address holds (whoever joined may not be its owner).
    participant: {
      ...plain(me, ["verified", "emailVisibility", "email"]),
      email: emailOf(app, me.getString("address")),
    },
    cohort: { id: cohort.id, name: cohort.getString("name"), organization: cohort.getString("organization") },
    commitments: commitments.map((r) => plain(r, ["participant", "cohort", "hidden"])),
    checkins: checkins.map((r) => plain(r)),
    exerciseResults: exercises.map((r) => plain(r, ["participant", "cohort"])),
    // The channels chosen beyond email, with their number while consent lasts and when it was given or withdrawn.
    channels: channels.map((r) => plain(r, ["participant"])),
    buddies: buddyData(app, me.id),
    // The supervisors named or proposed, every consent per commitment with its times, and what they noted.
    supervisors: supervisorsOf(app, me.id),
  };
}

/** The participant's supervisor links (withdrawn ones too), each with its consents and the supervisor's marks. */
function supervisorsOf(app, participantId) {
  const p = { p: participantId };
  const links = rows(
    app,
    { id: "", name: "", contact: "", channel: "", state: "", proposedBy: "", created: "", withdrawnAt: "" },
    `SELECT l.id, l.name, s.contact, s.channel, l.state, l.proposedBy, l.created, l.withdrawnAt FROM supervisor_links l
     JOIN supervisors s ON s.id = l.supervisor WHERE l.participant = {:p} ORDER BY l.created`,
    p,
  );
  const shares = rows(
    app,
    { link: "", commitment: "", consent: false, consentAt: "", withdrawnAt: "" },
    `SELECT sh.link, sh.commitment, sh.consent, sh.consentAt, sh.withdrawnAt FROM supervisor_shares sh
     JOIN supervisor_links l ON l.id = sh.link WHERE l.participant = {:p} ORDER BY sh.created`,
    p,
  );
  const marks = rows(
    app,
    { link: "", commitment: "", kind: "", week: "", note: "", updated: "" },
    `SELECT m.link, m.commitment, m.kind, m.week, m.note, m.updated FROM supervisor_marks m
     JOIN supervisor_links l ON l.id = m.link WHERE l.participant = {:p} ORDER BY m.created`,
    p,
  );
  const of = (list, id) => list.filter((r) => r.link === id).map(({ link: _link, ...r }) => r);
  return links.map((l) => ({ ...l, consents: of(shares, l.id), marks: of(marks, l.id) }));
}

module.exports = { exportParticipant };
