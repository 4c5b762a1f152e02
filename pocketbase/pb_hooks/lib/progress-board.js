// The cohort's progress board (README "Who sees what"): on when the trainer switched it on for the
// cohort (cohorts.boardOn); on it, only the participants who opted in (participants.boardAt), each with
// their name, when they last checked in and how many of their commitments are at each status. Only
// commitments shared with the cohort and not hidden count; never a commitment's words, never a note.
// Only a participant who is on the board reads it.
const { throwFieldErrors } = require("./api-errors.js");
const { rows } = require("./db.js");
const { pbDate } = require("./pure/pb-date.js");

const SHARED = "k.visibility = 'cohort' AND k.hidden = FALSE";

/** The board as the signed-in participant may see it. */
function myBoard(app, auth) {
  const cohort = app.findRecordById("cohorts", auth.getString("cohort"));
  const me = app.findRecordById("participants", auth.id);
  const on = cohort.getBool("boardOn");
  const optedIn = !!me.getString("boardAt");
  if (!on || !optedIn) return { on, optedIn, people: [] };
  const people = rows(
    app,
    { id: "", name: "", lastCheckinAt: "" },
    `SELECT p.id, p.name, COALESCE((SELECT MAX(ch.created) FROM checkins ch JOIN commitments k ON k.id = ch.commitment
       WHERE k.participant = p.id AND ${SHARED}), '') AS lastCheckinAt
     FROM participants p WHERE p.cohort = {:c} AND p.boardAt != '' ORDER BY lastCheckinAt DESC, p.name, p.id`,
    { c: cohort.id },
  );
  const counts = rows(
    app,
    { participant: "", status: "", count: 0 },
    `SELECT k.participant, k.status, COUNT(*) AS count FROM commitments k JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} AND p.boardAt != '' AND ${SHARED} GROUP BY k.participant, k.status`,
    { c: cohort.id },
  );
  return {
    on,
    optedIn,
    people: people.map((p) => ({
      name: p.name,
      lastCheckinAt: p.lastCheckinAt,
      statuses: counts.filter((c) => c.participant === p.id).map(({ status, count }) => ({ status, count })),
    })),
  };
}

/** One tap: on the board or off it, at once. */
function setBoardOptIn(app, auth, body) {
  if (typeof body.optIn !== "boolean") throwFieldErrors({ optIn: "jiannuo_value_invalid" });
  app
    .db()
    .newQuery("UPDATE participants SET boardAt = {:at} WHERE id = {:id}")
    .bind({ id: auth.id, at: body.optIn ? pbDate(Date.now()) : "" })
    .execute();
  return myBoard(app, auth);
}

module.exports = { myBoard, setBoardOptIn };
