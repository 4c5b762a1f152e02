// Sizes the text of each projected card to the largest that shows the whole commitment in its grid cell
// (src/lib/text-fit.ts decides; this measures). Most cards of a page share one size; a long one may be
// smaller. Only a commitment too long for its cell even at the smallest size is cut, at a whole line.
import { useLayoutEffect, type DependencyList, type RefObject } from "react";
import { largestFittingEach, sharedScale, wholeLines } from "../../../lib/text-fit";

/**
 * Card text sizes as shares of the wall's type, which follows the screen (35 px on a 1920×1080
 * projector): at least 13 px there, the least a room reads up close, and the same on the wall of a
 * smaller projector (9.4 px of 1366); at most 64 px there, a headline. Never under 9 CSS pixels.
 */
const SMALLEST = 13 / 35;
const LARGEST = 64 / 35;
const FLOOR_PX = 9;

function overflows(card: HTMLElement): boolean {
  return card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1;
}

function setSize(card: HTMLElement, px: number): void {
  card.style.setProperty("--card-font", `${px}px`);
}

/** Cuts the action of a card that cannot fit after its last whole line that does. */
function cutToFit(card: HTMLElement): void {
  const action = card.querySelector<HTMLElement>(".wall-card-action");
  if (!action) return;
  card.dataset["cut"] = "";
  const spare = action.clientHeight - (card.scrollHeight - card.clientHeight);
  const lineHeight = Number.parseFloat(getComputedStyle(action).lineHeight);
  action.style.setProperty("--lines", String(wholeLines(spare, lineHeight)));
}

/** Fits every `[data-wall-card]` inside `grid`; again when `deps` change or the grid is resized. */
export function useFitCards(grid: RefObject<HTMLElement | null>, deps: DependencyList): void {
  useLayoutEffect(() => {
    const area = grid.current;
    if (!area) return;
    const fit = () => {
      const cards = [...area.querySelectorAll<HTMLElement>("[data-wall-card]")];
      // Without layout (jsdom, a hidden tab) there is nothing to measure; the stylesheet's size stays.
      if (cards.length === 0 || area.clientHeight === 0) return;
      const wallType = Number.parseFloat(getComputedStyle(area).fontSize) || 35;
      for (const card of cards) {
        delete card.dataset["cut"];
        card.querySelector<HTMLElement>(".wall-card-action")?.style.removeProperty("--lines");
      }
      // All cards are sized first and measured after, so each step costs one layout of the page.
      const own = largestFittingEach(
        cards.length,
        (sizes) => {
          cards.forEach((card, i) => setSize(card, sizes[i]!));
          return cards.map((card) => !overflows(card));
        },
        { min: Math.max(FLOOR_PX, SMALLEST * wallType), max: Math.max(FLOOR_PX, LARGEST * wallType), steps: 8 },
      );
      const shared = sharedScale(own);
      cards.forEach((card, i) => {
        setSize(card, Math.floor(Math.min(shared, own[i]!) * 10) / 10);
        if (overflows(card)) cutToFit(card);
      });
    };
    fit();
    let cancelled = false;
    // Chinese fonts may arrive after the first paint and change every line's width.
    void document.fonts?.ready.then(() => !cancelled && fit());
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => fit()) : null;
    observer?.observe(area);
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, deps);
}
