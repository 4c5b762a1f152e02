// Bytes on the wire: what the real server sends for a page and every file its markup reaches (HTML,
// stylesheets, all JavaScript chunks of scripts/bench/js-budgets.mjs's full count), asked as a browser
// asks (Accept-Encoding: br, gzip), as a gzip-only client, and with no Accept-Encoding (the plain
// files: the reference, and what every client got before the server sent compressed files).
import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { SITE_DIR } from "../lib/pocketbase-binary.mjs";
import { staticChunks } from "./js-budgets.mjs";
import { PHONE_PAGES } from "./phone-pages.mjs";

/** The participant pages Lighthouse measures, and the trainer's heaviest page. */
export const WIRE_PAGES = [...PHONE_PAGES, ["trainer: dashboard", "/trainer/cohort/"]];

/** The body's length as sent (not decoded) and the response's Content-Encoding. */
function fetchRaw(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode, bytes, encoding: res.headers["content-encoding"] ?? "" }));
    });
    req.on("error", reject);
    req.end();
  });
}

const kb = (n) => Math.round((n / 1024) * 10) / 10;

export async function wireBytes({ url }) {
  const rows = [];
  const summary = [];
  for (const [page, urlPath] of WIRE_PAGES) {
    const html = readFileSync(path.join(SITE_DIR, urlPath.slice(1), "index.html"), "utf8");
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]);

    const totals = { plain: 0, br: 0, gzip: 0, jsPlain: 0, jsBr: 0, jsGzip: 0 };
    for (const file of [urlPath, ...css, ...staticChunks(html)]) {
      const js = file.endsWith(".js");
      for (const [key, accept] of [
        ["plain", ""],
        ["br", "br, gzip"],
        ["gzip", "gzip"],
      ]) {
        const res = await fetchRaw(`${url}${file}`, accept);
        if (res.status !== 200) throw new Error(`${file}: status ${res.status}`);
        totals[key] += res.bytes;
        if (js) totals[`js${key[0].toUpperCase()}${key.slice(1)}`] += res.bytes;
      }
    }
    rows.push({
      page,
      path: urlPath,
      "plain KB": kb(totals.plain),
      "br KB": kb(totals.br),
      "gzip KB": kb(totals.gzip),
      "JS plain KB": kb(totals.jsPlain),
      "JS br KB": kb(totals.jsBr),
      "JS gzip KB": kb(totals.jsGzip),
    });
    summary.push({
      benchmark: `on the wire, brotli: ${page} and all its files`,
      figure: `${kb(totals.br)} KB (JS ${kb(totals.jsBr)} KB)`,
      goal: "≤ ⅓ of plain",
      reference: `${kb(totals.plain)} KB plain (JS ${kb(totals.jsPlain)} KB)`,
      met: totals.br * 3 <= totals.plain,
    });
  }
  return {
    rows,
    notes: ["Bytes as the server sent them: 'br' asked with Accept-Encoding: br, gzip; 'plain' with none."],
    summary,
  };
}
