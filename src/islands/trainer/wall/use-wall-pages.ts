// Which page of cards the wall shows: the trainer's page (saved on the cohort, so every device agrees),
// or the clock's when pages turn by themselves; and, on the projector, a presenter clicker's keys.
import { useEffect, useState } from "react";
import {
  cardsOnPage,
  layoutOf,
  msToNextTurn,
  planWall,
  shownPage,
  turnPage,
  type WallPlan,
} from "../../../lib/wall-pages";
import type { RoomChange, WallCohort } from "./wall-feed";

/** The plan, the page shown (0 is the first) and its cards. */
export interface WallPages<T> {
  plan: WallPlan;
  page: number;
  cards: T[];
}

/** The current time, updated at every page turn of the clock while pages turn by themselves. */
function useTurnClock(turning: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!turning) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      // A few milliseconds late, so the new page is surely the clock's next one.
      timer = setTimeout(tick, msToNextTurn(Date.now()) + 20);
    };
    timer = setTimeout(tick, msToNextTurn(Date.now()) + 20);
    return () => clearTimeout(timer);
  }, [turning]);
  return now;
}

/** The page of `cards` (newest first) the wall shows for `cohort`. */
export function useWallPages<T>(
  cards: readonly T[],
  cohort: Pick<WallCohort, "wallLayout" | "wallPage">,
): WallPages<T> {
  const plan = planWall(cards.length, layoutOf(cohort.wallLayout));
  const now = useTurnClock(plan.turns === "auto");
  const page = shownPage(plan, cohort.wallPage, now);
  return { plan, page, cards: cardsOnPage(cards, plan, page) };
}

// A presenter clicker sends Page Down / Page Up (some send the arrow keys); Home and End jump.
const STEPS: Readonly<Record<string, number>> = {
  PageDown: 1,
  ArrowRight: 1,
  ArrowDown: 1,
  " ": 1,
  PageUp: -1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/** Turns the trainer's pages from the keyboard of the device showing them (`plan` null: no pages shown). */
export function useClickerKeys(plan: WallPlan | null, page: number, onChange: (change: RoomChange) => void): void {
  useEffect(() => {
    if (plan?.turns !== "trainer") return;
    const onKey = (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Keys typed into a control (a link, a button) keep their usual meaning.
      if (event.target instanceof HTMLElement && event.target.closest("a, button, input, select, textarea")) return;
      const next = step === Infinity ? plan.pages - 1 : turnPage(plan, page, step);
      event.preventDefault();
      if (next !== page) onChange({ wallPage: next });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [plan, page, onChange]);
}
