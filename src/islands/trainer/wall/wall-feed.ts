// Every request of the wall, through the trainer's client: the cohort, its shared commitments, what
// changed since a time, realtime subscriptions, and the trainer's changes. Filters take values only
// through trainerPb.filter.
import type { UnsubscribeFunc } from "pocketbase";
import { trainerPb } from "../../../lib/pocketbase";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { WALL_FIELDS, type WallCommitment } from "../../../lib/wall";
import type { LiveWallFeed, WallListeners } from "./start-live-wall";

/** The cohort fields the wall reads: its settings for the room, and what the empty wall's join QR needs. */
export type WallCohort = Pick<
  CohortsRecord,
  | "id"
  | "name"
  | "joinCode"
  | "locale"
  | "archived"
  | "showNamesOnWall"
  | "wallHidden"
  | "wallView"
  | "wallLayout"
  | "wallPage"
  | "updated"
>;

/** What the trainer changes from the controls (or a clicker on the projector). */
export type RoomChange = Partial<Pick<WallCohort, "wallHidden" | "wallView" | "wallLayout" | "wallPage">>;

const COHORT_FIELDS =
  "id,name,joinCode,locale,archived,showNamesOnWall,wallHidden,wallView,wallLayout,wallPage,updated";
const commitments = () => trainerPb.collection("commitments");
const cohorts = () => trainerPb.collection("cohorts");

// Same-key requests cancel each other in the SDK; the wall's requests are independent.
const independent = { requestKey: null };

/** The cohort's settings for the room. */
export function fetchWallCohort(cohortId: string): Promise<WallCohort> {
  return cohorts().getOne<WallCohort>(cohortId, { fields: COHORT_FIELDS, ...independent });
}

/** The cohort's shared commitments (hidden ones too, for moderation), with participant names. */
export function fetchWallCommitments(cohortId: string): Promise<WallCommitment[]> {
  return commitments().getFullList<WallCommitment>({
    filter: trainerPb.filter('cohort = {:cohort} && visibility = "cohort"', { cohort: cohortId }),
    sort: "-created",
    expand: "participant",
    fields: WALL_FIELDS,
    ...independent,
  });
}

/**
 * Every commitment of the cohort created or changed since `since` (private ones too, so one turned
 * private while the wall was offline leaves it), to fill in what a dropped connection missed.
 */
export function fetchChangedSince(cohortId: string, since: string): Promise<WallCommitment[]> {
  return commitments().getFullList<WallCommitment>({
    filter: trainerPb.filter("cohort = {:cohort} && updated >= {:since}", { cohort: cohortId, since }),
    expand: "participant",
    fields: WALL_FIELDS,
    ...independent,
  });
}

/**
 * Subscribes to the connection, the cohort's commitments and the cohort itself. All three subscribe
 * calls go out together, so the SDK sends all topics before it announces PB_CONNECT. Returns the undo.
 */
export async function subscribeWall(cohortId: string, listeners: WallListeners<WallCohort>): Promise<UnsubscribeFunc> {
  const realtime = trainerPb.realtime;
  realtime.onDisconnect = (active) => {
    if (active.length > 0) listeners.onDisconnect();
  };
  const unsubscribe = async () => {
    delete realtime.onDisconnect;
    await Promise.allSettled([
      realtime.unsubscribe("PB_CONNECT"),
      commitments().unsubscribe("*"),
      cohorts().unsubscribe(cohortId),
    ]);
  };
  try {
    await Promise.all([
      realtime.subscribe("PB_CONNECT", listeners.onConnect),
      commitments().subscribe<WallCommitment>("*", listeners.onCommitment, {
        filter: trainerPb.filter("cohort = {:cohort}", { cohort: cohortId }),
        expand: "participant",
        fields: WALL_FIELDS,
      }),
      cohorts().subscribe<WallCohort>(cohortId, (event) => listeners.onCohort(event.action, event.record), {
        fields: COHORT_FIELDS,
      }),
    ]);
  } catch (error) {
    // A first connection that fails is not retried by the SDK; drop the half-made subscriptions.
    await unsubscribe();
    throw error;
  }
  return unsubscribe;
}

/** The trainer's wall of `cohortId` for startLiveWall. */
export function trainerWallFeed(cohortId: string): LiveWallFeed<WallCohort> {
  return {
    fetchRoom: () => fetchWallCohort(cohortId),
    fetchAll: () => fetchWallCommitments(cohortId),
    fetchMissed: async (since) => ({ records: await fetchChangedSince(cohortId, since), complete: false }),
    subscribe: (listeners) => subscribeWall(cohortId, listeners),
  };
}

/** Hides the wall from the room or reveals it, switches between cards and themes, the layout or the page. */
export function updateWallCohort(cohortId: string, change: RoomChange): Promise<WallCohort> {
  return cohorts().update<WallCohort>(cohortId, change, { fields: COHORT_FIELDS, ...independent });
}

/** Hides one card from the room (moderation) or shows it again. */
export function setCardHidden(id: string, hidden: boolean): Promise<WallCommitment> {
  return commitments().update<WallCommitment>(
    id,
    { hidden },
    { expand: "participant", fields: WALL_FIELDS, ...independent },
  );
}
