// The first frame of the pages whose state hangs on what only the browser knows (this device's session,
// the link in the address): with the islands' JavaScript held back, as on a slow phone before it
// arrives, the built HTML already shows the panel the island will show (src/components/FirstFrame.astro),
// so the page's largest text is drawn at the first paint (the LCP goal in README, Performance). The panels the islands then
// show are tested in followup, link-tokens and the component tests.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { BrowserContextOptions } from "playwright-core";
import { t } from "../../src/i18n";
import { PHONE, useBrowser } from "../support/browser";

const { browser, url } = useBrowser();

/** Opens `address` with no script of /_astro/ loaded and returns the page's visible text. */
async function firstFrameText(address: string, device: BrowserContextOptions = PHONE) {
  const context = await browser().newContext(device);
  await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url(address));
  const text = await page.locator("main").innerText();
  await context.close();
  return text;
}

/** A device with a participant's session stored (its content is never read before the island runs). */
const withSession: BrowserContextOptions = {
  ...PHONE,
  storageState: {
    cookies: [],
    origins: [
      {
        origin: inject("pocketbase").url,
        localStorage: [
          {
            name: "jiannuo:session",
            value: JSON.stringify({
              token: "x",
              joinKey: "k",
              participant: { id: "p" },
              cohort: { id: "c", name: "班" },
            }),
          },
        ],
      },
    ],
  },
};

describe("first frame before the islands' JavaScript", () => {
  it("my commitments: the signed-out panel on a device without a session, the neutral line on one with", async () => {
    const fresh = await firstFrameText("/me/");
    expect(fresh).toContain(t("zh-CN", "me.signedOut.heading"));
    expect(fresh).not.toContain(t("zh-CN", "me.loading"));
    const signedIn = await firstFrameText("/me/", withSession);
    expect(signedIn).toContain(t("zh-CN", "me.loading"));
    expect(signedIn).not.toContain(t("zh-CN", "me.signedOut.heading"));
    expect(await firstFrameText("/en/me/")).toContain(t("en", "me.signedOut.heading"));
  });

  it("check-in: the confirming panel for an answer link, the broken link's panel without one", async () => {
    const token = "T".repeat(43);
    for (const link of [`#t=${token}&c=commitment00001&s=done`, `?t=${token}&c=commitment00001&s=done`]) {
      const text = await firstFrameText(`/checkin/${link}`);
      expect(text, link).toContain(t("zh-CN", "checkin.confirm.legend"));
      expect(text, link).not.toContain(t("zh-CN", "common.linkBroken"));
    }
    // No token, or a token without its commitment: the island says the link is broken.
    for (const link of ["", "#s=done", `#t=${token}`, "#t=%20&c=commitment00001"]) {
      const text = await firstFrameText(`/checkin/${link}`);
      expect(text, link).toContain(t("zh-CN", "common.linkBroken"));
      expect(text, link).not.toContain(t("zh-CN", "checkin.confirm.legend"));
    }
  });

  it("unsubscribe: the button's panel for a link with a token, the broken link's panel without one", async () => {
    for (const link of ["#t=abc", "?t=abc"]) {
      const text = await firstFrameText(`/unsubscribe/${link}`);
      expect(text, link).toContain(t("zh-CN", "unsubscribe.intro"));
      expect(text, link).not.toContain(t("zh-CN", "unsubscribe.invalid.heading"));
    }
    for (const link of ["", "#t=", "#c=abc"]) {
      const text = await firstFrameText(`/unsubscribe/${link}`);
      expect(text, link).toContain(t("zh-CN", "unsubscribe.invalid.heading"));
      expect(text, link).not.toContain(t("zh-CN", "unsubscribe.intro"));
    }
  });

  it("the language switcher of a page opened from a message keeps the link, as it is when clicked", async () => {
    for (const page of ["checkin", "unsubscribe"]) {
      const context = await browser().newContext(PHONE);
      await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      const tab = await context.newPage();
      await tab.goto(url(`/${page}/#t=abc&c=commitment00001&s=done`));
      const english = tab.locator('.language-switcher a[hreflang="en"]');
      expect(await english.getAttribute("href")).toMatch(new RegExp(`/en/${page}/#t=abc&c=commitment00001&s=done$`));
      // The check-in page rewrites its fragment when another answer is chosen; the link follows.
      await tab.evaluate(() => history.replaceState(null, "", "#t=abc&c=commitment00001&s=planned"));
      await english.focus();
      expect(await english.getAttribute("href")).toMatch(/#t=abc&c=commitment00001&s=planned$/);
      await context.close();
    }
  });
});

describe("islands hydrated after the first frame (client:paint)", () => {
  // Their built HTML is the first frame, so their code is asked for only once it is on screen: on a phone
  // the page's text does not wait for JavaScript, and the island still works at once.
  for (const [address, island] of [
    ["/join/", /\/_astro\/JoinForm\.[\w-]+\.js$/],
    ["/unsubscribe/#t=abc", /\/_astro\/Unsubscribe\.[\w-]+\.js$/],
    ["/commit/", /\/_astro\/CommitmentForm\.[\w-]+\.js$/],
  ] as const)
    it(`${address}: the island's code is requested after the first paint, and the island then runs`, async () => {
      const context = await browser().newContext(PHONE);
      const page = await context.newPage();
      await page.goto(url(address));
      await page.locator("astro-island:not([ssr])").waitFor();
      const timing = await page.evaluate((source) => {
        const pattern = new RegExp(source);
        const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
        const code = performance.getEntriesByType("resource").find((r) => pattern.test(new URL(r.name).pathname));
        return { paint, requested: code?.startTime };
      }, island.source);
      await context.close();
      expect(timing.paint).toBeGreaterThan(0);
      expect(timing.requested).toBeGreaterThan(timing.paint!);
    });
});
