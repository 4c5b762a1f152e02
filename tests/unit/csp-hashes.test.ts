// The build step that lists the inline scripts' hashes for the server's Content-Security-Policy.
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { inlineHashes, siteHashes } from "../../src/integrations/csp-hashes";

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

it("hashes each inline script's text exactly as written, and no external script", () => {
  const html = `<head><script type="module">let a = "&amp;";\n</script><script src="/_astro/x.js"></script>
  <script async type="module" src="/_astro/y.js"></script><style>p{color:red}</style></head><script>(()=>{})()</script>`;
  expect(inlineHashes(html).scripts).toEqual([hashOf('let a = "&amp;";\n'), hashOf("(()=>{})()")]);
});

it("collects the hashes of every page under a folder once, sorted", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "jiannuo-csp-"));
  try {
    mkdirSync(path.join(dir, "join"));
    writeFileSync(path.join(dir, "index.html"), "<script>one()</script><script>two()</script>");
    writeFileSync(path.join(dir, "join/index.html"), "<script>two()</script>");
    writeFileSync(path.join(dir, "notes.txt"), "<script>not a page()</script>");
    expect(siteHashes(dir).scripts).toEqual([hashOf("one()"), hashOf("two()")].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
