// The participant's screens on a phone (390 px) and a tablet (820 px), in the real browser: no page
// scrolls sideways, the confidence row fits, home and the join page say who is signed in, and the
// buttons on "my commitments" stay where the finger left them.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { runFollowupJob, superuserClient, unique } from "../support/api";
import { goOffline, goOnline, PHONE, TABLET, useBrowser, waitForOfflineCopy } from "../support/browser";
import { participantWithFollowUpEmail } from "../support/finished-cohort";
import type { SinkMail } from "../support/followup-links";
import { commitAs, joinedParticipant, newRoom, signedInDevice } from "../support/participant-device";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();
const SIZES: [string, BrowserContextOptions][] = [
  ["phone", PHONE],
  ["tablet", TABLET],
];
let room: { code: string; name: string };
beforeAll(async () => {
  room = await newRoom("屏幕检查班（第三期）");
});

const MODULES = readdirSync(path.resolve(import.meta.dirname, "../../content/modules/zh-CN")).map((f) =>
  f.replace(/\.md$/, ""),
);

/** How far the page scrolls sideways, and the elements that stick out on the right. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length > 0)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
    return { overflow: document.documentElement.scrollWidth - width, out };
  });
}

/** An element's place on the page (not the viewport), to see whether it moved. */
function placeOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: Math.round(r.left + window.scrollX), y: Math.round(r.top + window.scrollY) };
  });
}

/** Opens a module and its commitment form (the step hydrates when scrolled into view; the form opens on a tap). */
async function openModule(page: Page, path: string) {
  await page.goto(url(path));
  await openCommitmentStep(page);
}

describe.each(SIZES)("the participant's pages on a %s", (size, device) => {
  it("never scroll sideways", async () => {
    const email = await participantWithFollowUpEmail(`${size} 的回访班`, "张伟", "每天下班前回看一位客户的经历");
    const who = await joinedParticipant(room.code, "宽度检查");
    const address = `${unique("confirm")}@example.com`;
    await joinedParticipant(room.code, "确认邮箱的人", { email: address, followUpConsent: true });
    await runFollowupJob(await superuserClient());
    const confirmMail = (readMailbox(inject("pocketbase").mailDir) as SinkMail[]).find((m) =>
      m.envelopeTo.includes(address),
    );
    await commitAs(who, "每周五下班前，用 EOAC 给一位同事一条具体的反馈");
    const visitor = await (await browser().newContext(device)).newPage();
    const participant = await (await browser().newContext(signedInDevice(device, who.session))).newPage();
    const wide: string[] = [];
    const check = async (page: Page, label: string) => {
      const { overflow, out } = await sideways(page);
      if (overflow > 0) wide.push(`${label}: ${overflow} px (${out.join(", ")})`);
    };

    const link = (full: string) => new URL(full).pathname + new URL(full).search + new URL(full).hash;
    for (const [path, ready] of [
      ["/", ".module-list"],
      ["/en/", ".module-list"],
      [`/join/?code=${room.code}`, "form input[name=name]"],
      ["/en/join/", "form input[name=name]"],
      ["/signin/", "form input[type=email]"],
      ["/me/", "[data-testid=signed-out]"],
      ["/no-such-page/", "h1"],
      [link(email.links[0]!.url), "[data-checkin-ready]"],
      [link(email.mail.text.match(/https?:\/\/\S+\/unsubscribe\/[?#]\S+/)![0]), "[data-unsubscribe]"],
      [link(confirmMail!.text.match(/https?:\/\/\S+\/confirm\/#\S+/)![0]), "[data-confirm-ready]"],
    ] as const) {
      await visitor.goto(url(path));
      await visitor.locator(ready).first().waitFor();
      await check(visitor, path);
    }

    for (const slug of MODULES) {
      await openModule(participant, `/modules/${slug}/`);
      await check(participant, `/modules/${slug}/`);
    }
    await openModule(participant, "/en/modules/eoac/");
    await check(participant, "/en/modules/eoac/");

    await participant.goto(url("/commit/?module=eoac"));
    await participant.fill("[data-commitment-form] [name=action]", "我会更好地服务客户");
    await participant.check("[data-commitment-form] input[name=confidence][value='5']");
    await participant.locator("[data-coach-finding]").first().waitFor();
    await check(participant, "/commit/ with hints and the low-confidence prompt");

    for (const path of ["/", "/me/", "/en/me/"]) {
      await participant.goto(url(path));
      await participant
        .locator(path === "/" ? "[data-home-joined]" : "[data-my-commitment]")
        .first()
        .waitFor();
      await check(participant, path);
    }
    await participant.locator("[data-add-checkin]").first().click();
    await participant.locator("form.my-checkin").waitFor();
    await check(participant, "/en/me/ with a check-in open");

    expect(wide).toEqual([]);
    await visitor.context().close();
    await participant.context().close();
  });

  it("fit the confidence row: ten tiles of at least 44 px, all on the screen", async () => {
    const who = await joinedParticipant(room.code, "把握度");
    const page = await (await browser().newContext(signedInDevice(device, who.session))).newPage();
    await page.goto(url("/commit/?module=eoac"));
    await page.locator("[data-commitment-form] input[name=confidence]").first().waitFor();
    const tiles = await page.locator(".confidence-tile").evaluateAll((labels) =>
      labels.map((l) => {
        const r = l.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, height: r.height };
      }),
    );
    const width = device.viewport!.width;
    expect(tiles).toHaveLength(10);
    for (const tile of tiles) {
      expect(tile.left).toBeGreaterThanOrEqual(0);
      expect(tile.right).toBeLessThanOrEqual(width);
      expect(Math.min(tile.width, tile.height)).toBeGreaterThanOrEqual(44);
    }
    await page.locator(".confidence-tile").last().click();
    expect(await page.locator("input[name=confidence]:checked").getAttribute("value")).toBe("10");
    await page.context().close();
  });

  it("say on the home page who is signed in, in which workshop, and where to go next", async () => {
    const who = await joinedParticipant(room.code, "首页的王芳");
    const signedIn = await (await browser().newContext(signedInDevice(device, who.session))).newPage();
    await signedIn.goto(url("/"));
    const panel = signedIn.locator("[data-home-joined]");
    await panel.waitFor();
    expect(await panel.innerText()).toContain("你好，首页的王芳");
    expect(await panel.innerText()).toContain(`「${who.session.cohort.name}」`);
    expect(await panel.locator("a.button").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "#course-heading",
      "/me/",
    ]);
    expect(await signedIn.locator("[data-home-new]").isHidden()).toBe(true);

    const fresh = await (await browser().newContext(device)).newPage();
    await fresh.goto(url("/"));
    await fresh.locator("[data-home-new] a[href='/join/']").waitFor();
    expect(await fresh.locator("[data-home-joined]").isHidden()).toBe(true);
    await signedIn.context().close();
    await fresh.context().close();
  });

  it("after joining, show who joined and where to go, not the form's intro; a wrong code says one thing", async () => {
    const page = await (await browser().newContext(device)).newPage();
    await page.goto(url("/join/"));
    await page.fill("input[name=code]", "HHHHHH");
    await page.fill("input[name=name]", "新来的小周");
    await page.click("form button[type=submit]");
    await page.locator("#code-error").waitFor();
    const underCode = await page
      .locator("[data-field=code], .field:has(#join-code)")
      .locator(".field-hint, .field-error")
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? "").filter((t) => t.trim() !== ""));
    expect(underCode).toEqual(["没有找到这个加入码，请向培训师确认一下。"]);

    await page.fill("input[name=code]", room.code);
    await page.click("form button[type=submit]");
    const joined = page.locator('[data-testid="joined"]');
    await joined.waitFor();
    expect(await joined.innerText()).toContain("欢迎你，新来的小周！");
    const main = await page.locator("main").innerText();
    expect(main).not.toContain("填好下面几项就可以开始了");
    expect(main).not.toContain("用邮箱验证码登录");
    expect(await joined.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/",
      "/me/",
    ]);
    await page.context().close();
  });

  it("keep the buttons of a commitment where they are while a check-in is written and saved", async () => {
    const who = await joinedParticipant(room.code, "按钮不动");
    const commitment = await commitAs(who, "接电话时先报姓名和网点，再问客户需要什么");
    const page = await (await browser().newContext(signedInDevice(device, who.session))).newPage();
    await page.goto(url("/me/"));
    const card = `[data-my-commitment="${commitment.id}"]`;
    await page.locator(`${card} [data-add-checkin]`).waitFor();
    const buttons = [`${card} [data-delete-commitment]`, `${card} [data-add-checkin]`];
    const before = await Promise.all(buttons.map((b) => placeOf(page, b)));

    await page.locator(`${card} [data-add-checkin]`).click();
    await page.locator(`${card} form.my-checkin`).waitFor();
    expect(await Promise.all(buttons.map((b) => placeOf(page, b)))).toEqual(before);
    expect(await page.locator(`${card} select`).count()).toBe(1);

    await page.selectOption(`${card} select[name=status]`, "in_progress");
    await page.fill(`${card} textarea`, "这周做了三次");
    await page.locator(`${card} form.my-checkin button[type=submit]`).click();
    await page.locator(`${card} .my-notice`, { hasText: "进展已保存" }).waitFor();
    expect(await page.locator(`${card} [data-status-tag=in_progress]`).innerText()).toContain("进行中");
    expect(await Promise.all(buttons.map((b) => placeOf(page, b)))).toEqual(before);

    // Delete looks like what it does: red, unlike the buttons beside it.
    const colour = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).color);
    expect(await colour(buttons[0]!)).toBe("rgb(163, 38, 28)");
    expect(await colour(buttons[1]!)).not.toBe("rgb(163, 38, 28)");
    await page.context().close();
  });
});

describe("my commitments offline", () => {
  it("shows the list the phone kept, marked as such, with nothing sideways", async () => {
    const who = await joinedParticipant(room.code, "离线看承诺");
    await commitAs(who, "客户等候超过十分钟时，主动过去说明进度并致歉");
    await commitAs(who, "老年客户来办业务时，把关键金额写在纸上给他看", { status: "in_progress" });
    const context = await browser().newContext(signedInDevice(PHONE, who.session));
    const page = await context.newPage();
    await page.goto(url("/me/"));
    await page.locator("[data-my-commitment]").nth(1).waitFor();
    await waitForOfflineCopy(page);

    await goOffline(context, page);
    await page.reload();
    const note = page.locator("[data-kept-list]");
    await note.waitFor();
    expect(await note.innerText()).toContain("现在连不上服务器");
    expect(await page.locator("[data-my-commitment]").count()).toBe(2);
    expect(await page.locator("[data-status-tag=in_progress]").count()).toBe(1);
    expect((await sideways(page)).overflow).toBe(0);

    await goOnline(context);
    await page.locator("[data-kept-list]").waitFor({ state: "detached" });
    expect(await page.locator("[data-my-commitment]").count()).toBe(2);
    await context.close();
  });
});
