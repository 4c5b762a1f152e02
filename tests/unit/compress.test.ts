// The build's precompressed copies (src/integrations/compress.ts): brotli and gzip beside each text
// file, identical once decoded, and none where compression would not pay.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { precompress } from "../../src/integrations/compress";

it("writes .br and .gz beside text files that shrink, and leaves other files alone", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "compress-"));
  const page = "<p>践诺</p>".repeat(500);
  writeFileSync(path.join(dir, "index.html"), page);
  writeFileSync(path.join(dir, "tiny.js"), "1");
  writeFileSync(path.join(dir, "icon.png"), Buffer.alloc(4096));
  expect(await precompress(dir)).toBe(1);
  expect(brotliDecompressSync(readFileSync(path.join(dir, "index.html.br"))).toString()).toBe(page);
  expect(gunzipSync(readFileSync(path.join(dir, "index.html.gz"))).toString()).toBe(page);
  // Zopfli: ordinary gzip, smaller than zlib's best level.
  expect(readFileSync(path.join(dir, "index.html.gz")).length).toBeLessThan(gzipSync(page, { level: 9 }).length);
  for (const file of ["tiny.js.br", "tiny.js.gz", "icon.png.br", "icon.png.gz"])
    expect(existsSync(path.join(dir, file)), file).toBe(false);
});
