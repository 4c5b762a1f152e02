// Debian's chromium driven by playwright-core, as a participant's tablet: 820×1180, Chinese.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export const TABLET: BrowserContextOptions = {
  viewport: { width: 820, height: 1180 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "zh-CN",
};

/** A participant's phone, where email links are opened: 390×844, Chinese. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  locale: "zh-CN",
  isMobile: true,
  hasTouch: true,
};

/** Launches one browser for the test file and closes it afterwards. */
export function useBrowser(): { browser: () => Browser; url: (p: string) => string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    url: (p: string) => `${inject("pocketbase").url}${p}`,
  };
}

/** Waits until the service worker controls the page and has cached the whole site (public/precache.json). */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const { version, urls } = await (await fetch("/precache.json")).json();
    const name = `jiannuo-site-${version}`;
    for (let i = 0; i < 150; i++) {
      // caches.has first: caches.open would create the cache the worker is about to fill.
      if ((await caches.has(name)) && (await (await caches.open(name)).keys()).length >= urls.length) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the site was not cached");
  });
}

/**
 * Takes the page's browser context offline: navigator.onLine turns false and every API request fails
 * as a lost connection does. Chromium's emulation alone is applied a moment late, and a page reloaded
 * through the service worker was seen to reach the server under load, so the API is also refused by
 * route; the wait ends when the page itself can no longer reach the server.
 */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await context.route("**/api/**", (route) => route.abort("internetdisconnected"));
  const reach = () =>
    page.evaluate(() =>
      fetch("/api/health", { cache: "no-store" }).then(
        () => "online",
        () => "offline",
      ),
    );
  await expect.poll(reach).toBe("offline");
}

/** Undoes goOffline: the API is reachable again and the page hears "online". */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute("**/api/**");
  await context.setOffline(false);
}

/** Signs a trainer in on `signInUrl` (the trainer page) and waits for their workspace. */
export async function signInAsTrainer(page: Page, signInUrl: string, email: string, password: string): Promise<void> {
  await page.goto(signInUrl);
  await page.fill("form[data-trainer-signin] input[name=email]", email);
  await page.fill("form[data-trainer-signin] input[name=password]", password);
  await page.click("form[data-trainer-signin] button[type=submit]");
  await page.locator("button[data-create-cohort]").waitFor();
}
