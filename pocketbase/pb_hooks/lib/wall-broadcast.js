// The wall on every tablet: each change of a wall card goes out as one custom realtime message on the
// topic `jiannuo_wall/<cohortId>`, to the connections subscribed to it whose signed-in record may see
// that wall: a participant whose own `cohort` is that cohort, or the cohort's trainer. PocketBase's own
// record events would check the cards' rule with one database query per subscriber per event; here the
// check is a comparison with the connection's auth record (PocketBase keeps it current when the record
// changes or is deleted), and the event costs at most one query (the count of a covered wall).
// Messages (JSON), in the shape of a record event where they carry a card:
//   {action: "create" | "update", record: card}   a card as the wall shows it (TABLET_FIELDS)
//   {action: "delete", record: {id}}              the card leaves the wall (hidden, private, deleted)
//   {action: "covered", count}                    the trainer covers the wall: participants get the count only
//   {action: "room", room, count}                 the cohort changed (cover, names, title): reload if it matters
// The trainer's connections get every card in full, covered or not.

const TOPIC_PREFIX = "jiannuo_wall/";

/** What a tablet gets of a card: no participant id, no trainer id. */
const TABLET_FIELDS = ["id", "cohort", "module", "action", "trigger", "name", "posted", "updated"];

/** The room's settings a tablet needs: its title and whether the wall is covered or shows names. */
function roomOf(cohort) {
  return {
    name: cohort.getString("name"),
    wallHidden: cohort.getBool("wallHidden"),
    showNamesOnWall: cohort.getBool("showNamesOnWall"),
  };
}

function tabletCard(card) {
  const out = {};
  for (const field of TABLET_FIELDS) out[field] = card.getString(field);
  return out;
}

/** How many cards the cohort's wall holds (what a covered wall shows). */
function cardCount(app, cohortId) {
  const row = new DynamicModel({ n: 0 });
  app
    .db()
    .newQuery("SELECT COUNT(*) AS n FROM wall_cards WHERE cohort = {:cohort}")
    .bind({ cohort: cohortId })
    .one(row);
  return row.n;
}

/**
 * Sends `forRoom` to the cohort's participants and `forTrainer` to its trainer, among the connections
 * subscribed to the cohort's topic (either may be null: nothing for them).
 */
function sendToWall(app, cohortId, trainerId, forRoom, forTrainer) {
  const topic = TOPIC_PREFIX + cohortId;
  const message = (data) => data && new SubscriptionMessage({ name: topic, data: JSON.stringify(data) });
  const roomMessage = message(forRoom);
  const trainerMessage = message(forTrainer);
  const clients = app.subscriptionsBroker().clients();
  for (const id in clients) {
    const client = clients[id];
    if (!client.hasSubscription(topic)) continue;
    const auth = client.get("auth");
    if (!auth) continue;
    const kind = auth.collection().name;
    if (kind === "participants" && auth.getString("cohort") === cohortId) {
      if (roomMessage) client.send(roomMessage);
    } else if (kind === "trainers" && auth.id === trainerId && trainerMessage) {
      client.send(trainerMessage);
    }
  }
}

/** Announces a card's create, update or delete (after it is committed) to its cohort's wall. */
function broadcastCard(app, action, card) {
  const cohortId = card.getString("cohort");
  const full = action === "delete" ? { action, record: { id: card.id } } : { action, record: tabletCard(card) };
  let forRoom = full;
  // Covered: the room learns how many cards there are, nothing of what they say. An edit changes no count.
  if (!card.getBool("shown"))
    forRoom = action === "update" ? null : { action: "covered", count: cardCount(app, cohortId) };
  sendToWall(app, cohortId, card.getString("trainer"), forRoom, full);
}

/**
 * Announces the cohort's room settings after any change of the cohort (a page turned too: the message is
 * small and needs no query unless the wall is covered); a tablet reloads its cards only when the cover or
 * the names changed.
 */
function broadcastRoom(app, cohort) {
  const room = roomOf(cohort);
  const data = { action: "room", room, count: room.wallHidden ? cardCount(app, cohort.id) : null };
  sendToWall(app, cohort.id, cohort.getString("trainer"), data, data);
}

/** What a participant's tablet loads when it opens the wall: the room and, when covered, the count. */
function wallRoomFor(app, participant) {
  const cohort = app.findRecordById("cohorts", participant.getString("cohort"));
  const room = roomOf(cohort);
  return { cohort: cohort.id, room, count: room.wallHidden ? cardCount(app, cohort.id) : null };
}

module.exports = { broadcastCard, broadcastRoom, wallRoomFor, TOPIC_PREFIX };
