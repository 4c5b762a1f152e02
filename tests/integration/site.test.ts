// The site and the API from one process: pages are served, unknown pages get a real, localised 404.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";

const url = (p: string) => `${inject("pocketbase").url}${p}`;

describe("serving the built site", () => {
  it("serves pages from the public folder", async () => {
    const res = await fetch(url("/join/"));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("加入 fixture");
  });

  it("redirects a page address without its slash to the folder, keeping the query (the QR link's code)", async () => {
    const res = await fetch(url("/join?code=AB3DEK&x=1"), { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/join/?code=AB3DEK&x=1");
    const followed = await fetch(url("/join?code=AB3DEK"));
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(url("/join/?code=AB3DEK"));
  });

  it.each([
    ["/no-such-page", "页面不存在 fixture"],
    ["/no/such/deep/page/", "页面不存在 fixture"],
    ["/en/no-such-page", "Page not found fixture"],
    ["/en/modules/nothing/", "Page not found fixture"],
  ])("answers %s with status 404 and the localised not-found page", async (path, text) => {
    const res = await fetch(url(path));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
    const body = await res.text();
    expect(body).toContain(text);
    expect(body).not.toContain("首页 fixture");
  });

  it("keeps JSON errors for unknown API paths", async () => {
    const res = await fetch(url("/api/no-such-route"));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("answers the health check", async () => {
    expect((await fetch(url("/api/health"))).status).toBe(200);
  });
});
