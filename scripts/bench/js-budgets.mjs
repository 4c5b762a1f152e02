// JavaScript budgets per page type, in bytes as the server sends them to a browser that takes gzip
// (the build's .gz copy of each file; brotli, which browsers prefer, is smaller still). Read from the
// built site in dist/ by the budget test (tests/e2e/js-budgets.test.ts) and the bench.
//   eager: what a page loads before any scrolling or tapping: its module scripts and inline scripts,
//          modulepreloads, the islands hydrated on load or when idle (client:load, client:idle,
//          client:only) with their renderer, and every chunk those import statically.
//   full:  eager plus the islands hydrated when scrolled into view (client:visible, client:media).
// Chunks loaded by a dynamic import() (the coach's advice, the PocketBase client) count in neither:
// they load on a tap that needs them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";

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
  { type: "module page", pattern: /^\/modules\/[^/]+\/$/, eager: 8 * KB, full: 88 * KB },
  { type: "facilitator notes", pattern: /^\/modules\/[^/]+\/notes\/$/, eager: 1 * KB, full: 1 * KB },
  { type: "commitment form", pattern: /^\/commit\/$/, eager: 82 * KB, full: 82 * KB },
  { type: "join", pattern: /^\/join\/$/, eager: 92 * KB, full: 92 * KB },
  { type: "my commitments", pattern: /^\/me\/$/, eager: 99 * KB, full: 99 * KB },
  { type: "check-in", pattern: /^\/checkin\/$/, eager: 89 * KB, full: 89 * KB },
  { type: "sign-in", pattern: /^\/signin\/$/, eager: 94 * KB, full: 94 * KB },
  { type: "confirm, unsubscribe", pattern: /^\/(confirm|unsubscribe)\/$/, eager: 87 * KB, full: 87 * KB },
  { type: "not found", pattern: /^\/404(\.html|\/)$/, eager: 1 * KB, full: 1 * KB },
  { type: "trainer", pattern: /^\/trainer\//, eager: 95 * KB, full: 95 * KB },
];

const fileOf = (url) => path.join(SITE_DIR, url.replace(/^\//, ""));

/** Bytes a gzip-taking browser receives for a file: the build's .gz copy, or the file gzipped. */
export function wireBytes(file) {
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return gzipSync(readFileSync(file)).length;
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const LAZY_ISLANDS = new Set(["visible", "media"]);

/** Entry scripts of a page's HTML: { eager: urls[], lazy: urls[], inline: sources[] }. */
function entriesOf(html) {
  const eager = [];
  const lazy = [];
  const inline = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1], "src");
    if (src) eager.push(src);
    else {
      inline.push(m[2]);
      for (const i of m[2].matchAll(/(?:from|import)\s*"(\/_astro\/[^"]+\.js)"/g)) eager.push(i[1]);
    }
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)) eager.push(attr(m[0], "href"));
  for (const m of html.matchAll(/<astro-island[^>]*>/g)) {
    const urls = [attr(m[0], "component-url"), attr(m[0], "renderer-url")].filter(Boolean);
    (LAZY_ISLANDS.has(attr(m[0], "client")) ? lazy : eager).push(...urls);
  }
  return {
    eager: eager.filter((u) => u?.startsWith("/_astro/")),
    lazy: lazy.filter((u) => u.startsWith("/_astro/")),
    inline,
  };
}

/** The given chunks and every chunk they import statically. */
function withImports(urls) {
  const found = new Set();
  const queue = [...urls];
  while (queue.length) {
    const url = queue.pop();
    if (found.has(url) || !existsSync(fileOf(url))) continue;
    found.add(url);
    const source = readFileSync(fileOf(url), "utf8");
    for (const m of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`/_astro/${m[1]}`);
  }
  return found;
}

/** A page's JavaScript: { eager, full } bytes on the wire (gzip) and the chunks counted. */
export function pageScripts(html) {
  const { eager, lazy, inline } = entriesOf(html);
  const inlineBytes = inline.reduce((sum, s) => sum + (s.trim() ? gzipSync(s).length : 0), 0);
  const eagerChunks = withImports(eager);
  const fullChunks = withImports([...eager, ...lazy]);
  const sum = (chunks) => [...chunks].reduce((n, url) => n + wireBytes(fileOf(url)), inlineBytes);
  return { eager: sum(eagerChunks), full: sum(fullChunks), eagerChunks: [...eagerChunks], fullChunks: [...fullChunks] };
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

/** One row per built page: its path, type, eager and full bytes and budgets. */
export function pageBudgetRows(htmlFiles) {
  return htmlFiles.map((file) => {
    const urlPath = pathOf(file);
    const budget = budgetOf(urlPath);
    const { eager, full } = pageScripts(readFileSync(path.join(SITE_DIR, file), "utf8"));
    return { path: urlPath, type: budget?.type, eager, full, budget };
  });
}
