// Keeps the wall_cards collection (see its migration, 1764001420_wall_cards.js) in step with the
// commitments: a card for each commitment shared with the cohort and not hidden, with what the wall
// shows and no more. Every function here is idempotent: it writes what the card must be now, and
// writes nothing when the card already is that (so an unrelated change, like a status, sends no event).

const CARD_FIELDS = ["cohort", "trainer", "participant", "shown", "module", "action", "trigger", "name", "posted"];

/** False while older migrations run (their hooks fire before this collection exists; its migration fills it). */
function hasCards(app) {
  try {
    app.findCachedCollectionByNameOrId("wall_cards");
    return true;
  } catch (_) {
    return false;
  }
}

function findCard(app, id) {
  try {
    return app.findRecordById("wall_cards", id);
  } catch (_) {
    return null;
  }
}

/** What the card of `commitment` must hold, or null when it must have none. */
function cardFor(app, commitment) {
  if (commitment.getString("visibility") !== "cohort" || commitment.getBool("hidden")) return null;
  const cohort = app.findRecordById("cohorts", commitment.getString("cohort"));
  const participant = app.findRecordById("participants", commitment.getString("participant"));
  return {
    cohort: cohort.id,
    trainer: cohort.getString("trainer"),
    participant: participant.id,
    shown: !cohort.getBool("wallHidden"),
    module: commitment.getString("module"),
    action: commitment.getString("action"),
    trigger: commitment.getString("trigger"),
    name: cohort.getBool("showNamesOnWall") ? participant.getString("name") : "",
    posted: commitment.getString("created"),
  };
}

/** Creates, updates or removes the card of `commitment` (after it was saved). */
function syncCard(app, commitment) {
  if (!hasCards(app)) return;
  const wanted = cardFor(app, commitment);
  let card = findCard(app, commitment.id);
  if (!wanted) {
    if (card) app.delete(card);
    return;
  }
  if (!card) {
    card = new Record(app.findCachedCollectionByNameOrId("wall_cards"));
    card.set("id", commitment.id);
  } else if (CARD_FIELDS.every((field) => String(card.get(field)) === String(wanted[field]))) {
    return;
  }
  for (const field of CARD_FIELDS) card.set(field, wanted[field]);
  app.save(card);
}

/** Removes the card of a deleted commitment, if it has one. */
function dropCard(app, commitmentId) {
  if (!hasCards(app)) return;
  const card = findCard(app, commitmentId);
  if (card) app.delete(card);
}

/**
 * Follows a cohort's change to its cards: the cover (wallHidden), names on or off, another trainer.
 * One SQL statement for the whole room, so no realtime event per card: the room's tablets follow the
 * cohort's own event and load the cards again (a reveal would otherwise send every card to every tablet).
 */
function followCohort(app, cohort, original) {
  const changed = ["wallHidden", "showNamesOnWall", "trainer"].some(
    (field) => String(cohort.get(field)) !== String(original.get(field)),
  );
  if (!changed || !hasCards(app)) return;
  app
    .db()
    .newQuery(
      `UPDATE wall_cards SET shown = {:shown}, trainer = {:trainer}, updated = {:now},
        name = CASE WHEN {:names} THEN (SELECT p.name FROM participants p WHERE p.id = wall_cards.participant) ELSE '' END
      WHERE cohort = {:cohort}`,
    )
    .bind({
      shown: !cohort.getBool("wallHidden"),
      trainer: cohort.getString("trainer"),
      names: cohort.getBool("showNamesOnWall"),
      now: new DateTime().string(),
      cohort: cohort.id,
    })
    .execute();
}

/** A participant's new name goes onto their cards (where the cohort shows names). */
function followParticipant(app, participant, original) {
  if (participant.getString("name") === original.getString("name") || !hasCards(app)) return;
  const cards = app.findRecordsByFilter("wall_cards", "participant = {:p}", "", 0, 0, { p: participant.id });
  for (const card of cards) syncCard(app, app.findRecordById("commitments", card.id));
}

module.exports = { syncCard, dropCard, followCohort, followParticipant };
