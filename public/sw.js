// Jiannuo's service worker: once the course has been opened, every page and script of the site stays
// available without a network. Pages: network first, the cached copy when offline. Scripts and styles
// (content-hashed names): cache first. The API is never cached.
const CACHE_PREFIX = "jiannuo-site-";
// PocketBase answers with "Vary: Origin"; module scripts are requested with an Origin header and the
// precache without one, so lookups must ignore Vary or nothing would match.
const MATCH = { ignoreVary: true };

async function manifest() {
  const res = await fetch("/precache.json", { cache: "no-store" });
  if (!res.ok) throw new Error(`precache.json: ${res.status}`);
  return res.json();
}

/** Caches every URL of the manifest under its version; old versions are removed afterwards. */
async function cacheSite() {
  const { version, urls } = await manifest();
  const name = CACHE_PREFIX + version;
  if (await caches.has(name)) return name;
  const cache = await caches.open(name);
  await cache.addAll(urls);
  return name;
}

async function removeOldCaches(keep) {
  for (const key of await caches.keys()) {
    if (key.startsWith(CACHE_PREFIX) && key !== keep) await caches.delete(key);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheSite().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = await cacheSite();
      await removeOldCaches(current);
      await self.clients.claim();
    })(),
  );
});

let lastRefresh = 0;
/** After a page came from the network, check now and then whether the site changed. */
function refreshSoon() {
  if (Date.now() - lastRefresh < 5 * 60 * 1000) return;
  lastRefresh = Date.now();
  cacheSite().then(removeOldCaches).catch(() => {});
}

async function pageFirstFromNetwork(request) {
  try {
    const response = await fetch(request);
    refreshSoon();
    return response;
  } catch {
    const { pathname } = new URL(request.url);
    // /join?code=X is cached as /join/ (the server normally redirects to the folder).
    const cached =
      (await caches.match(request, { ...MATCH, ignoreSearch: true })) ??
      (pathname.endsWith("/") ? undefined : await caches.match(`${pathname}/`, MATCH));
    if (cached) return cached;
    const english = pathname.startsWith("/en/");
    return (await caches.match(english ? "/en/404/" : "/404.html", MATCH)) ?? Response.error();
  }
}

async function assetFromCache(request) {
  return (await caches.match(request, MATCH)) ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/_/")) return;
  if (request.mode === "navigate") event.respondWith(pageFirstFromNetwork(request));
  else event.respondWith(assetFromCache(request));
});
