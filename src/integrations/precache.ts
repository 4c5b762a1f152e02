// After the build, lists every page and asset of the site in dist/precache.json with a version hash,
// so the service worker (public/sw.js) can keep the whole course available offline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { CSP_HASHES_FILE } from "./csp-hashes.ts";
import { filesUnder } from "./site-files.ts";

/** Files the offline copy leaves out: the manifest itself, the worker, search-engine files, the server's CSP hashes. */
const SKIP = new Set(["precache.json", "sw.js", "robots.txt", ".built-at", CSP_HASHES_FILE]);

/** The URL a file is served at: `modules/eoac/index.html` → `/modules/eoac/`. */
export function urlOf(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

/** Builds the manifest for a folder: every file's URL and one hash over all contents. */
export function precacheManifest(dir: string): { version: string; urls: string[] } {
  const files = filesUnder(dir)
    .filter((file) => !SKIP.has(file))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(path.join(dir, file)));
  return { version: hash.digest("hex").slice(0, 16), urls: files.map(urlOf) };
}

/** The Astro integration that writes dist/precache.json. */
export function precache(): AstroIntegration {
  return {
    name: "jiannuo-precache",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(path.join(out, "precache.json"), JSON.stringify(precacheManifest(out)));
      },
    },
  };
}
