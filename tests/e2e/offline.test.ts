// Once a participant has opened the course, it keeps working without a network, and says so.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { TABLET, useBrowser } from "../support/browser";

const { browser, url } = useBrowser();

/** Waits until the service worker controls the page and has cached the site. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const manifest = await (await fetch("/precache.json")).json();
    for (let i = 0; i < 100; i++) {
      if (await caches.has(`jiannuo-site-${manifest.version}`)) {
        const cache = await caches.open(`jiannuo-site-${manifest.version}`);
        if ((await cache.keys()).length >= manifest.urls.length) return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the site was not cached");
  });
}

describe("offline", () => {
  it("pages opened once keep working offline, with a notice in the page's language", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url("/"));
    await waitForOfflineCopy(page);
    expect(await page.locator("[data-offline-notice]").isHidden()).toBe(true);

    await context.setOffline(true);
    await page.goto(url("/join/?code=ABCDEF"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.waitForSelector("form input[name=name]");
    expect(await page.inputValue("input[name=code]")).toBe("ABCDEF");
    const notice = page.locator("[data-offline-notice]");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("没有联网");

    await page.goto(url("/en/"));
    expect(await page.locator("h1").innerText()).toContain("Jiannuo");
    expect(await page.locator("[data-offline-notice]").innerText()).toContain("offline");

    await context.setOffline(false);
    await page.reload();
    expect(await page.locator("[data-offline-notice]").isHidden()).toBe(true);
    await context.close();
  });
});
