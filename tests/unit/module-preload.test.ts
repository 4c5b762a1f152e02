// The build's modulepreload links (src/integrations/module-preload.ts, static-imports.mjs): every chunk
// a page script imports statically, however deep, is announced before the script, once per page;
// dynamic imports and islands are not.
import { describe, expect, it } from "vitest";
import { staticImportsOf } from "../../src/integrations/static-imports.mjs";
import { withModulePreloads } from "../../src/integrations/module-preload";

const CHUNKS: Record<string, string> = {
  "/_astro/page.A.js": 'import{a as e}from"./api.B.js";import"./style.C.js";const t=()=>import("./lazy.D.js");',
  "/_astro/api.B.js": 'import{d}from"./device.E.js";export const a=1;',
  "/_astro/style.C.js": 'import{d}from"./device.E.js";',
  "/_astro/device.E.js": "export const d=2;",
  "/_astro/lazy.D.js": 'import{x}from"./big.F.js";',
  "/_astro/other.G.js": 'import{d}from"./device.E.js";',
};
const read = (url: string) => {
  const code = CHUNKS[url];
  if (code === undefined) throw new Error(`no chunk ${url}`);
  return code;
};

describe("modulepreload links for page scripts", () => {
  it("lists the static imports, however deep, each once, and not the dynamic ones", () => {
    expect(staticImportsOf("/_astro/page.A.js", read)).toEqual([
      "/_astro/api.B.js",
      "/_astro/device.E.js",
      "/_astro/style.C.js",
    ]);
  });

  it("puts the links before each script, a chunk shared by two scripts only once", () => {
    const html =
      '<head><script type="module" src="/_astro/page.A.js"></script></head><body><p>x</p>' +
      '<script type="module" src="/_astro/other.G.js"></script><astro-island component-url="/_astro/lazy.D.js"></astro-island></body>';
    expect(withModulePreloads(html, read)).toBe(
      '<head><link rel="modulepreload" href="/_astro/api.B.js"><link rel="modulepreload" href="/_astro/device.E.js">' +
        '<link rel="modulepreload" href="/_astro/style.C.js"><script type="module" src="/_astro/page.A.js"></script></head>' +
        '<body><p>x</p><script type="module" src="/_astro/other.G.js"></script>' +
        '<astro-island component-url="/_astro/lazy.D.js"></astro-island></body>',
    );
  });

  it("leaves a page without page scripts as it is", () => {
    const html =
      '<body><script type="module">var a=1</script><astro-island component-url="/_astro/lazy.D.js"></astro-island></body>';
    expect(withModulePreloads(html, read)).toBe(html);
  });
});
