// Security headers on everything the server sends (pb_hooks/server-setup.pb.js): pages, the 404
// page, redirects, API answers and API errors; PocketBase's admin dashboard keeps working without our
// Content-Security-Policy.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";

const url = (p: string) => `${inject("pocketbase").url}${p}`;

function expectCommonHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  const permissions = res.headers.get("permissions-policy") ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "fullscreen=(self)"])
    expect(permissions).toContain(feature);
}

/** The directives of a policy, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("security headers", () => {
  it.each([
    ["a page", "/join/", 200],
    ["the home page", "/", 200],
    ["the 404 page", "/no-such-page", 404],
    ["the English 404 page", "/en/no-such-page", 404],
    ["a page redirect", "/join?code=AB3DEK", 301],
  ])("on %s: a policy without inline scripts, no framing, nosniff, no referrer", async (_, path, status) => {
    const res = await fetch(url(path), { redirect: "manual" });
    expect(res.status).toBe(status);
    expectCommonHeaders(res);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const csp = directives(res.headers.get("content-security-policy"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    const scripts = csp.get("script-src")!;
    expect(scripts[0]).toBe("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });

  it.each([
    ["an API answer", "/api/health", 200],
    ["an API error", "/api/no-such-route", 404],
    ["a refused join", "/api/jiannuo/join", 400],
  ])("on %s: nothing may load from or frame it", async (_, path, status) => {
    const res = await fetch(
      url(path),
      path.endsWith("/join") ? { method: "POST", headers: { "content-type": "application/json" }, body: "{}" } : {},
    );
    expect(res.status).toBe(status);
    expectCommonHeaders(res);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("leave PocketBase's admin dashboard its own policy, so /_/ still works", async () => {
    const res = await fetch(url("/_/"));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<script");
    expectCommonHeaders(res);
    // PocketBase's own policy (which allows what its app needs), not the site's.
    const policy = res.headers.get("content-security-policy") ?? "";
    const site = (await fetch(url("/join/"))).headers.get("content-security-policy");
    expect(policy).not.toBe(site);
    expect(policy).not.toContain("base-uri 'none'");
  });
});
