// Serving the built site's files: the precompressed copy (.br or .gz, written by the build beside each
// text file, see src/integrations/compress.ts) when the client accepts it, and a Cache-Control for every
// file (lib/pure/static-files.js). A file with no copy the client takes goes to PocketBase's own file
// server, headers already set.
const { cacheControlFor, chooseEncoding, contentTypeOf } = require("./pure/static-files.js");
const { DOCUMENT_ONLY_HEADERS, isHashedSubresource } = require("./security-headers.js");
const { publicDirOf } = require("./site.js");

function isFile(path) {
  try {
    return !$os.stat(path).isDir();
  } catch (_) {
    return false;
  }
}

/** The site file a GET or HEAD asks for (`modules/eoac/index.html`), or "" for anything else. */
function siteFileOf(e) {
  const method = e.request.method;
  const path = e.request.url.path;
  if (method !== "GET" && method !== "HEAD") return "";
  if (path.startsWith("/api/") || path.startsWith("/_/") || path.includes("..") || !path.startsWith("/")) return "";
  return path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1);
}

function serveStatic(e) {
  const file = siteFileOf(e);
  const publicDir = publicDirOf($os.args);
  if (!file || !isFile(`${publicDir}/${file}`)) return e.next();
  const headers = e.response.header();
  headers.set("Cache-Control", cacheControlFor(e.request.url.path));
  // Set by the security middleware before the file was known to exist (a missing one is a 404 page).
  if (isHashedSubresource(file)) for (const name of DOCUMENT_ONLY_HEADERS) headers.del(name);
  const available = { br: isFile(`${publicDir}/${file}.br`), gzip: isFile(`${publicDir}/${file}.gz`) };
  if (!available.br && !available.gzip) return e.next();
  headers.add("Vary", "Accept-Encoding");
  const encoding = chooseEncoding(e.request.header.get("Accept-Encoding"), available);
  const type = contentTypeOf(file);
  if (!encoding || !type) return e.next();
  const copy = `${file}.${encoding === "br" ? "br" : "gz"}`;
  headers.set("Content-Encoding", encoding);
  headers.set("Content-Type", type);
  // Go's file server leaves the length out of an encoded answer (it would send HEAD without one and
  // GET chunked); a range answers a part, whose length the server sets itself.
  if (!e.request.header.get("Range")) headers.set("Content-Length", String($os.stat(`${publicDir}/${copy}`).size()));
  return e.fileFS($os.dirFS(publicDir), copy);
}

module.exports = { serveStatic };
