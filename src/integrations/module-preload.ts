// After the build, gives each page script (`<script type="module" src>`) a `<link rel="modulepreload">`
// for every chunk it imports statically, directly or not. Without them a phone learns of each chunk
// only once the one importing it has arrived: the check-in page's script was four round trips deep
// before it could draw the commitment a message links to (README, "What each page costs"). Islands
// are left alone: Astro imports them when they hydrate, and preloading them would fetch React before
// the first paint.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { staticImportsOf } from "./static-imports.mjs";
import { pagesUnder } from "./site-files.ts";

/** `html` with the modulepreload links of its page scripts' static imports, each group before its script. */
export function withModulePreloads(html: string, read: (url: string) => string): string {
  const linked = new Set<string>();
  return html.replace(/<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g, (tag, entry: string) => {
    const links = staticImportsOf(entry, read)
      .filter((chunk) => !linked.has(chunk) && linked.add(chunk))
      .map((chunk) => `<link rel="modulepreload" href="${chunk}">`);
    return links.join("") + tag;
  });
}

/** The Astro integration; it runs before the offline copy's manifest and the compressed copies are made. */
export function modulePreload(): AstroIntegration {
  return {
    name: "jiannuo-module-preload",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        const read = (url: string) => readFileSync(path.join(out, url), "utf8");
        for (const file of pagesUnder(out)) {
          const html = readFileSync(path.join(out, file), "utf8");
          const preloaded = withModulePreloads(html, read);
          if (preloaded !== html) writeFileSync(path.join(out, file), preloaded);
        }
      },
    },
  };
}
