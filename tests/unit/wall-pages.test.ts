// How the wall spreads a room over the projected screen: every card on some page, pages filled evenly,
// the same split on every device, and a grid that gives each card the most room.
import { describe, expect, it } from "vitest";
import {
  cardsOnPage,
  clampPage,
  gridFor,
  layoutOf,
  msToNextTurn,
  PAGE_CAPACITY,
  planWall,
  rotatingPage,
  ROTATE_SECONDS,
  shownPage,
  turnPage,
  WALL_LAYOUTS,
} from "../../src/lib/wall-pages";

const range = (n: number) => Array.from({ length: n }, (_, i) => `card${i + 1}`);

/** Every card of every page, in page order. */
function allPages(count: number, layout: (typeof WALL_LAYOUTS)[number]): string[][] {
  const cards = range(count);
  const plan = planWall(count, layout);
  return Array.from({ length: plan.pages }, (_, page) => cardsOnPage(cards, plan, page));
}

describe("planWall", () => {
  it.each([
    [40, "fit", 1, 40, "none"],
    [40, "pages", 3, 14, "trainer"],
    [40, "rotate", 3, 14, "auto"],
    [12, "pages", 1, 12, "none"],
    [16, "pages", 2, 8, "trainer"],
    [200, "fit", 5, 40, "auto"],
    [200, "pages", 14, 15, "trainer"],
    [0, "pages", 1, 1, "none"],
  ] as const)("%i cards in %s: %i page(s) of up to %i, turned by %s", (count, layout, pages, perPage, turns) => {
    expect(planWall(count, layout)).toEqual({ layout, count, pages, perPage, turns });
  });

  it.each([1, 12, 15, 16, 30, 40, 47, 48, 49, 97, 200])("shows each of %i cards on exactly one page", (count) => {
    for (const layout of WALL_LAYOUTS) {
      const pages = allPages(count, layout);
      expect(pages.flat()).toEqual(range(count));
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_CAPACITY[layout]);
      // Even pages: no page has more than one card more than another.
      const sizes = pages.map((page) => page.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it("treats a cohort without a layout (made before layouts existed) as fit", () => {
    expect(layoutOf("")).toBe("fit");
    expect(layoutOf(undefined)).toBe("fit");
    expect(layoutOf("rotate")).toBe("rotate");
  });
});

describe("gridFor", () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [4, 2, 2],
    [6, 3, 2],
    [12, 4, 3],
    [14, 5, 3],
    [15, 5, 3],
    [40, 8, 5],
    [48, 8, 6],
  ])("puts %i cards on a 16:9 projector in %i columns × %i rows", (count, columns, rows) => {
    expect(gridFor(count)).toEqual({ columns, rows });
  });

  it("always has a cell for every card, and no empty row", () => {
    for (const aspect of [0.6, 1, 4 / 3, 16 / 10, 2, 2.4]) {
      for (let count = 1; count <= 60; count++) {
        const { columns, rows } = gridFor(count, aspect);
        expect(columns * rows).toBeGreaterThanOrEqual(count);
        expect(columns * (rows - 1)).toBeLessThan(count);
      }
    }
  });

  it("gives a portrait screen more rows than columns", () => {
    const { columns, rows } = gridFor(12, 0.7);
    expect(rows).toBeGreaterThan(columns);
  });
});

describe("pages", () => {
  const plan = planWall(40, "pages");

  it("keeps the trainer's page within the pages", () => {
    expect(clampPage(plan, 1)).toBe(1);
    expect(clampPage(plan, 7)).toBe(2);
    expect(clampPage(plan, -1)).toBe(0);
    expect(clampPage(plan, Number.NaN)).toBe(0);
  });

  it("turns pages one at a time and stops at either end", () => {
    expect(turnPage(plan, 0, 1)).toBe(1);
    expect(turnPage(plan, 2, 1)).toBe(2);
    expect(turnPage(plan, 0, -1)).toBe(0);
    expect(turnPage(plan, 9, -1)).toBe(1); // from the last page shown, not the stale number
  });

  it("shows the trainer's page, the clock's page, or the only one", () => {
    const period = ROTATE_SECONDS * 1000;
    expect(shownPage(plan, 2, 0)).toBe(2);
    const rotating = planWall(40, "rotate");
    expect([0, 1, 2, 3].map((n) => shownPage(rotating, 0, n * period + 5))).toEqual([0, 1, 2, 0]);
    expect(rotatingPage(rotating, 3 * period - 1)).toBe(2);
    expect(shownPage(planWall(10, "pages"), 3, 0)).toBe(0);
  });

  it("counts down to the clock's next turn", () => {
    const period = ROTATE_SECONDS * 1000;
    expect(msToNextTurn(0)).toBe(period);
    expect(msToNextTurn(period - 250)).toBe(250);
    expect(msToNextTurn(5 * period + 1)).toBe(period - 1);
  });
});
