// What each kind of page makes a phone download, in gzipped bytes read from the built site in dist/:
// its HTML, CSS and JavaScript, the JavaScript counted as scripts/bench/js-budgets.mjs counts it (every
// chunk the markup reaches, scrolled-to islands included) beside that page type's full budget.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";
import { budgetOf, scriptBytes, staticChunks, wireBytes } from "./js-budgets.mjs";

/** A page of each kind measured. */
export const PAGE_TYPES = [
  ["home", "/"],
  ["join", "/join/"],
  ["module without exercises", "/modules/relationship-trust/"],
  ["module with exercises", "/modules/service-mindset/"],
  ["module with exercises", "/modules/eoac/"],
  ["module with exercises", "/modules/above-standard-demands/"],
  ["module with exercises", "/modules/belonging/"],
  ["facilitator notes", "/modules/eoac/notes/"],
  ["commitment form", "/commit/"],
  ["trainer: cohorts", "/trainer/"],
  ["trainer: dashboard", "/trainer/cohort/"],
  ["trainer: live wall", "/trainer/wall/"],
];

const kb = (n) => Math.round((n / 1024) * 10) / 10;

/** One row per page, and one summary row: every page within its type's full JavaScript budget. */
export function pageWeights() {
  const rows = PAGE_TYPES.map(([page, urlPath]) => {
    const htmlFile = path.join(SITE_DIR, urlPath, "index.html");
    if (!existsSync(htmlFile)) return { page, path: urlPath, "html KB": "not built" };
    const html = readFileSync(htmlFile, "utf8");
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].reduce((sum, m) => sum + wireBytes(m[1]), 0);
    const js = scriptBytes(html, staticChunks(html));
    const budget = budgetOf(urlPath)?.full ?? 0;
    return {
      page,
      path: urlPath,
      "html KB": kb(wireBytes(`${urlPath}index.html`)),
      "css KB": kb(css),
      "js KB": kb(js),
      "js budget KB": kb(budget),
      met: js <= budget,
    };
  });
  const over = rows.filter((r) => r.met !== true);
  const heaviestModule = rows
    .filter((r) => r.page === "module with exercises")
    .reduce((a, b) => (b["js KB"] > a["js KB"] ? b : a));
  return {
    rows,
    notes: ["JavaScript as tests/e2e/js-budgets.test.ts counts it in full (what loads before scrolling is smaller)."],
    summary: [
      {
        benchmark: "page weight: heaviest module page, JS in full",
        figure: `${heaviestModule["js KB"]} KB (${heaviestModule.path})`,
        goal: `≤ ${heaviestModule["js budget KB"]} KB`,
        reference: `${rows.find((r) => r.page === "home")?.["js KB"]} KB on the home page`,
        met: heaviestModule.met,
      },
      {
        benchmark: "page weight: pages within their JS budgets",
        figure: `${rows.length - over.length} of ${rows.length}`,
        goal: "all",
        reference: over.map((r) => r.path).join(", "),
        met: over.length === 0,
      },
    ],
  };
}
