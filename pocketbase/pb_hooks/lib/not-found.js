// Picks and reads the localised 404 page for a page request that found nothing.

/** The HTML of the 404 page for this request, or null when the error is not a missing page. */
function notFoundPage(e, err) {
  const method = e.request.method;
  const path = e.request.url.path;
  if (method !== "GET" && method !== "HEAD") return null;
  if (path.startsWith("/api/") || path.startsWith("/_/")) return null;
  const status = err && err.value && typeof err.value.status === "number" ? err.value.status : 0;
  if (status !== 404 && !/404|not found/i.test(String(err))) return null;
  const publicDir = publicDirOf($os.args);
  const candidates = path === "/en" || path.startsWith("/en/") ? ["en/404.html", "en/404/index.html"] : ["404.html"];
  for (const file of candidates) {
    try {
      return toString($os.readFile(`${publicDir}/${file}`));
    } catch (_) {}
  }
  return null;
}

/** The --publicDir the server was started with. */
function publicDirOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("--publicDir=")) return args[i].slice("--publicDir=".length);
    if (args[i] === "--publicDir") return args[i + 1];
  }
  return "pb_public";
}

module.exports = { notFoundPage, publicDirOf };
