// After the build, writes a brotli (.br) and a gzip (.gz) copy beside every text file of the site, so
// the server sends the smallest one the browser accepts without compressing on each request
// (pocketbase/pb_hooks/lib/static-files.js). Runs last: the precache manifest and CSP hashes list only
// the files themselves.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { gzipAsync } from "@gfx/zopfli";
import type { AstroIntegration } from "astro";
import { filesUnder } from "./site-files.ts";

/** Files worth compressing: text the server names a type for (pocketbase/pb_hooks/lib/pure/static-files.js). */
const TEXT = /\.(html|js|mjs|css|json|webmanifest|svg|txt|xml)$/;

/** A copy is written only when it saves at least this share of the bytes (tiny files barely shrink). */
const MIN_SAVING = 0.1;

/**
 * The gzip copy is made by Zopfli, which writes ordinary gzip about 4% smaller than zlib's best level (a
 * module page's JavaScript: −3 KB) at some seconds of build time; 5 passes get nearly all of what 15 do.
 */
const ZOPFLI = { numiterations: 5 };

/** Writes `file.br` and `file.gz` beside each text file under `dir`; resolves to the number of files compressed. */
export async function precompress(dir: string): Promise<number> {
  let count = 0;
  for (const file of filesUnder(dir)) {
    if (!TEXT.test(file)) continue;
    const full = path.join(dir, file);
    const plain = readFileSync(full);
    const copies = {
      br: brotliCompressSync(plain, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
      }),
      gz: await gzipAsync(plain, ZOPFLI),
    };
    let wrote = false;
    for (const [ext, bytes] of Object.entries(copies)) {
      if (bytes.length > plain.length * (1 - MIN_SAVING)) continue;
      writeFileSync(`${full}.${ext}`, bytes);
      wrote = true;
    }
    if (wrote) count++;
  }
  return count;
}

/** The Astro integration that precompresses dist/ (list it after every other integration that writes there). */
export function compress(): AstroIntegration {
  return {
    name: "jiannuo-compress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        logger.info(`${await precompress(fileURLToPath(dir))} files precompressed (brotli and gzip)`);
      },
    },
  };
}
