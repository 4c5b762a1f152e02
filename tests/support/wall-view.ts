// What a projected wall shows, read in the real browser: each card's text and box, whether its text is
// drawn whole, and whether anything covers it; shared by the wall's tests and the workshop rehearsal.
import { expect } from "vitest";
import type { Page } from "playwright-core";

/**
 * Lines of text in the cards matching `selector` that are not drawn whole: each line box of each text
 * node must lie inside every box that clips it up to the card (overflow not visible), so no line is cut
 * through its characters, at the bottom or at a side. A module title ending in an ellipsis is the one
 * cut the wall means (at a whole character, marked), so a box with `text-overflow: ellipsis` may clip
 * sideways.
 */
export async function cutLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const cut: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>(selector)) {
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const clips: { box: DOMRect; ellipsis: boolean }[] = [];
        for (let el = node.parentElement; el; el = el === card ? null : el.parentElement) {
          const style = getComputedStyle(el);
          if (style.display === "none" || style.visibility === "hidden") {
            clips.length = 0;
            break;
          }
          if (style.overflowX !== "visible" || style.overflowY !== "visible" || el === card) {
            clips.push({ box: el.getBoundingClientRect(), ellipsis: style.textOverflow === "ellipsis" });
          }
        }
        if (clips.length === 0) continue;
        const sideways = clips.some(({ ellipsis }) => ellipsis);
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          const whole = clips.every(
            ({ box }) =>
              line.top >= box.top - 0.5 &&
              line.bottom <= box.bottom + 0.5 &&
              (sideways || (line.left >= box.left - 0.5 && line.right <= box.right + 0.5)),
          );
          if (!whole) cut.push(node.textContent.trim());
        }
      }
    }
    return cut;
  }, selector);
}

/** What the projector shows now: each card's id, text and box, whether its text fits, and what covers it. */
export async function projected(page: Page) {
  const cut = await cutLines(page, "[data-wall-card]");
  return page.evaluate((cut) => {
    const cards = [...document.querySelectorAll<HTMLElement>("[data-wall-card]")];
    const controls = [...document.querySelectorAll<HTMLElement>("[data-wall] a, [data-wall] button")];
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return {
      cut,
      pageWidth: document.documentElement.scrollWidth,
      pageHeight: document.documentElement.scrollHeight,
      controlPanels: document.querySelectorAll("[data-wall-controls]").length,
      cards: cards.map((card) => {
        const box = card.getBoundingClientRect();
        // What is drawn at the card's centre and near its corners (inside the rounding) is the card itself.
        const inset = 12;
        const points = [
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ];
        // The action as written, without the newest card's mark.
        const action = card.querySelector(".wall-card-action")?.cloneNode(true) as HTMLElement | undefined;
        action?.querySelector(".wall-card-newest")?.remove();
        return {
          id: card.dataset["wallCard"]!,
          text: action?.textContent ?? "",
          newest: card.hasAttribute("data-newest"),
          fits: card.scrollHeight <= card.clientHeight + 1 && card.scrollWidth <= card.clientWidth + 1,
          cut: card.hasAttribute("data-cut"),
          fontPx: Number.parseFloat(getComputedStyle(card).fontSize),
          inView: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
          covered: points.some(([x, y]) => !card.contains(document.elementFromPoint(x!, y!))),
          underControl: controls.some((control) => overlaps(control.getBoundingClientRect(), box)),
        };
      }),
    };
  }, cut);
}

/** Waits until the projector shows page `n` (1-based) with its cards fitted. */
export async function onPage(page: Page, n: number) {
  await page.locator(`[data-wall-page="${n}"]`).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>("[data-wall-card]")].every((c) =>
      c.style.getPropertyValue("--card-font"),
    ),
  );
}

export function expectReadable(view: Awaited<ReturnType<typeof projected>>) {
  expect(view.pageWidth).toBeLessThanOrEqual(1920);
  expect(view.pageHeight).toBeLessThanOrEqual(1080);
  expect(view.controlPanels).toBe(0);
  expect(view.cut).toEqual([]);
  for (const card of view.cards) {
    expect(card, card.text).toMatchObject({
      fits: true,
      cut: false,
      inView: true,
      covered: false,
      underControl: false,
    });
  }
}
