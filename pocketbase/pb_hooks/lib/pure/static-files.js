// How a file of the built site goes out (lib/static-files.js serves it): which precompressed copy the
// build wrote beside it (src/integrations/compress.ts) the client can take, and how long caches keep it.

/** Long enough to count as forever: the build names every /_astro/ file after a hash of its content. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, the service worker and its manifest change with every deployment: revalidate each time (a 304 when unchanged). */
const REVALIDATE = "no-cache";
/** Other unhashed files (icons, the web manifest, robots.txt): an hour, so a deployment reaches everyone soon. */
const SHORT = "public, max-age=3600";

/** The Cache-Control of a site path (`/`, `/modules/eoac/`, `/_astro/client.abc123.js`). */
function cacheControlFor(path) {
  if (path.startsWith("/_astro/")) return IMMUTABLE;
  if (path.endsWith("/") || path.endsWith(".html") || path === "/sw.js" || path === "/precache.json") return REVALIDATE;
  return SHORT;
}

/** The Content-Type of a file by its extension, as Go's file server names it; "" when unknown. */
const TYPES = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  webmanifest: "application/manifest+json",
  svg: "image/svg+xml",
  txt: "text/plain; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

function contentTypeOf(file) {
  const dot = file.lastIndexOf(".");
  return (dot >= 0 && TYPES[file.slice(dot + 1).toLowerCase()]) || "";
}

/**
 * Which copy to send: "br", "gzip" or "" (the plain file), from the request's Accept-Encoding and the
 * copies that exist ({ br, gzip } booleans). Brotli first (smaller); a coding with q=0 is refused.
 */
function chooseEncoding(acceptEncoding, available) {
  const accepted = {};
  for (const part of String(acceptEncoding || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted[name] = q ? Number(q.slice(2)) > 0 : true;
  }
  const takes = (coding) => (coding in accepted ? accepted[coding] : accepted["*"] === true);
  if (available.br && takes("br")) return "br";
  if (available.gzip && takes("gzip")) return "gzip";
  return "";
}

module.exports = { cacheControlFor, chooseEncoding, contentTypeOf };
