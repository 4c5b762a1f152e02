// Lighthouse on a phone (its default mobile profile: a mid-range phone, simulated slow 4G, 4× slower
// CPU) for every participant page, against the real server: LCP, TBT, CLS, accessibility and the
// JavaScript the browser loaded, each beside its goal (README, Performance) or the page type's eager budget
// (scripts/bench/js-budgets.mjs). The JavaScript counts the bodies the server sent for the scripts
// Lighthouse saw (brotli), and what arrived with headers: over plain HTTP/1.1 each response carries
// about 1.2 KB of security headers, which an HTTP/2 proxy compresses away. The service worker's own
// script and what it caches for offline use are left out. Same chromium and flags as the tablet run
// (scripts/bench/lighthouse.mjs). With the superuser, one row more: the check-in page opened from a
// message, through a real answer link (its token in the fragment), whose goal is to be interactive.
import lighthouse from "lighthouse";
import { existsSync, statSync } from "node:fs";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";
import { answerLink } from "./fixtures.mjs";
import { budgetOf } from "./js-budgets.mjs";
import { launchLighthouseChrome } from "./lighthouse.mjs";
import { PHONE_PAGES } from "./phone-pages.mjs";

/** The body the server sends a browser for a site file: the build's brotli copy, or the file itself. */
function bodyBytes(urlPath) {
  const file = `${SITE_DIR}${urlPath}`;
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}

/**
 * One Lighthouse run of a page. A run whose trace Lighthouse could not read (NO_NAVSTART, seen on this
 * busy shared machine) has no metrics at all; it is run again, up to twice, rather than end the bench.
 */
async function measure(address, port) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(address, {
      port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance", "accessibility"],
    });
    if (!lhr.runtimeError || attempt === 3) return lhr;
    console.log(`Lighthouse could not measure ${address.replace(/#.*/, "#…")} (${lhr.runtimeError.code}); again.`);
  }
}

const GOALS = { lcp: 1500, tbt: 100, cls: 0.02, accessibility: 100, interactive: 1500 };

export async function lighthousePhone({ url, superuser }) {
  const pages = superuser
    ? [...PHONE_PAGES, ["check-in from a message", await answerLink(url, superuser)]]
    : PHONE_PAGES;
  const chrome = await launchLighthouseChrome();
  const rows = [];
  const summary = [];
  try {
    for (const [page, path] of pages) {
      const lhr = await measure(`${url}${path}`, chrome.port);
      const { audits, categories } = lhr;
      const scripts = audits["network-requests"].details.items.filter(
        (r) => r.resourceType === "Script" && new URL(r.url).pathname.startsWith("/_astro/"),
      );
      const received = scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const js = scripts.reduce((sum, r) => sum + bodyBytes(new URL(r.url).pathname), 0);
      const budget = budgetOf(new URL(path, url).pathname)?.eager ?? 0;
      const row = {
        page,
        path,
        "LCP s": audits["largest-contentful-paint"].numericValue / 1000,
        "TBT ms": Math.round(audits["total-blocking-time"].numericValue),
        CLS: audits["cumulative-layout-shift"].numericValue,
        "TTI s": audits.interactive.numericValue / 1000,
        accessibility: Math.round(categories.accessibility.score * 100),
        "JS KB": Math.round((js / 1024) * 10) / 10,
        "JS budget KB": budget / 1024,
        "JS received KB": Math.round((received / 1024) * 10) / 10,
      };
      rows.push({
        ...row,
        path: path.replace(/#.*/, "#…"),
        "LCP s": row["LCP s"].toFixed(2),
        CLS: row.CLS.toFixed(3),
        "TTI s": row["TTI s"].toFixed(2),
      });
      const line = (what, figure, goal, met) => ({
        benchmark: `phone, ${page}: ${what}`,
        figure,
        goal,
        reference: "",
        met,
      });
      summary.push(
        line("LCP", `${row["LCP s"].toFixed(2)} s`, "≤ 1.5 s", row["LCP s"] * 1000 <= GOALS.lcp),
        line("TBT", `${row["TBT ms"]} ms`, "≤ 100 ms", row["TBT ms"] <= GOALS.tbt),
        line("CLS", row.CLS.toFixed(3), "≤ 0.02", row.CLS <= GOALS.cls),
        line("accessibility", String(row.accessibility), "100", row.accessibility >= GOALS.accessibility),
        line("JS on the wire (brotli)", `${row["JS KB"]} KB`, `≤ ${budget / 1024} KB`, js <= budget),
      );
      // The goal is the page a message opens; without a superuser to make a real link, the bare page stands in.
      if (page === (superuser ? "check-in from a message" : "check-in"))
        summary.push(
          line("interactive", `${row["TTI s"].toFixed(2)} s`, "≤ 1.5 s", row["TTI s"] * 1000 <= GOALS.interactive),
        );
    }
  } finally {
    await chrome.kill();
  }
  return { rows, summary };
}
