// The moment a page works offline, for the e2e tests and the screenshots.

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
