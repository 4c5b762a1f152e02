// The site's files from the one process: the build's brotli or gzip copy when the client accepts it
// (with Vary: Accept-Encoding), the plain file otherwise, and cache lifetimes: a year for hashed
// /_astro/ files, revalidation for pages, the service worker and its manifest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompress } from "../../src/integrations/compress";
import { startTestPocketBase } from "../support/integration-setup";

const site = mkdtempSync(path.join(tmpdir(), "jiannuo-site-"));
// A file beside the site folder, which no request may reach by climbing out of it.
const outside = `${path.basename(site)}-secret.txt`;
const SECRET = "not part of the site";
const script = `export const lines = [${Array.from({ length: 400 }, (_, i) => `"line ${i}"`).join(",")}];\n`;
const page = `<!doctype html><html lang="zh-CN"><title>模块</title><main>${"<p>践诺 fixture</p>".repeat(200)}</main></html>`;
const files: Record<string, string> = {
  "index.html": page,
  "modules/eoac/index.html": page,
  "_astro/client.AbC123xy.js": script,
  "_astro/BaseLayout.AbC123xy.css": `${Array.from({ length: 200 }, (_, i) => `.line-${i} { margin: 0; }`).join("\n")}\n`,
  "sw.js": `// worker\n${script}`,
  "precache.json": JSON.stringify({ version: "1", urls: Array.from({ length: 200 }, (_, i) => `/page-${i}/`) }),
  "favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg">${'<circle r="1"/>'.repeat(100)}</svg>`,
};
let pb: Awaited<ReturnType<typeof startTestPocketBase>>;

beforeAll(async () => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  }
  expect(await precompress(site)).toBe(Object.keys(files).length);
  writeFileSync(path.join(site, "..", outside), SECRET);
  pb = await startTestPocketBase(site);
});

afterAll(async () => {
  await pb?.stop();
  rmSync(site, { recursive: true, force: true });
  rmSync(path.join(site, "..", outside), { force: true });
});

/** The response's raw bytes (Node's fetch would decode them) and its headers. */
async function get(p: string, acceptEncoding?: string, method = "GET") {
  const { request } = await import("node:http");
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${pb.handle.url}${p}`, {
        method,
        headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {},
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

const IMMUTABLE = "public, max-age=31536000, immutable";

describe("compressed site files", () => {
  it.each([
    ["/_astro/client.AbC123xy.js", "_astro/client.AbC123xy.js", "text/javascript", IMMUTABLE],
    ["/modules/eoac/", "modules/eoac/index.html", "text/html", "no-cache"],
    ["/", "index.html", "text/html", "no-cache"],
  ])(
    "%s: brotli when asked with br and gzip, gzip when asked with gzip, plain without",
    async (url, file, type, cache) => {
      const plain = Buffer.from(files[file]!);

      const br = await get(url, "br, gzip");
      expect(br.status).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers["content-type"]).toContain(type);
      expect(br.headers["vary"]).toContain("Accept-Encoding");
      expect(br.headers["cache-control"]).toBe(cache);
      expect(br.body.length).toBeLessThan(plain.length / 3);
      expect(brotliDecompressSync(br.body)).toEqual(plain);
      expect(Number(br.headers["content-length"])).toBe(br.body.length);

      const gz = await get(url, "gzip, deflate");
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gz.headers["vary"]).toContain("Accept-Encoding");
      expect(gunzipSync(gz.body)).toEqual(plain);

      for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
        const none = await get(url, accept);
        expect(none.status).toBe(200);
        expect(none.headers["content-encoding"]).toBeUndefined();
        expect(none.headers["content-type"]).toContain(type);
        expect(none.headers["vary"]).toContain("Accept-Encoding");
        expect(none.headers["cache-control"]).toBe(cache);
        expect(none.body).toEqual(plain);
      }
    },
  );

  it.each([
    ["/sw.js", "no-cache"],
    ["/precache.json", "no-cache"],
    ["/favicon.svg", "public, max-age=3600"],
  ])("%s goes out compressed with Cache-Control %s", async (url, cache) => {
    const res = await get(url, "br, gzip");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe(cache);
  });

  it("keeps security headers, HEAD, revalidation and the 404 page as before", async () => {
    const asset = await get("/_astro/client.AbC123xy.js", "br");
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers["referrer-policy"]).toBe("no-referrer");
    const head = await get("/_astro/client.AbC123xy.js", "br", "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBe(asset.body.length);
    expect(head.body.length).toBe(0);
    const again = await fetch(`${pb.handle.url}/modules/eoac/`, {
      headers: { "Accept-Encoding": "br", "If-Modified-Since": String(asset.headers["last-modified"]) },
    });
    expect(again.status).toBe(304);
    const missing = await get("/_astro/none.js", "br, gzip");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBeUndefined();
    expect(missing.headers["content-encoding"]).toBeUndefined();
  });
});

// A script or stylesheet the pages load is governed by the page's policy, not its own response's: the
// build's hashed ones go out without the document-only headers (about 1.2 KB each on a phone's slow link,
// pb_hooks/lib/security-headers.js); everything that can be shown as a document keeps them.
describe("document-only security headers", () => {
  it.each([[undefined], ["br, gzip"]])(
    "are left off the build's hashed scripts and stylesheets (Accept-Encoding %s), nosniff and no-referrer kept",
    async (accept) => {
      for (const url of ["/_astro/client.AbC123xy.js", "/_astro/BaseLayout.AbC123xy.css"]) {
        const res = await get(url, accept);
        expect(res.status, url).toBe(200);
        expect(res.headers["x-content-type-options"], url).toBe("nosniff");
        expect(res.headers["referrer-policy"], url).toBe("no-referrer");
        expect(res.headers["content-security-policy"], url).toBeUndefined();
        expect(res.headers["x-frame-options"], url).toBeUndefined();
        expect(res.headers["permissions-policy"], url).toBeUndefined();
      }
    },
  );

  it.each(["/", "/modules/eoac/", "/sw.js", "/favicon.svg", "/_astro/none.js", "/_astro/none.html"])(
    "stay on %s (a page, the worker, an image that can be opened as a document, a 404 page)",
    async (url) => {
      const res = await get(url, "br, gzip");
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(res.headers["x-frame-options"]).toBe("DENY");
      expect(res.headers["permissions-policy"]).toContain("camera=()");
    },
  );
});

describe("paths out of the site folder", () => {
  it.each([`/../${outside}`, `/%2e%2e/${outside}`, `/..%2f${outside}`, `/_astro/..%2f..%2f${outside}`])(
    "%s reaches nothing outside it, compressed or plain",
    async (url) => {
      for (const encoding of ["br, gzip", undefined]) {
        const answer = await get(url, encoding);
        expect(answer.status).not.toBe(200);
        expect(answer.body.toString("latin1")).not.toContain(SECRET);
      }
    },
  );
});
