// The wall's connection to the server, without React: the first load, realtime events, and after every
// (re)connection a fill-in of what changed since the last update seen. Whichever of the first load and
// the first connection finishes second fills in the gap between the two. What it talks to is a feed:
// the trainer's (wall-feed.ts: commitments and the cohort) or a participant's tablet (src/islands/wall/).
import type { UnsubscribeFunc } from "pocketbase";
import type { WallCommitment, WallEvent } from "../../../lib/wall";

/** Where what arrives goes; the hook passes its state setters. */
export interface LiveWallSink<Room> {
  /** `complete`: the records are the whole wall, so what is not among them has left it. */
  merge: (records: readonly WallCommitment[], complete: boolean) => void;
  event: (event: WallEvent) => void;
  cohort: (room: Room) => void;
  loaded: () => void;
  failed: (signedOut: boolean) => void;
  connection: (state: "connected" | "reconnecting") => void;
  /** The latest `updated` the wall holds (see lastSeen in src/lib/wall.ts). */
  lastSeen: () => string;
}

/** What a feed calls as realtime messages arrive. */
export interface WallListeners<Room> {
  onConnect: () => void;
  onDisconnect: () => void;
  onCommitment: (event: WallEvent) => void;
  /** The room changed; action "reload": in a way that needs the cards again (a reveal, names shown). */
  onCohort: (action: string, room: Room) => void;
}

/** Every request of one wall. */
export interface LiveWallFeed<Room> {
  fetchRoom: () => Promise<Room>;
  fetchAll: () => Promise<WallCommitment[]>;
  /** What a dropped connection missed since `since`; `complete` when it is the whole wall. */
  fetchMissed: (since: string) => Promise<{ records: WallCommitment[]; complete: boolean }>;
  /** Subscribes to everything the wall follows; returns the undo. */
  subscribe: (listeners: WallListeners<Room>) => Promise<UnsubscribeFunc>;
}

function isSignedOut(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
}

/** Loads and follows the wall of `feed`; returns the function that stops it. */
export function startLiveWall<Room>(feed: LiveWallFeed<Room>, sink: LiveWallSink<Room>): () => void {
  let active = true;
  let loaded = false;
  let connected = false;
  let unsubscribe: UnsubscribeFunc | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (run: () => void, ms: number) => timers.add(setTimeout(run, ms));

  async function catchUp(): Promise<void> {
    try {
      const [room, missed] = await Promise.all([feed.fetchRoom(), feed.fetchMissed(sink.lastSeen())]);
      if (!active) return;
      sink.cohort(room);
      sink.merge(missed.records, missed.complete);
    } catch {
      if (active) later(() => void catchUp(), 3000);
    }
  }

  async function load(): Promise<void> {
    try {
      const [room, records] = await Promise.all([feed.fetchRoom(), feed.fetchAll()]);
      if (!active) return;
      sink.cohort(room);
      // Merged, not replaced: an event may have arrived before the list.
      sink.merge(records, false);
      loaded = true;
      sink.loaded();
      if (connected) void catchUp();
    } catch (error) {
      if (active) sink.failed(isSignedOut(error));
    }
  }

  async function listen(retryIn: number): Promise<void> {
    try {
      const stop = await feed.subscribe({
        onConnect: () => {
          if (!active) return;
          connected = true;
          sink.connection("connected");
          if (loaded) void catchUp();
        },
        onDisconnect: () => active && sink.connection("reconnecting"),
        onCommitment: (event) => active && sink.event(event),
        onCohort: (action, room) => {
          if (!active || action === "delete") return;
          sink.cohort(room);
          if (action === "reload" && loaded) void catchUp();
        },
      });
      if (active) unsubscribe = stop;
      else void stop();
    } catch {
      // The SDK reconnects by itself only after a first success; until then, try again here.
      if (!active) return;
      sink.connection("reconnecting");
      later(() => void listen(Math.min(retryIn * 2, 10_000)), retryIn);
    }
  }

  void listen(1000);
  void load();
  return () => {
    active = false;
    for (const timer of timers) clearTimeout(timer);
    void unsubscribe?.();
  };
}
