// What each kind of page makes a tablet download: gzipped HTML, CSS and JavaScript (the page's
// scripts, its islands and every chunk they import), read from the built site in dist/.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";

/** Page types measured, with a page of each type. */
export const PAGE_TYPES = [
  ["home", "index.html"],
  ["join", "join/index.html"],
  ["module without exercises", "modules/relationship-trust/index.html"],
  ["module with exercises", "modules/service-mindset/index.html"],
  ["module with exercises", "modules/eoac/index.html"],
  ["module with exercises", "modules/above-standard-demands/index.html"],
  ["module with exercises", "modules/belonging/index.html"],
  ["facilitator notes", "modules/eoac/notes/index.html"],
  ["commitment form", "commit/index.html"],
  ["trainer: cohorts", "trainer/index.html"],
  ["trainer: dashboard", "trainer/cohort/index.html"],
  ["trainer: live wall", "trainer/wall/index.html"],
];

/** The JavaScript budget of a module page with exercises (issue 4), in gzipped bytes. */
export const EXERCISE_PAGE_JS_BUDGET = 90 * 1024;

const gz = (file) => gzipSync(readFileSync(file)).length;
const fileOf = (url) => path.join(SITE_DIR, url.replace(/^\//, ""));

/** Every script the page loads, following static imports between chunks. */
export function scriptsOf(html) {
  const found = new Set();
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
  for (const inline of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const m of inline[1].matchAll(/from\s*"(\/_astro\/[^"]+\.js)"|import\s*"(\/_astro\/[^"]+\.js)"/g))
      queue.push(m[1] ?? m[2]);
  }
  while (queue.length) {
    const url = queue.pop();
    if (found.has(url) || !existsSync(fileOf(url))) continue;
    found.add(url);
    const source = readFileSync(fileOf(url), "utf8");
    for (const m of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`/_astro/${m[1]}`);
  }
  return [...found];
}

/** One row per page type: gzipped kilobytes of HTML, CSS and JavaScript. */
export function pageWeights() {
  return PAGE_TYPES.map(([type, file]) => {
    const htmlFile = path.join(SITE_DIR, file);
    if (!existsSync(htmlFile)) return { page: type, file, "html KB": "not built" };
    const html = readFileSync(htmlFile, "utf8");
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].reduce((sum, m) => sum + gz(fileOf(m[1])), 0);
    const inlineJs = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, m) => sum + gzipSync(m[1]).length,
      0,
    );
    const js = scriptsOf(html).reduce((sum, url) => sum + gz(fileOf(url)), 0) + inlineJs;
    const kb = (n) => Math.round((n / 1024) * 10) / 10;
    return { page: type, file, "html KB": kb(gz(htmlFile)), "css KB": kb(css), "js KB": kb(js), js };
  });
}
