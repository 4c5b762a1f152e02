// How the live wall spreads a room's cards over the projected screen, as pure functions: which cards
// are on which page, and the grid of one page. The split into pages depends only on the number of cards
// and the trainer's choice, so the projector and the trainer's own device (which has another screen)
// agree on "page 2 of 3"; only the grid's shape follows the projector's real screen.
import type { CohortsRecord } from "./pocketbase-types";

/** The trainer's choice of how the wall shows many cards. */
export type WallLayout = Exclude<CohortsRecord["wallLayout"], "">;

/** Every layout, in the order the controls offer them. */
export const WALL_LAYOUTS = ["fit", "pages", "rotate"] as const satisfies readonly WallLayout[];

/**
 * The most cards on one screen. "fit" shows everything at once down to cards of about 235×155 px on a
 * 1920×1080 projector (8×6); past that it turns pages by itself. "pages" and "rotate" keep cards large
 * enough to read from the back of a room (5×3 on a projector, about 370×300 px).
 */
export const PAGE_CAPACITY: Readonly<Record<WallLayout, number>> = { fit: 48, pages: 15, rotate: 15 };

/** How long a page stays up when pages turn by themselves. */
export const ROTATE_SECONDS = 20;

/**
 * Width over height of the card area of a 16:9 screen below the wall's title bar; the planner uses it
 * until the projector has measured its own.
 */
export const DEFAULT_AREA_ASPECT = 2;

/** Width over height a card reads best at: a little wider than tall, for a few lines of text. */
const CARD_ASPECT = 1.4;

/** Columns and rows of one page. */
export interface WallGrid {
  columns: number;
  rows: number;
}

/** How the cards are spread: how many pages, how many cards on each, and who turns the pages. */
export interface WallPlan {
  layout: WallLayout;
  /** The number of cards planned for. */
  count: number;
  pages: number;
  /** The most cards on one page (the first pages hold one more than the last when cards do not divide evenly). */
  perPage: number;
  /** "trainer": the trainer turns (controls or a clicker); "auto": the wall turns every ROTATE_SECONDS. */
  turns: "none" | "trainer" | "auto";
}

/** The cohort's stored layout; empty (a cohort made before layouts existed) is "fit". */
export function layoutOf(stored: CohortsRecord["wallLayout"] | undefined): WallLayout {
  return stored === "pages" || stored === "rotate" ? stored : "fit";
}

/**
 * The pages of `count` cards. Pages are filled evenly (40 cards in "pages" are 14 + 13 + 13, not
 * 15 + 15 + 10), so the last page is not a lonely few.
 */
export function planWall(count: number, layout: WallLayout): WallPlan {
  const pages = Math.max(1, Math.ceil(count / PAGE_CAPACITY[layout]));
  const perPage = Math.max(1, Math.ceil(count / pages));
  const turns = pages === 1 ? "none" : layout === "pages" ? "trainer" : "auto";
  return { layout, count, pages, perPage, turns };
}

/**
 * The grid for `count` cards in an area `aspect` times as wide as it is tall: the columns and rows that
 * give each card the largest rectangle of CARD_ASPECT, and of equal ones the fewest empty cells.
 */
export function gridFor(count: number, aspect = DEFAULT_AREA_ASPECT): WallGrid {
  const cards = Math.max(1, Math.floor(count));
  const shape = Number.isFinite(aspect) && aspect > 0 ? aspect : DEFAULT_AREA_ASPECT;
  let best = { columns: 1, rows: cards, size: -1, empty: 0 };
  for (let columns = 1; columns <= cards; columns++) {
    const rows = Math.ceil(cards / columns);
    // Cell size in units of the area's height; the card is the largest CARD_ASPECT rectangle inside.
    const size = Math.min(shape / columns / CARD_ASPECT, 1 / rows);
    const empty = columns * rows - cards;
    const better = size > best.size * (1 + 1e-9) || (size >= best.size * (1 - 1e-9) && empty < best.empty);
    if (better) best = { columns, rows, size, empty };
  }
  return { columns: best.columns, rows: best.rows };
}

/** The page to show: the one asked for, within 0 and the last page. */
export function clampPage(plan: WallPlan, page: number): number {
  if (!Number.isFinite(page) || page < 0) return 0;
  return Math.min(Math.floor(page), plan.pages - 1);
}

/** The page the wall shows at `nowMs` when pages turn by themselves (the same on every device's clock). */
export function rotatingPage(plan: WallPlan, nowMs: number): number {
  return Math.floor(nowMs / (ROTATE_SECONDS * 1000)) % plan.pages;
}

/** The page shown now: the trainer's page, the clock's page, or the only one. */
export function shownPage(plan: WallPlan, trainerPage: number, nowMs: number): number {
  if (plan.turns === "auto") return rotatingPage(plan, nowMs);
  if (plan.turns === "trainer") return clampPage(plan, trainerPage);
  return 0;
}

/** The cards of page `page` (0 is the first): the first `count % pages` pages hold one card more. */
export function cardsOnPage<T>(cards: readonly T[], plan: WallPlan, page: number): T[] {
  const shown = clampPage(plan, page);
  const base = Math.floor(plan.count / plan.pages);
  const extra = plan.count % plan.pages;
  const start = shown * base + Math.min(shown, extra);
  return cards.slice(start, start + base + (shown < extra ? 1 : 0));
}

/** The page after a turn of `step` (a clicker's next is +1), kept within the pages. */
export function turnPage(plan: WallPlan, page: number, step: number): number {
  return clampPage(plan, clampPage(plan, page) + step);
}

/** Milliseconds until the clock's next page turn after `nowMs`. */
export function msToNextTurn(nowMs: number): number {
  const period = ROTATE_SECONDS * 1000;
  return period - (((nowMs % period) + period) % period);
}
