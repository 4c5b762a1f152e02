// What a participant sees first: the home page in Chinese, the English version, and a real 404.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { TABLET, useBrowser } from "../support/browser";

const { browser, url } = useBrowser();

describe("the home page", () => {
  it("renders in Chinese at /", async () => {
    const page = await browser().newPage(TABLET);
    const response = await page.goto(url("/"));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toContain("践诺");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]{10,}/);
    await page.close();
  });

  it("links to joining a workshop, and to the English version of the same page", async () => {
    const page = await browser().newPage(TABLET);
    await page.goto(url("/"));
    expect(await page.locator('main a[href*="join"]').count()).toBeGreaterThan(0);
    await page.locator('a[hreflang="en"], a[lang="en"]').first().click();
    await page.waitForURL(/\/en\/?$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").innerText()).toContain("Jiannuo");
    await page.close();
  });
});

describe("an unknown address", () => {
  it.each([
    ["/no-such-page", "zh-CN"],
    ["/en/no-such-page", "en"],
  ])("%s answers 404 with a localised page that links home", async (path, lang) => {
    const page = await browser().newPage(TABLET);
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.locator("main a").count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("accessibility", () => {
  it.each(["/", "/en/", "/join/", "/en/join/", "/no-such-page"])(
    "axe finds no serious or critical violation on %s",
    async (path) => {
      const page = await browser().newPage(TABLET);
      await page.goto(url(path));
      if (path.includes("join")) await page.waitForSelector("form input[name=name]");
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
