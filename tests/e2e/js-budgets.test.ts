// JavaScript budgets per page type (scripts/bench/js-budgets.mjs), checked against the built site:
// every page has a type, and no page loads more than its budget, counted as the server sends it
// (gzip). A browser then shows that what the budget calls "eager" is what a phone and a tablet
// really load before the participant scrolls: the islands hydrated on scroll are below the fold.
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budgetOf, pageBudgetRows, pageScripts } from "../../scripts/bench/js-budgets.mjs";
import { SITE_DIR } from "../../scripts/lib/pocketbase-binary.mjs";
import { filesUnder } from "../../src/integrations/site-files";
import { PHONE, TABLET, useBrowser } from "../support/browser";

const pages = filesUnder(SITE_DIR).filter((f) => f.endsWith(".html"));
const rows = pageBudgetRows(pages);

describe("JavaScript budgets", () => {
  it("gives every built page a budget", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !r.budget).map((r) => r.path)).toEqual([]);
  });

  it("keeps every page within its budget (gzip bytes on the wire)", () => {
    const over = rows.flatMap(({ path: page, type, eager, full, budget }) => [
      ...(budget && eager > budget.eager ? [`${page} (${type}): ${eager} bytes eager, budget ${budget.eager}`] : []),
      ...(budget && full > budget.full ? [`${page} (${type}): ${full} bytes in all, budget ${budget.full}`] : []),
    ]);
    expect(over).toEqual([]);
  });
});

describe("what a phone and a tablet load before scrolling", () => {
  const { browser, url } = useBrowser();
  const modulePages = pages.filter((f) => budgetOf(`/${f}`.replace(/index\.html$/, ""))?.type === "module page");

  it.each([
    ["phone", PHONE],
    ["tablet", TABLET],
  ])("on a %s, a module page loads only its eager scripts until it is scrolled", async (_, device) => {
    expect(modulePages.length).toBeGreaterThan(5);
    const context = await browser().newContext(device);
    try {
      const page = await context.newPage();
      for (const file of modulePages) {
        const urlPath = `/${file.replace(/index\.html$/, "")}`;
        const { eagerChunks } = pageScripts(readFileSync(path.join(SITE_DIR, file), "utf8"));
        await page.goto(url(urlPath), { waitUntil: "load" });
        // Two idle callbacks after load: client:idle islands and any island already in view have begun loading.
        const loaded = await page.evaluate(async () => {
          for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(() => r(null)));
          return performance
            .getEntriesByType("resource")
            .map((e) => new URL(e.name).pathname)
            .filter((p) => p.endsWith(".js"));
        });
        expect(loaded.length, urlPath).toBeGreaterThan(0);
        expect(
          loaded.filter((p) => !eagerChunks.includes(p)),
          urlPath,
        ).toEqual([]);
        // The islands left out of the eager count are still waiting, below the fold.
        const waiting = page.locator("astro-island[client=visible][ssr]");
        expect(await waiting.count(), urlPath).toBeGreaterThan(0);
        // An island's element takes no box of its own (display: contents): its first child's top counts.
        const top = await waiting.first().evaluate((island) => island.firstElementChild!.getBoundingClientRect().top);
        expect(top, urlPath).toBeGreaterThan(page.viewportSize()!.height);
      }
    } finally {
      await context.close();
    }
  });
});
