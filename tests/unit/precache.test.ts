import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { precacheManifest, urlOf } from "../../src/integrations/precache";

it.each([
  ["index.html", "/"],
  ["modules/eoac/index.html", "/modules/eoac/"],
  ["404.html", "/404.html"],
  ["_astro/app.abc.js", "/_astro/app.abc.js"],
])("serves %s at %s", (file, url) => expect(urlOf(file)).toBe(url));

it("lists every file except the worker and its manifest, and versions by content", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "precache-"));
  mkdirSync(path.join(dir, "en"));
  writeFileSync(path.join(dir, "index.html"), "<h1>践诺</h1>");
  writeFileSync(path.join(dir, "en/index.html"), "<h1>Jiannuo</h1>");
  writeFileSync(path.join(dir, "sw.js"), "//");
  const first = precacheManifest(dir);
  expect(first.urls.sort()).toEqual(["/", "/en/"]);
  writeFileSync(path.join(dir, "en/index.html"), "<h1>Jiannuo!</h1>");
  expect(precacheManifest(dir).version).not.toBe(first.version);
});
