// The course on a tablet: every module in both languages, the facilitator notes, the language switch
// keeping the reader in place, progress on this device, and accessibility.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { TABLET, useBrowser } from "../support/browser";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();

const MODULES = [
  "service-mindset",
  "eoac",
  "above-standard-demands",
  "relationship-trust",
  "belonging",
  "action-commitment",
];
const LOCALES = [
  ["zh-CN", ""],
  ["en", "/en"],
] as const;

describe.each(LOCALES)("modules in %s", (lang, prefix) => {
  it.each(MODULES.map((slug, i) => ({ slug, n: i + 1 })))(
    "module $n ($slug) renders as static text and ends with the commitment step, whose form opens on a tap",
    async ({ slug }) => {
      const page = await browser().newPage(TABLET);
      const response = await page.goto(url(`${prefix}/modules/${slug}/`));
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.locator(`article[data-module-slug="${slug}"]`).count()).toBe(1);
      expect((await page.locator("main h1").innerText()).length).toBeGreaterThan(2);
      expect(await page.locator('[data-section="objectives"] li').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(".prose h2").count()).toBeGreaterThanOrEqual(3);
      // The step is an island that hydrates when the reader reaches the end of the module; its form
      // loads when asked for.
      expect(await page.locator("[data-commitment-step] [data-commitment-form]").count()).toBe(0);
      await openCommitmentStep(page, slug);
      await page.close();
    },
  );

  it.each(MODULES)("facilitator notes of %s list timings, discussion questions and what to watch for", async (slug) => {
    const page = await browser().newPage(TABLET);
    expect((await page.goto(url(`${prefix}/modules/${slug}/notes/`)))?.status()).toBe(200);
    expect(
      await page.locator(`article[data-notes-for="${slug}"] table.timings tbody tr`).count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-section="discussion"] li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-section="watch-for"] li').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe("reading the course", () => {
  it("module text needs no JavaScript", async () => {
    const context = await browser().newContext({ ...TABLET, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/modules/relationship-trust/"));
    const text = await page.locator(".prose").first().innerText();
    expect(text.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThan(300);
    await context.close();
  });

  it("a module without exercises loads no framework JavaScript", async () => {
    const page = await browser().newPage(TABLET);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(url("/modules/relationship-trust/"));
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((s) => /react|client\.|island/i.test(s))).toEqual([]);
    await page.close();
  });

  it("the language switcher keeps the reader on the same module and notes page", async () => {
    const page = await browser().newPage(TABLET);
    await page.goto(url("/modules/belonging/"));
    await page.locator('a[hreflang="en"]').first().click();
    await page.waitForURL(/\/en\/modules\/belonging\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.goto(url("/en/modules/eoac/notes/"));
    await page.locator('a[hreflang="zh-CN"]').first().click();
    await page.waitForURL(/\/modules\/eoac\/notes\/$/);
    expect(new URL(page.url()).pathname).toBe("/modules/eoac/notes/");
    await page.close();
  });

  it("the course home lists the modules in order and shows which were read on this device", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url("/"));
    const slugs = await page
      .locator(".module-list li[data-module-slug]")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-module-slug")));
    expect(slugs).toEqual(MODULES);
    await page.goto(url("/modules/eoac/"));
    await page.goto(url("/"));
    await page.locator('.module-list li[data-module-slug="eoac"][data-progress="visited"]').waitFor();
    expect(await page.locator('.module-list li[data-progress="visited"]').count()).toBe(1);
    await page.reload();
    await page.locator('.module-list li[data-module-slug="eoac"][data-progress="visited"]').waitFor();
    await context.close();
  });

  it.each(["/modules/relationship-trust/", "/en/modules/action-commitment/", "/modules/eoac/notes/"])(
    "axe finds no serious or critical violation on %s",
    async (path) => {
      const page = await browser().newPage(TABLET);
      await page.goto(url(path));
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it.each([
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
    { width: 1366, height: 1024 },
  ])("fits a $width×$height tablet without sideways scrolling, with touch targets of 44 px", async (viewport) => {
    const page = await browser().newPage({ ...TABLET, viewport });
    await page.goto(url("/modules/eoac/"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const small = await page.locator("main a, main button").evaluateAll((els) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const inline = getComputedStyle(el).display === "inline" && el.closest("p, li");
          return r.width > 0 && !inline && (r.width < 44 || r.height < 44);
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await page.close();
  });
});
