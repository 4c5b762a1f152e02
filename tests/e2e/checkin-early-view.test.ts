// The check-in page opened from a message asks for the commitment from its inline script
// (src/components/FirstFrame.astro), while the page's module (src/islands/checkin/checkin-page.ts)
// downloads, instead of after the module has started (a phone on a slow link waited a round trip more;
// README, Performance). The module takes that answer: one request, the token only in its body, no Referer, and still nothing recorded
// until a person taps Confirm.
import { describe, expect, it } from "vitest";
import type { Request } from "playwright-core";
import { PHONE, useBrowser } from "../support/browser";
import { participantWithFollowUpEmail } from "../support/finished-cohort";

const { browser } = useBrowser();

describe("the check-in page opened from a message", () => {
  it("asks for the commitment before the page's module runs, once, and records only on Confirm", async () => {
    const action = "每位客户离柜前问一句还有什么需要";
    const { admin, commitment, links } = await participantWithFollowUpEmail("提前加载测试班", "柜员小周", action);
    const link = links.find((l) => l.s === "done")!;
    const checkins = () =>
      admin.collection("checkins").getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment.id }) });

    const phone = await browser().newContext(PHONE);
    const page = await phone.newPage();
    const views: Request[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/jiannuo/checkin/view") views.push(r);
    });
    await page.goto(link.url);
    await page.locator("[data-checkin-ready]").waitFor();
    await expect(page.locator("[data-checkin-ready]").innerText()).resolves.toContain(action);

    // By the browser's own timing: the request started while the document was still being parsed, so
    // before the page's module ran (a module script runs after parsing, before DOMContentLoaded). The
    // module is small enough to arrive before a blocked inline script runs, so its arrival is no mark.
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const view = entries.filter((e) => new URL(e.name).pathname === "/api/jiannuo/checkin/view");
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return { views: view.map((e) => e.startTime), parsed: navigation?.domInteractive ?? null };
    });
    expect(timing.views).toHaveLength(1);
    expect(timing.parsed).not.toBeNull();
    expect(timing.views[0]!).toBeLessThan(timing.parsed!);

    // One request; the token in its body only, never in its address or a Referer.
    expect(views).toHaveLength(1);
    const view = views[0]!;
    expect(view.method()).toBe("POST");
    expect(view.url()).not.toContain(link.t);
    expect(await view.headerValue("referer")).toBeNull();
    expect(JSON.parse(view.postData() ?? "{}")).toEqual({ t: link.t, c: link.c });
    expect((await view.response())?.status()).toBe(200);

    // Opening the page recorded nothing; the tap does.
    expect(await checkins()).toEqual([]);
    await page.locator("button[data-confirm]").click();
    await page.locator('[data-answer-recorded="done"]').waitFor();
    expect(await checkins()).toHaveLength(1);
    await phone.close();
  });
});
