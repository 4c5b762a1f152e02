// The wall's connection to the server, without React: the first load, realtime events, and after every
// (re)connection a fill-in of what changed since the last update seen. Whichever of the first load and
// the first connection finishes second fills in the gap between the two.
import type { UnsubscribeFunc } from "pocketbase";
import type { WallCommitment, WallEvent } from "../../../lib/wall";
import { fetchChangedSince, fetchWallCohort, fetchWallCommitments, subscribeWall, type WallCohort } from "./wall-feed";

/** Where what arrives goes; the hook passes its state setters. */
export interface LiveWallSink {
  merge: (records: readonly WallCommitment[]) => void;
  event: (event: WallEvent) => void;
  cohort: (cohort: WallCohort) => void;
  loaded: () => void;
  failed: (signedOut: boolean) => void;
  connection: (state: "connected" | "reconnecting") => void;
  /** The latest `updated` the wall holds (see lastSeen in src/lib/wall.ts). */
  lastSeen: () => string;
}

function isSignedOut(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
}

/** Loads and follows the wall of `cohortId`; returns the function that stops it. */
export function startLiveWall(cohortId: string, sink: LiveWallSink): () => void {
  let active = true;
  let loaded = false;
  let connected = false;
  let unsubscribe: UnsubscribeFunc | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (run: () => void, ms: number) => timers.add(setTimeout(run, ms));

  async function catchUp(): Promise<void> {
    try {
      const [room, records] = await Promise.all([
        fetchWallCohort(cohortId),
        fetchChangedSince(cohortId, sink.lastSeen()),
      ]);
      if (!active) return;
      sink.cohort(room);
      sink.merge(records);
    } catch {
      if (active) later(() => void catchUp(), 3000);
    }
  }

  async function load(): Promise<void> {
    try {
      const [room, records] = await Promise.all([fetchWallCohort(cohortId), fetchWallCommitments(cohortId)]);
      if (!active) return;
      sink.cohort(room);
      sink.merge(records);
      loaded = true;
      sink.loaded();
      if (connected) void catchUp();
    } catch (error) {
      if (active) sink.failed(isSignedOut(error));
    }
  }

  async function listen(retryIn: number): Promise<void> {
    try {
      const stop = await subscribeWall(cohortId, {
        onConnect: () => {
          if (!active) return;
          connected = true;
          sink.connection("connected");
          if (loaded) void catchUp();
        },
        onDisconnect: () => active && sink.connection("reconnecting"),
        onCommitment: (event) => active && sink.event(event),
        onCohort: (action, room) => active && action !== "delete" && sink.cohort(room),
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
