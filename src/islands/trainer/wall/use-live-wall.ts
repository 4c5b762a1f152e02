// The wall's data as React state: the pure logic of src/lib/wall.ts fed by startLiveWall, plus the
// trainer's changes (hide or reveal, the view, moderation of one card).
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  applyWallEvent,
  EMPTY_WALL,
  lastSeen,
  mergeCommitments,
  type WallCommitment,
  type WallEvent,
  type WallState,
} from "../../../lib/wall";
import { startLiveWall } from "./start-live-wall";
import { setCardHidden, trainerWallFeed, updateWallCohort, type RoomChange, type WallCohort } from "./wall-feed";

/** Where loading stands: a trainer who is not (or no longer) signed in gets a link to sign in. */
export type WallPhase = "loading" | "ready" | "failed" | "signedOut";

/** The realtime connection, for the discreet indicator. */
export type WallConnection = "connecting" | "connected" | "reconnecting";

type WallAction = { type: "event"; event: WallEvent } | { type: "merge"; records: readonly WallCommitment[] };

function reduceWall(state: WallState, action: WallAction): WallState {
  return action.type === "event" ? applyWallEvent(state, action.event) : mergeCommitments(state, action.records);
}

/** The newer of two versions of the cohort (a realtime event may overtake a slower request). */
function newerCohort(held: WallCohort | null, next: WallCohort): WallCohort {
  return held && held.updated > next.updated ? held : next;
}

/** The live wall of one cohort, and the trainer's changes to it. */
export function useLiveWall(cohortId: string) {
  const [wall, dispatch] = useReducer(reduceWall, EMPTY_WALL);
  const [cohort, setCohort] = useState<WallCohort | null>(null);
  const [pending, setPending] = useState<readonly { change: RoomChange }[]>([]);
  const [phase, setPhase] = useState<WallPhase>("loading");
  const [connection, setConnection] = useState<WallConnection>("connecting");
  const [attempt, setAttempt] = useState(0);
  const wallNow = useRef(wall);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    wallNow.current = wall;
  }, [wall]);

  useEffect(
    () =>
      startLiveWall(trainerWallFeed(cohortId), {
        merge: (records) => dispatch({ type: "merge", records }),
        event: (event) => dispatch({ type: "event", event }),
        cohort: (next) => setCohort((held) => newerCohort(held, next)),
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

  /**
   * Hides or reveals the wall, switches the view, the layout or the page; false when it could not be
   * saved. Each change shows at once, over whatever the server last said, until its save answers (a
   * clicker's next page must not wait for the server, and two quick presses must not flicker back).
   */
  const changeRoom = useCallback(
    async (change: RoomChange): Promise<boolean> => {
      const mine = { change };
      setPending((held) => [...held, mine]);
      // One save at a time, in the order pressed, so the server ends where the trainer did.
      const turn = saving.current.then(() => updateWallCohort(cohortId, change));
      saving.current = turn.then(
        () => undefined,
        () => undefined,
      );
      try {
        const saved = await turn;
        setCohort((held) => newerCohort(held, saved));
        return true;
      } catch {
        return false;
      } finally {
        setPending((held) => held.filter((one) => one !== mine));
      }
    },
    [cohortId],
  );

  /** Hides one card from the room or shows it again; false when it could not be saved. */
  const changeCard = useCallback(async (id: string, hidden: boolean): Promise<boolean> => {
    try {
      dispatch({ type: "merge", records: [await setCardHidden(id, hidden)] });
      return true;
    } catch {
      return false;
    }
  }, []);

  const shown = useMemo(
    () => (cohort && pending.length ? pending.reduce((room, { change }) => ({ ...room, ...change }), cohort) : cohort),
    [cohort, pending],
  );
  return { wall, cohort: shown, phase, connection, retry, changeRoom, changeCard };
}
