// How a site file goes out (pocketbase/pb_hooks/lib/pure/static-files.js): which precompressed copy a
// client takes, the Content-Type of that copy, and how long caches keep the file.
import { expect, it } from "vitest";
import { cacheControlFor, chooseEncoding, contentTypeOf } from "../../../pocketbase/pb_hooks/lib/pure/static-files.js";

const both = { br: true, gzip: true };

it.each([
  ["br, gzip", both, "br"],
  ["gzip, deflate, br, zstd", both, "br"],
  ["gzip", both, "gzip"],
  ["GZIP", both, "gzip"],
  ["br;q=0, gzip;q=0.5", both, "gzip"],
  ["br, gzip;q=0", { br: false, gzip: true }, ""],
  ["br", { br: false, gzip: true }, ""],
  ["*", both, "br"],
  ["*, br;q=0", both, "gzip"],
  ["identity", both, ""],
  ["", both, ""],
  [null, both, ""],
])("Accept-Encoding %j with copies %j takes %j", (accept, available, expected) =>
  expect(chooseEncoding(accept, available)).toBe(expected),
);

it.each([
  ["/_astro/client.DTfT9tzw.js", "public, max-age=31536000, immutable"],
  ["/_astro/ModulePage.CUyIN_jV.css", "public, max-age=31536000, immutable"],
  ["/", "no-cache"],
  ["/modules/eoac/", "no-cache"],
  ["/404.html", "no-cache"],
  ["/sw.js", "no-cache"],
  ["/precache.json", "no-cache"],
  ["/favicon.svg", "public, max-age=3600"],
  ["/manifest.webmanifest", "public, max-age=3600"],
])("%s is cached as %j", (path, expected) => expect(cacheControlFor(path)).toBe(expected));

it.each([
  ["index.html", "text/html; charset=utf-8"],
  ["_astro/a.js", "text/javascript; charset=utf-8"],
  ["_astro/a.CSS", "text/css; charset=utf-8"],
  ["precache.json", "application/json"],
  ["icon.png", ""],
  ["README", ""],
])("%s is sent as %j", (file, expected) => expect(contentTypeOf(file)).toBe(expected));
