// JavaScript budgets per page type (scripts/bench/js-budgets.mjs), checked against the built site:
// every page has a type; what a phone loads before the participant scrolls or taps (recorded in
// chromium) and everything the page's markup reaches (read from dist/) stay within the type's
// budgets, counted as the server sends them (gzip). A failure names the page and its bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { budgetOf, pathOf, scriptBytes, staticChunks } from "../../scripts/bench/js-budgets.mjs";
import { SITE_DIR } from "../../scripts/lib/pocketbase-binary.mjs";
import { pagesUnder } from "../../src/integrations/site-files";
import { PHONE, useBrowser } from "../support/browser";

const pages = pagesUnder(SITE_DIR).map((file) => ({
  file,
  urlPath: pathOf(file),
  html: readFileSync(path.join(SITE_DIR, file), "utf8"),
}));
const { browser, url } = useBrowser();

describe("JavaScript budgets", () => {
  it("gives every built page a budget", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((p) => !budgetOf(p.urlPath)).map((p) => p.urlPath)).toEqual([]);
  });

  it("keeps every chunk a page's markup reaches, scrolled-to islands included, within the page's full budget", () => {
    const over = pages.flatMap(({ urlPath, html }) => {
      const budget = budgetOf(urlPath);
      const bytes = scriptBytes(html, staticChunks(html));
      return budget && bytes > budget.full
        ? [`${urlPath} (${budget.type}): ${bytes} bytes, budget ${budget.full}`]
        : [];
    });
    expect(over).toEqual([]);
  });

  it("keeps what a phone loads before scrolling within each page's eager budget", async () => {
    const context = await browser().newContext(PHONE);
    const over: string[] = [];
    try {
      const page = await context.newPage();
      let requested: string[] = [];
      page.on("request", (r) => {
        const { pathname } = new URL(r.url());
        if (r.resourceType() === "script" && pathname.startsWith("/_astro/")) requested.push(pathname);
      });
      for (const { urlPath, html } of pages.filter((p) => !p.urlPath.endsWith("404.html"))) {
        requested = [];
        await page.goto(url(urlPath), { waitUntil: "load" });
        // Islands hydrated on load or when idle have hydrated, and two idle callbacks later whatever
        // they import at start has been requested. Islands for scrolling stay as the server rendered them.
        await expect
          .poll(() => page.locator("astro-island[ssr]:not([client=visible]):not([client=media])").count(), {
            message: urlPath,
          })
          .toBe(0);
        await page.evaluate(async () => {
          for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(() => r(null)));
        });
        const visibleIslands = await page.locator("astro-island[client=visible]").count();
        expect(await page.locator("astro-island[client=visible][ssr]").count(), urlPath).toBe(visibleIslands);
        const bytes = scriptBytes(html, [...new Set(requested)]);
        const budget = budgetOf(urlPath)!;
        if (bytes > budget.eager) over.push(`${urlPath} (${budget.type}): ${bytes} bytes, budget ${budget.eager}`);
      }
    } finally {
      await context.close();
    }
    expect(over).toEqual([]);
  });
});
