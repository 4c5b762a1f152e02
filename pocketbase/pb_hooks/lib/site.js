// Serving the static site: page folders and the localised 404 page.
const { arrivedQuery } = require("./link-token.js");

/** Whether this request asks for a page of the site (not the API or the admin dashboard). */
function isPageRequest(e) {
  const method = e.request.method;
  const path = e.request.url.path;
  return (method === "GET" || method === "HEAD") && !path.startsWith("/api/") && !path.startsWith("/_/");
}

/** The --publicDir the server was started with. */
function publicDirOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("--publicDir=")) return args[i].slice("--publicDir=".length);
    if (args[i] === "--publicDir") return args[i + 1];
  }
  return "pb_public";
}

function isFile(path) {
  try {
    return !$os.stat(path).isDir();
  } catch (_) {
    return false;
  }
}

/** For /page when /page/index.html exists: "/page/" plus the original query; else null. */
function pageFolderRedirect(e) {
  if (!isPageRequest(e)) return null;
  const path = e.request.url.path;
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (path.endsWith("/") || last.includes(".") || path.includes("..")) return null;
  if (!isFile(`${publicDirOf($os.args)}${path}/index.html`)) return null;
  // The query as it arrived: an old email's /checkin?t=... keeps its token (lib/link-token.js hides it from the log).
  const query = arrivedQuery(e);
  return `${path}/${query ? `?${query}` : ""}`;
}

/** The HTML of the 404 page for a page request that found nothing, or null. */
function notFoundPage(e, err) {
  if (!isPageRequest(e)) return null;
  const status = err && err.value && typeof err.value.status === "number" ? err.value.status : 0;
  if (status !== 404 && !/404|not found/i.test(String(err))) return null;
  const path = e.request.url.path;
  const publicDir = publicDirOf($os.args);
  const candidates = path === "/en" || path.startsWith("/en/") ? ["en/404.html", "en/404/index.html"] : ["404.html"];
  for (const file of candidates) {
    try {
      return toString($os.readFile(`${publicDir}/${file}`));
    } catch (_) {}
  }
  return null;
}

module.exports = { notFoundPage, pageFolderRedirect, publicDirOf };
