// Offline in the browser, for the e2e tests and the screenshots: the moment a page works offline, and
// the moment it really is offline.

/**
 * Waits until the service worker controls the page and has cached the whole site (public/precache.json).
 * @param {import("playwright-core").Page} page
 */
export async function waitForOfflineCopy(page) {
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
 * @param {import("playwright-core").BrowserContext} context
 * @param {import("playwright-core").Page} page
 */
export async function goOffline(context, page) {
  await context.setOffline(true);
  await context.route("**/api/**", (route) => route.abort("internetdisconnected"));
  for (let i = 0; i < 100; i++) {
    const reached = await page.evaluate(() =>
      fetch("/api/health", { cache: "no-store" }).then(
        () => true,
        () => false,
      ),
    );
    if (!reached) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the page still reaches the server after going offline");
}

/**
 * Undoes goOffline: the API is reachable again and the page hears "online".
 * @param {import("playwright-core").BrowserContext} context
 */
export async function goOnline(context) {
  await context.unroute("**/api/**");
  await context.setOffline(false);
}
