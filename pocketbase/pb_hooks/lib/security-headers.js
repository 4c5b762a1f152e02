// Security headers for every response: site pages, the 404 page, API answers, and PocketBase's admin
// dashboard at /_/ (which gets every header but the Content-Security-Policy: it is PocketBase's own
// app, not ours to keep in step with a policy).
//
// The site's policy:
// - script-src: only the site's own files plus the exact inline scripts of the build, by their sha256
//   hash (dist/csp-hashes.json, written by src/integrations/csp-hashes.ts). No 'unsafe-inline': even a
//   participant's text that slipped through as markup could not run.
// - style-src keeps 'unsafe-inline': the dashboard previews the follow-up email in a sandboxed srcdoc
//   iframe, which inherits the page's policy, and email HTML must style with style attributes (email
//   clients drop stylesheets); a hash cannot allow a style attribute. CSS cannot run script, and the
//   sandbox keeps the preview from running any.
// - frame-ancestors 'none' (and X-Frame-Options DENY for older browsers): no page may be framed.
// - connect-src 'self': the API and its realtime stream are served from the same origin.
// Referrer-Policy no-referrer: the follow-up email's check-in links carry their token in the address;
// it must reach no other site and not even this server's request log (PocketBase logs the Referer).

const CSP_HASHES_FILE = "csp-hashes.json";
const CACHE_KEY = "jiannuo:csp-script-hashes";

/** Browser features no page of Jiannuo uses; fullscreen stays for the trainer's projected screens. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "screen-wake-lock=()",
  "xr-spatial-tracking=()",
  "fullscreen=(self)",
].join(", ");

/** The site's Content-Security-Policy, allowing the given inline script hashes. */
function sitePolicy(scriptHashes) {
  return [
    "default-src 'self'",
    ["script-src 'self'"].concat(scriptHashes).join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing may load from them or frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The build's inline script hashes, read once per process (none when the site has no hash file). */
function scriptHashes(publicDir) {
  const store = $app.store();
  const cached = store.get(CACHE_KEY);
  if (cached) return cached;
  let hashes = [];
  try {
    const parsed = JSON.parse(toString($os.readFile(`${publicDir}/${CSP_HASHES_FILE}`)));
    hashes = (parsed.scripts || []).filter((h) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(h));
  } catch (_) {
    // No hash file (a site built without the integration, or the tests' fixture): own files only.
  }
  store.set(CACHE_KEY, hashes);
  return hashes;
}

/** The headers for a request path: name to value. */
function securityHeaders(path, publicDir) {
  const common = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
  // The admin dashboard: PocketBase's own SAMEORIGIN framing and no policy of ours.
  if (path === "/_" || path.startsWith("/_/")) return common;
  const policy = path === "/api" || path.startsWith("/api/") ? API_POLICY : sitePolicy(scriptHashes(publicDir));
  return Object.assign(common, { "Content-Security-Policy": policy, "X-Frame-Options": "DENY" });
}

/**
 * Headers that only act on a document (or a worker): a script or stylesheet the page loads is governed by
 * the page's own policy, framing and permissions, never by its own response's. lib/static-files.js drops
 * them from the build's hashed scripts and stylesheets, where they cost about 1.2 KB on every response:
 * over plain HTTP/1.1 a phone opening the check-in page paid about 20 KB of them for its chunks on a
 * slow link (README, Performance). nosniff and no-referrer stay: they do act on these files.
 */
const DOCUMENT_ONLY_HEADERS = ["Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"];

/** Whether a site file (`_astro/react.abc123.js`) is a hashed script or stylesheet, never shown as a document. */
function isHashedSubresource(file) {
  return file.startsWith("_astro/") && !file.includes("/", "_astro/".length) && /\.(js|css)$/.test(file);
}

module.exports = { DOCUMENT_ONLY_HEADERS, isHashedSubresource, securityHeaders, sitePolicy };
