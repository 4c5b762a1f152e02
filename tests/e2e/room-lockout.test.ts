// One device guessing cannot lock the room out. Every browser here reaches the server from the same
// address (127.0.0.1), as a workshop room does through its venue's router: one tablet enters wrong
// join codes until it is told to wait, and the next tablet still joins with the right code; one phone
// opens broken check-in links until it is told to wait, and another phone still answers its real link.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TABLET, useBrowser } from "../support/browser";
import { participantWithFollowUpEmail, trainerWithFinishedCohort } from "../support/finished-cohort";

const { browser, url } = useBrowser();
/** The site's words for a 429 (src/i18n/zh-CN.ts errors.jiannuo_rate_limited). */
const WAIT = "尝试次数太多了，请过几分钟再试。";
/** More tries than any limit a device or an address could have before this change (60 per address). */
const MAX_TRIES = 80;

/** Submits the join form with a wrong code until the server answers 429; returns how many tries it took. */
async function guessCodesUntilLimited(page: Page): Promise<number> {
  for (let i = 1; i <= MAX_TRIES; i++) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/jiannuo/join")),
      page.click("button[type=submit]"),
    ]);
    if (response.status() === 429) return i;
    expect(response.status()).toBe(400);
  }
  throw new Error("never limited");
}

describe("one device guessing", () => {
  it("wrong join codes stop that tablet only: the next one in the room joins with the right code", async () => {
    const { cohort } = await trainerWithFinishedCohort("同一个路由器", "示例酒店");
    const guesser = await browser().newContext(TABLET);
    const page = await guesser.newPage();
    await page.goto(url("/join"));
    await page.waitForSelector("form input[name=name]");
    await page.fill("input[name=code]", "ZZZZZZ");
    await page.fill("input[name=name]", "乱猜的人");
    const tries = await guessCodesUntilLimited(page);
    expect(await page.locator("#form-error").innerText()).toBe(WAIT);
    await guesser.close();

    const next = await browser().newContext(TABLET);
    const tablet = await next.newPage();
    await tablet.goto(url(`/join?code=${cohort.joinCode}`));
    await tablet.waitForSelector("form input[name=name]");
    await tablet.fill("input[name=name]", "隔壁的学员");
    const [response] = await Promise.all([
      tablet.waitForResponse((r) => r.url().endsWith("/api/jiannuo/join")),
      tablet.click("button[type=submit]"),
    ]);
    expect(response.status()).toBe(200);
    await tablet.locator('[data-testid="joined"]').waitFor();
    expect(await tablet.locator('[data-testid="joined"]').innerText()).toContain("隔壁的学员");
    await next.close();
    expect(tries).toBe(11); // 10 wrong codes, then that device waits
  });

  it("broken check-in links stop that phone only: another phone on the same network still answers", async () => {
    const { admin, commitment, links } = await participantWithFollowUpEmail(
      "同一个网络",
      "真正的收件人",
      "每天午休前回一个客户电话",
    );
    const [real] = links;

    const guesser = await browser().newContext({ locale: "zh-CN" });
    const phone = await guesser.newPage();
    let tries = 0;
    for (;;) {
      tries += 1;
      const made = randomBytes(32)
        .toString("base64")
        .replace(/[^A-Za-z0-9]/g, "")
        .padEnd(43, "x")
        .slice(0, 43);
      const broken = real!.url.replace(/([?#&]t=)[A-Za-z0-9]+/, `$1${made}`);
      // Links differ only in their fragment: leave the page first, or the browser would not load it again.
      await phone.goto("about:blank");
      const [response] = await Promise.all([
        phone.waitForResponse((r) => r.url().includes("/api/jiannuo/checkin")),
        phone.goto(broken),
      ]);
      if (response.status() === 429) break;
      expect(response.status()).toBe(404);
      if (tries >= MAX_TRIES) throw new Error("never limited");
    }
    await phone.getByText(WAIT).waitFor();
    await guesser.close();

    const owner = await browser().newContext({ locale: "zh-CN" });
    const page = await owner.newPage();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/jiannuo/checkin")),
      page.goto(real!.url),
    ]);
    expect(response.status()).toBe(200);
    await page.locator("[data-checkin-ready]").waitFor();
    await page.locator("button[data-confirm]").click();
    await page.locator('[data-answer-recorded="done"]').waitFor();
    const checkins = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment.id }) });
    expect(checkins.map((k) => k["status"])).toEqual(["done"]);
    await owner.close();
    expect(tries).toBe(11);
  });
});
