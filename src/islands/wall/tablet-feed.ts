// A participant's tablet follows its cohort's wall: the room from GET /api/jiannuo/wall, the cards from
// wall_cards (their rules show a participant only their own cohort's, and none while covered), then the
// broadcast on `jiannuo_wall/<cohort>` (pocketbase/pb_hooks/lib/wall-broadcast.js), through the
// participant's client. After a reconnect or a reveal the whole list comes again: cards hidden meanwhile leave.
import type { UnsubscribeFunc } from "pocketbase";
import { pb } from "../../lib/pocketbase";
import { cardAsCommitment, TABLET_CARD_FIELDS, type TabletCard, type WallCommitment } from "../../lib/wall";
import type { LiveWallFeed } from "../trainer/wall/start-live-wall";

/** What the tablet shows of its room: the title, the cover (with how many cards there are) and names. */
export interface TabletRoom {
  name: string;
  wallHidden: boolean;
  showNamesOnWall: boolean;
  /** The number of cards, sent only while the wall is covered. */
  count: number | null;
}

/** A message of the wall topic (see the server's list in lib/wall-broadcast.js). */
type WallMessage =
  | { action: "create" | "update"; record: TabletCard }
  | { action: "delete"; record: { id: string } }
  | { action: "covered"; count: number }
  | { action: "room"; room: Omit<TabletRoom, "count">; count: number | null };

const independent = { requestKey: null };

async function fetchCards(): Promise<WallCommitment[]> {
  const cards = await pb
    .collection("wall_cards")
    .getFullList<TabletCard>({ sort: "-posted", fields: TABLET_CARD_FIELDS, batch: 500, ...independent });
  return cards.map(cardAsCommitment);
}

/** The wall of the participant's cohort `cohortId`, for startLiveWall; room changes come as partial rooms. */
export function tabletWallFeed(cohortId: string): LiveWallFeed<Partial<TabletRoom>> {
  const topic = `jiannuo_wall/${cohortId}`;
  // What the cards on screen were loaded under: a change of either needs them again.
  let held: Pick<TabletRoom, "wallHidden" | "showNamesOnWall"> | null = null;
  const remember = (room: TabletRoom) => {
    held = { wallHidden: room.wallHidden, showNamesOnWall: room.showNamesOnWall };
    return room;
  };

  async function subscribe(listeners: Parameters<LiveWallFeed<Partial<TabletRoom>>["subscribe"]>[0]) {
    const realtime = pb.realtime;
    realtime.onDisconnect = (active) => {
      if (active.length > 0) listeners.onDisconnect();
    };
    const onMessage = (message: WallMessage) => {
      if (message.action === "covered") listeners.onCohort("update", { count: message.count });
      else if (message.action === "room") {
        // A covered wall shows only the count, so only a reveal, or names switched on an open wall, reloads.
        const reload =
          held !== null &&
          !message.room.wallHidden &&
          (held.wallHidden || held.showNamesOnWall !== message.room.showNamesOnWall);
        listeners.onCohort(reload ? "reload" : "update", remember({ ...message.room, count: message.count }));
      } else if (message.action === "delete")
        listeners.onCommitment({ action: "delete", record: { id: message.record.id } as WallCommitment });
      else listeners.onCommitment({ action: message.action, record: cardAsCommitment(message.record) });
    };
    const unsubscribe: UnsubscribeFunc = async () => {
      delete realtime.onDisconnect;
      await Promise.allSettled([realtime.unsubscribe("PB_CONNECT"), realtime.unsubscribe(topic)]);
    };
    try {
      await Promise.all([realtime.subscribe("PB_CONNECT", listeners.onConnect), realtime.subscribe(topic, onMessage)]);
    } catch (error) {
      // A first connection that fails is not retried by the SDK; drop the half-made subscriptions.
      await unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  return {
    fetchRoom: async () => {
      const opened = await pb.send<{ room: Omit<TabletRoom, "count">; count: number | null }>(
        "/api/jiannuo/wall",
        independent,
      );
      return remember({ ...opened.room, count: opened.count });
    },
    fetchAll: fetchCards,
    fetchMissed: async () => ({ records: await fetchCards(), complete: true }),
    subscribe,
  };
}
