// Link checkers that run JavaScript (as some mail security scanners do) open every link of an email in
// a headless browser: here headless Chromium opens the four answer links of a real follow-up email
// from the mail sink and lets each page load and get ready. No check-in is recorded; one person's tap
// on Confirm then records exactly one.
import { describe, expect, it } from "vitest";
import { useBrowser } from "../support/browser";
import { participantWithFollowUpEmail } from "../support/finished-cohort";

const { browser } = useBrowser();

describe("a link checker that runs the page", () => {
  it("records nothing by opening all four answer links; a person's tap on Confirm records one check-in", async () => {
    const { admin, commitment, links } = await participantWithFollowUpEmail(
      "扫描测试班",
      "柜员小陈",
      "每位客户离柜前问一句还有什么需要",
    );
    expect(links.map((l) => l.s)).toEqual(["done", "in_progress", "planned", "need_help"]);
    const checkins = () =>
      admin.collection("checkins").getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment.id }) });

    // The scanner: one headless context, every link at once, each page loaded and ready.
    const scanner = await browser().newContext();
    const pages = await Promise.all(
      links.map(async (link) => {
        const page = await scanner.newPage();
        await page.goto(link.url, { waitUntil: "load" });
        await page.locator("[data-checkin-ready], [data-answer-recorded]").first().waitFor();
        return page;
      }),
    );
    for (const page of pages) {
      expect(await page.locator("[data-answer-recorded]").count()).toBe(0);
      expect(await page.locator("[data-checkin-ready] button[data-confirm]").isEnabled()).toBe(true);
    }
    expect(await checkins()).toEqual([]);

    // A person taps Confirm on the "in progress" page: one check-in, that answer, from the email.
    await pages[1]!.locator("button[data-confirm]").click();
    await pages[1]!.locator('[data-answer-recorded="in_progress"]').waitFor();
    const recorded = await checkins();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ source: "email", status: "in_progress", needsHelp: false });
    for (const page of [pages[0]!, pages[2]!, pages[3]!])
      expect(await page.locator("[data-answer-recorded]").count()).toBe(0);
    await scanner.close();
  });
});
