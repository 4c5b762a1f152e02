// Gathers one participant's data for their own export.
const { emailOf } = require("./addresses.js");

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
  };
}

module.exports = { exportParticipant };
