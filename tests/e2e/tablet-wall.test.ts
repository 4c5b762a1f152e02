// The wall on every tablet, in the real browser: two participants of one workshop, each on their own
// tablet; one commits (the /commit/ form, shared with the group) and the other's /wall/ shows the card
// live. A participant of another workshop, watching their own /wall/, never sees it: their wall shows a
// card of their own workshop shared after it (a positive signal that the wall is live and up to date).
// While the trainer covers the wall, the tablet shows only how many have arrived; markup is shown as text.
import { describe, expect, it } from "vitest";
import { PHONE, TABLET, useBrowser } from "../support/browser";
import { superuserClient } from "../support/api";
import { HOSTILE } from "../support/hostile-text";
import { commitAs, joinedParticipant, newRoom, signedInDevice } from "../support/participant-device";

const { browser, url } = useBrowser();

describe("the wall on a participant's tablet", () => {
  it("shows a commitment shared by a colleague of the same workshop, live, and nothing of another workshop", async () => {
    const room = await newRoom("城东支行服务提升班");
    const elsewhere = await newRoom("城西支行服务提升班");
    const author = await joinedParticipant(room.code, "王芳");
    const peer = await joinedParticipant(room.code, "李雷");
    const stranger = await joinedParticipant(elsewhere.code, "钱多多");

    const watching = await browser().newContext(signedInDevice(TABLET, peer.session));
    const wall = await watching.newPage();
    await wall.goto(url("/wall/"));
    await wall.locator("[data-tablet-wall][data-phase=ready] [data-connection=connected]").waitFor();
    await expect.poll(() => wall.locator("#wall-heading").innerText()).toContain(room.name);

    const outside = await browser().newContext(signedInDevice(TABLET, stranger.session));
    const otherWall = await outside.newPage();
    await otherWall.goto(url("/wall/"));
    await otherWall.locator("[data-tablet-wall][data-phase=ready] [data-connection=connected]").waitFor();

    // The author commits on their own tablet, through the form, shared with the group.
    const writing = await browser().newContext(signedInDevice(TABLET, author.session));
    const form = await writing.newPage();
    await form.goto(url("/commit/?module=eoac"));
    await form.locator("astro-island:not([ssr]) [data-commitment-form]").first().waitFor();
    const action = "每天开门前和同事一起检查一遍叫号机";
    await form.fill("[data-commitment-form] [name=action]", action);
    await form.fill("[data-commitment-form] [name=trigger]", "每天开门前十分钟");
    await form.fill("[data-commitment-form] input[name=dueOn]", "2026-12-31");
    await form.fill("[data-commitment-form] [name=measure]", "每周五在工作笔记里记下次数");
    await form.check("[data-commitment-form] input[name=confidence][value='8']");
    await form.check("[data-commitment-form] input[name=visibility][value=cohort]");
    await form.click("[data-submit-commitment]");
    await form.locator('[data-delivery-state="sent"]').first().waitFor({ timeout: 20_000 });

    const card = wall.locator("[data-wall-card]", { hasText: action });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toContain("每天开门前十分钟");
    // The page has no controls: nothing to press but the links of the page around it.
    expect(await wall.locator("[data-tablet-wall] button, [data-tablet-wall] [data-wall-controls-link]").count()).toBe(
      0,
    );

    // Markup a participant typed arrives as text and runs nothing.
    await commitAs(author, HOSTILE.action, { visibility: "cohort", trigger: HOSTILE.trigger });
    const hostile = wall.locator("[data-wall-card]", { hasText: "先问" });
    await hostile.waitFor();
    expect(await hostile.locator(".wall-card-action").textContent()).toContain("<script>window.__pwned=1</script>");
    expect(await hostile.locator("img, script").count()).toBe(0);
    expect(await wall.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // The trainer covers the wall: the tablet shows how many, not what; the reveal brings the cards back.
    const admin = await superuserClient();
    await admin.collection("cohorts").update(peer.session.cohort.id, { wallHidden: true });
    await wall.locator("[data-wall-hidden]").waitFor();
    await commitAs(author, "遮住时分享的承诺", { visibility: "cohort" });
    await expect.poll(() => wall.locator("[data-wall-hidden]").innerText()).toContain("已收到 3 条承诺");
    expect(await wall.locator("[data-tablet-wall]").innerText()).not.toContain(action);
    await admin.collection("cohorts").update(peer.session.cohort.id, { wallHidden: false });
    await wall.locator("[data-wall-card]", { hasText: "遮住时分享的承诺" }).waitFor();
    expect(await wall.locator("[data-wall-card]").count()).toBe(3);

    // The other workshop's wall: their own later card arrives, the first workshop's never did.
    const theirs = "下班前回访一位等候超过十分钟的客户";
    await commitAs(stranger, theirs, { visibility: "cohort" });
    await otherWall.locator("[data-wall-card]", { hasText: theirs }).waitFor({ timeout: 10_000 });
    expect(await otherWall.locator("[data-wall-card]", { hasText: action }).count()).toBe(0);
    expect(await otherWall.locator("[data-wall-card]").count()).toBe(1);

    for (const context of [watching, outside, writing]) await context.close();
  });

  it("fits a phone: a room's cards in pages, each card's text whole, nothing scrolls sideways", async () => {
    const room = await newRoom("手机上的承诺墙");
    const people = await Promise.all(
      Array.from({ length: 18 }, (_, i) => joinedParticipant(room.code, `学员${i + 1}`)),
    );
    for (const [i, who] of people.entries())
      await commitAs(who, `第 ${i + 1} 位：客户第二次问同一个问题时，起身带他去看，再确认他看懂了`, {
        visibility: "cohort",
      });
    const phone = await browser().newContext(signedInDevice(PHONE, people[0]!.session));
    const page = await phone.newPage();
    await page.goto(url("/wall/"));
    await page.locator("[data-tablet-wall][data-phase=ready] [data-wall-card]").first().waitFor();
    // 18 cards: two pages of at most 15, turning by themselves (either may be showing by now).
    expect(await page.locator("[data-wall-page]").innerText()).toMatch(/^第 [12] \/ 2 页$/);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    // Every card's action shows whole inside its card (the text is sized to fit, not cut).
    const cut = await page
      .locator("[data-wall-card]")
      .evaluateAll(
        (cards) =>
          cards.filter((card) => card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1)
            .length,
      );
    expect(cut).toBe(0);
    await phone.close();
  });
});
