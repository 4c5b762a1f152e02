// The files of a built site, for the build steps that read it after Astro is done.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under `dir`, as paths relative to it with "/" separators (`modules/eoac/index.html`). */
export function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, base);
    return [path.relative(base, full).split(path.sep).join("/")];
  });
}

/** The built pages under `dir` (its `.html` files), as filesUnder gives them. */
export function pagesUnder(dir: string): string[] {
  return filesUnder(dir).filter((file) => file.endsWith(".html"));
}
