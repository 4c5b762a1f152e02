// The participant's key pages load and work under the server's Content-Security-Policy (hashed inline
// scripts, no 'unsafe-inline' for scripts) with no violation reported. The trainer's wall, dashboard,
// report and the check-in page are checked the same way in hostile-text.test.ts.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { TABLET, useBrowser } from "../support/browser";
import { watchCsp } from "../support/csp-watch";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();

describe("pages under the Content-Security-Policy", () => {
  it("home, a module with exercises, join, /commit/ and /wall/ run their scripts with no violation", async () => {
    const context = await browser().newContext(TABLET);
    const watch = await watchCsp(context);
    const page = await context.newPage();

    const home = await page.goto(url("/"));
    expect(home!.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    // The inline module script registers the service worker: it ran.
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);
    expect(await watch.violations(page)).toEqual([]);

    // A module's exercise hydrates when scrolled to, and works: answered, it draws its profile.
    await page.goto(url("/modules/belonging/"));
    const exercise = "[data-exercise=belonging-assessment]";
    await page.locator(exercise).scrollIntoViewIfNeeded();
    await page.locator(`${exercise} astro-island:not([ssr])`).waitFor();
    const items = page.locator(`${exercise} [data-item]`);
    for (let i = 0; i < (await items.count()); i++)
      await items
        .nth(i)
        .locator(`input[value="${(i % 5) + 1}"]`)
        .check();
    await page.click(`${exercise} button[data-action=submit]`);
    await page.locator(`${exercise} svg[role=img]`).first().waitFor();
    expect(await watch.violations(page)).toEqual([]);
    // Its commitment form, loaded when asked for.
    await openCommitmentStep(page, "belonging");
    expect(await watch.violations(page)).toEqual([]);

    await page.goto(url(`/join/?code=${inject("demoJoinCode")}`));
    await page.waitForSelector("form input[name=name]");
    await page.fill("input[name=name]", "安全检查");
    await page.click("button[type=submit]");
    await page.locator('[data-testid="joined"]').waitFor();
    expect(await watch.violations(page)).toEqual([]);

    await page.goto(url("/commit/"));
    await page.locator("[data-commitment-form]").first().waitFor();
    expect(await watch.violations(page)).toEqual([]);

    // The wall on the participant's own tablet: loaded and connected (realtime goes to 'self').
    await page.goto(url("/wall/"));
    await page.locator("[data-tablet-wall][data-phase=ready] [data-connection=connected]").waitFor();
    expect(await watch.violations(page)).toEqual([]);

    // The control: a script the build did not hash is refused and reported, so the watch can fail.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__pwned = 1";
      document.body.append(s);
    });
    await expect.poll(() => watch.violations(page)).not.toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await context.close();
  });
});
