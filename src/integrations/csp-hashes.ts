// After the build, writes dist/csp-hashes.json: the sha256 hash of every inline <script> Astro emitted
// (island hydration, the offline notice). The server's Content-Security-Policy header
// (pocketbase/pb_hooks/lib/security-headers.js) allows exactly these scripts, so no page needs
// 'unsafe-inline' for scripts. (Styles are not hashed: see security-headers.js for why.)
//
// Why not Astro's own `security.csp`: for a static site it puts the policy in a <meta> tag, which cannot
// carry frame-ancestors and does not cover the 404 page or API answers. Jiannuo needs the header anyway,
// and a second policy in a <meta> tag would have to allow every script again.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { pagesUnder } from "./site-files.ts";

/** The file the server reads; precache.ts leaves it out of the offline copy. */
export const CSP_HASHES_FILE = "csp-hashes.json";

export interface CspHashes {
  scripts: string[];
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The CSP source expressions of the inline scripts in some HTML. Browsers hash an inline script's text
 * exactly as written (script is raw text: no entities decoded).
 */
export function inlineHashes(html: string): CspHashes {
  return {
    scripts: [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha256(m[1] ?? "")),
  };
}

/** The hashes of every HTML file under a folder, each once and sorted (stable output). */
export function siteHashes(dir: string): CspHashes {
  const scripts = new Set<string>();
  for (const file of pagesUnder(dir)) {
    inlineHashes(readFileSync(path.join(dir, file), "utf8")).scripts.forEach((h) => scripts.add(h));
  }
  return { scripts: [...scripts].sort() };
}

/** The Astro integration that writes dist/csp-hashes.json. */
export function cspHashes(): AstroIntegration {
  return {
    name: "jiannuo-csp-hashes",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(path.join(out, CSP_HASHES_FILE), JSON.stringify(siteHashes(out)));
      },
    },
  };
}
