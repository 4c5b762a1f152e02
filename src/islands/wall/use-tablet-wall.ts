// A participant's wall as React state: the trainer wall's pure logic (src/lib/wall.ts) and connection
// (startLiveWall), fed by the tablet's feed. Read-only: a tablet changes nothing.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import {
  applyWallEvent,
  EMPTY_WALL,
  lastSeen,
  mergeCommitments,
  replaceCommitments,
  type WallCommitment,
  type WallEvent,
  type WallState,
} from "../../lib/wall";
import { startLiveWall } from "../trainer/wall/start-live-wall";
import type { WallConnection, WallPhase } from "../trainer/wall/use-live-wall";
import { tabletWallFeed, type TabletRoom } from "./tablet-feed";

type WallAction =
  { type: "event"; event: WallEvent } | { type: "merge"; records: readonly WallCommitment[]; complete: boolean };

function reduceWall(state: WallState, action: WallAction): WallState {
  if (action.type === "event") return applyWallEvent(state, action.event);
  return action.complete ? replaceCommitments(state, action.records) : mergeCommitments(state, action.records);
}

const NO_ROOM: TabletRoom = { name: "", wallHidden: false, showNamesOnWall: false, count: null };

/** The live wall of the participant's cohort `cohortId`. */
export function useTabletWall(cohortId: string) {
  const [wall, dispatch] = useReducer(reduceWall, EMPTY_WALL);
  const [room, setRoom] = useState<TabletRoom>(NO_ROOM);
  const [phase, setPhase] = useState<WallPhase>("loading");
  const [connection, setConnection] = useState<WallConnection>("connecting");
  const [attempt, setAttempt] = useState(0);
  const wallNow = useRef(wall);
  useEffect(() => {
    wallNow.current = wall;
  }, [wall]);

  useEffect(
    () =>
      startLiveWall(tabletWallFeed(cohortId), {
        merge: (records, complete) => dispatch({ type: "merge", records, complete }),
        event: (event) => dispatch({ type: "event", event }),
        cohort: (change) => setRoom((held) => ({ ...held, ...change })),
        loaded: () => setPhase("ready"),
        failed: (signedOut) => setPhase(signedOut ? "signedOut" : "failed"),
        connection: setConnection,
        lastSeen: () => lastSeen(wallNow.current),
      }),
    [cohortId, attempt],
  );

  const retry = useCallback(() => {
    setPhase("loading");
    setAttempt((n) => n + 1);
  }, []);
  return { wall, room, phase, connection, retry };
}
