// Lighthouse performance and accessibility scores of the pages participants use most, on a tablet:
// the home page, a module page with exercises and the commitment form, served by the real server.
// Debian's chromium only (never a downloaded browser), with exactly the flags the other browser
// benchmarks use; Lighthouse's own default flags are left out so nothing else changes between them.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../lib/chromium.mjs";

export const LIGHTHOUSE_PAGES = [
  ["home", "/"],
  ["module page (exercises)", "/modules/eoac/"],
  ["commitment form", "/commit/"],
];

/** A tablet in portrait (the e2e tests' 820×1180), with Lighthouse's default mobile throttling (simulated slow 4G, 4× CPU). */
const TABLET = {
  formFactor: "mobile",
  screenEmulation: { mobile: true, width: 820, height: 1180, deviceScaleFactor: 2, disabled: false },
};

/** Debian's chromium for Lighthouse, with exactly the flags of the other browser benchmarks (kill it after). */
export function launchLighthouseChrome() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
    ignoreDefaultFlags: true,
    logLevel: "silent",
  });
}

/** Scores 0–100 per page; goals: 90 or more in both. */
export async function lighthouseScores({ url, goal = 90 }) {
  const chrome = await launchLighthouseChrome();
  const rows = [];
  try {
    for (const [page, path] of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(
        `${url}${path}`,
        { port: chrome.port, logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility"] },
        {
          extends: "lighthouse:default",
          settings: TABLET,
        },
      );
      const { categories, audits } = result.lhr;
      rows.push({
        page,
        path,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        "FCP s": (audits["first-contentful-paint"].numericValue / 1000).toFixed(1),
        "LCP s": (audits["largest-contentful-paint"].numericValue / 1000).toFixed(1),
        "TBT ms": Math.round(audits["total-blocking-time"].numericValue),
        CLS: audits["cumulative-layout-shift"].numericValue.toFixed(3),
      });
    }
  } finally {
    await chrome.kill();
  }
  return {
    rows,
    summary: rows.flatMap((r) => [
      {
        benchmark: `Lighthouse performance: ${r.page} (tablet)`,
        figure: String(r.performance),
        goal: `≥ ${goal}`,
        reference: "",
        met: r.performance >= goal,
      },
      {
        benchmark: `Lighthouse accessibility: ${r.page} (tablet)`,
        figure: String(r.accessibility),
        goal: `≥ ${goal}`,
        reference: "",
        met: r.accessibility >= goal,
      },
    ]),
  };
}
