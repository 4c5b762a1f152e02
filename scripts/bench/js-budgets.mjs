// JavaScript budgets per page type, in bytes as the server sends them to a browser that takes gzip
// (the build's .gz copy of each file; brotli, which browsers prefer, is smaller still). Checked by
// tests/e2e/js-budgets.test.ts against the built site, two ways:
//   eager: what a phone really loads before any scrolling or tapping, recorded in chromium: module
//          and inline scripts, islands hydrated on load or when idle, every chunk they import,
//          statically or by an import() that runs at start (the PocketBase client on most forms).
//   full:  every chunk the page's markup reaches through static imports, including the islands that
//          hydrate only when scrolled into view (client:visible), read from dist/ alone. Chunks only
//          an interaction imports (the coach's advice, the PocketBase client when a commitment is sent)
//          count in neither.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";
import { staticImportsOf } from "../../src/integrations/static-imports.mjs";

const KB = 1024;

/**
 * Page types, matched against the page's URL path without the /en prefix, each with its budgets in
 * bytes (gzip). The first match wins; a page of no type fails the budget test, so a new page needs one.
 * Each budget is about a kilobyte above the page's figure when it was set (README, "What each page
 * costs"): growth is a decision, made here. Module pages load no React until their exercises are
 * scrolled into view, and their eager budget keeps it so.
 */
export const PAGE_BUDGETS = [
  { type: "home", pattern: /^\/$/, eager: 4 * KB, full: 4 * KB },
  // In full: the goal of 80 KB (70.0–78.3 KB when set; the commitment form's code comes on a tap).
  { type: "module page", pattern: /^\/modules\/[^/]+\/$/, eager: 8 * KB, full: 80 * KB },
  { type: "facilitator notes", pattern: /^\/modules\/[^/]+\/notes\/$/, eager: 1 * KB, full: 1 * KB },
  { type: "commitment form", pattern: /^\/commit\/$/, eager: 81 * KB, full: 81 * KB },
  { type: "join", pattern: /^\/join\/$/, eager: 91 * KB, full: 91 * KB },
  { type: "re-join", pattern: /^\/rejoin\/$/, eager: 89 * KB, full: 89 * KB },
  // Signed out (the first visit): the signed-in part (+26 KB) loads only on a device with a session.
  { type: "my commitments", pattern: /^\/me\/$/, eager: 75 * KB, full: 75 * KB },
  { type: "participant wall", pattern: /^\/wall\/$/, eager: 86 * KB, full: 86 * KB },
  { type: "check-in", pattern: /^\/checkin\/$/, eager: 9 * KB, full: 9 * KB },
  { type: "sign-in", pattern: /^\/signin\/$/, eager: 92 * KB, full: 92 * KB },
  { type: "confirm", pattern: /^\/confirm\/$/, eager: 85 * KB, full: 85 * KB },
  { type: "unsubscribe", pattern: /^\/unsubscribe\/$/, eager: 75 * KB, full: 75 * KB },
  // Opened from the supervisor's weekly email on a phone: React and plain fetch, no PocketBase client.
  { type: "supervisor page", pattern: /^\/supervisor\/$/, eager: 74 * KB, full: 74 * KB },
  { type: "not found", pattern: /^\/404(\.html|\/)$/, eager: 1 * KB, full: 1 * KB },
  { type: "trainer dashboard", pattern: /^\/trainer\/cohort\/$/, eager: 101 * KB, full: 101 * KB },
  { type: "trainer", pattern: /^\/trainer\//, eager: 95 * KB, full: 95 * KB },
];

const fileOf = (url) => path.join(SITE_DIR, url.replace(/^\//, ""));

/** Bytes a gzip-taking browser receives for a site URL: the build's .gz copy, or the file gzipped. */
export function wireBytes(url) {
  const file = fileOf(url);
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return gzipSync(readFileSync(file)).length;
}

/** Gzipped bytes of the page's inline scripts (they travel inside the HTML). */
export function inlineScriptBytes(html) {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.trim())
    .reduce((sum, s) => sum + gzipSync(s).length, 0);
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Every chunk the page's markup reaches: script sources, modulepreloads, islands, imports of inline scripts, and their static imports. */
export function staticChunks(html) {
  const entries = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1], "src");
    if (src) entries.push(src);
    for (const i of m[2].matchAll(/(?:from|import)\s*"(\/_astro\/[^"]+\.js)"/g)) entries.push(i[1]);
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)) entries.push(attr(m[0], "href"));
  for (const m of html.matchAll(/<astro-island[^>]*>/g))
    entries.push(attr(m[0], "component-url"), attr(m[0], "renderer-url"));
  const found = new Set();
  const read = (url) => readFileSync(fileOf(url), "utf8");
  for (const url of entries) {
    if (!url?.startsWith("/_astro/") || found.has(url) || !existsSync(fileOf(url))) continue;
    found.add(url);
    for (const chunk of staticImportsOf(url, read)) found.add(chunk);
  }
  return [...found];
}

/** The page's JavaScript, gzip bytes, for the given chunks plus its inline scripts. */
export function scriptBytes(html, chunks) {
  return chunks.reduce((sum, url) => sum + wireBytes(url), inlineScriptBytes(html));
}

/** The URL path of a built page file: `en/modules/eoac/index.html` → `/en/modules/eoac/`. */
export function pathOf(file) {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The budget of a page path, or undefined. */
export function budgetOf(urlPath) {
  const bare = urlPath.replace(/^\/en(?=\/|$)/, "") || "/";
  return PAGE_BUDGETS.find((b) => b.pattern.test(bare));
}
