// The heart of the product on a tablet: join from the QR link, read a module, write a commitment with
// coaching, submit it offline, reload, come back online, and find each commitment in PocketBase once.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { goOffline, goOnline, TABLET, useBrowser, waitForOfflineCopy } from "../support/browser";
import { superuserClient } from "../support/api";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();

const admin = () => superuserClient();

async function joinDemo(page: Page, name: string) {
  await page.goto(url(`/join?code=${inject("demoJoinCode")}`));
  await page.waitForSelector("form input[name=name]");
  await page.fill("input[name=name]", name);
  await page.click("button[type=submit]");
  await page.locator('[data-testid="joined"]').waitFor();
}

async function fillCommitment(page: Page, action: string) {
  await page.fill("[data-commitment-form] textarea[name=action], [data-commitment-form] input[name=action]", action);
  await page.fill("[data-commitment-form] [name=trigger]", "当客户第二次问同一个问题时，我会起身带他去看");
  await page.fill("[data-commitment-form] input[name=dueOn]", "2026-12-31");
  await page.fill("[data-commitment-form] [name=measure]", "每周五在工作笔记里记下次数");
  await page.check("[data-commitment-form] input[name=confidence][value='8']");
  await page.check("[data-commitment-form] input[name=visibility][value=cohort]");
}

async function recordsWithAction(action: string) {
  const pb = await admin();
  return pb.collection("commitments").getFullList({ filter: pb.filter("action = {:a}", { a: action }) });
}

describe("making a commitment", () => {
  it("from the QR link, with coaching, offline, through a reload, arrives exactly once", async () => {
    const context: BrowserContext = await browser().newContext(TABLET);
    const page = await context.newPage();
    await joinDemo(page, "离线的人");
    await page.goto(url("/modules/eoac/"));
    await waitForOfflineCopy(page);
    await openCommitmentStep(page, "eoac");

    await page.fill("[data-commitment-form] [name=action]", "尽量多和客户沟通");
    await page.locator('[data-coach-finding="vague-wording"]').first().waitFor();
    expect(await page.locator('[data-coach-finding="vague-wording"]').first().innerText()).toMatch(/[\u4e00-\u9fff]/);

    const first = "每天下班前回访一位等候超过十分钟的客户";
    const second = "每周五给一位同事一条 EOAC 反馈";
    await goOffline(context, page);
    await fillCommitment(page, first);
    await page.click("[data-submit-commitment]");
    await page.locator('[data-delivery-state="waiting"]').first().waitFor();
    await fillCommitment(page, second);
    await page.click("[data-submit-commitment]");
    await expect.poll(() => page.locator('[data-delivery-state="waiting"]').count()).toBe(2);

    // Commitments of this module on the device: the form is open by itself, with their delivery state.
    await page.reload();
    await openCommitmentStep(page, "eoac", { restored: true });
    await expect.poll(() => page.locator('[data-delivery-state="waiting"]').count()).toBe(2);
    expect(await recordsWithAction(first)).toHaveLength(0);

    await goOnline(context);
    await expect.poll(() => page.locator('[data-delivery-state="sent"]').count(), { timeout: 20_000 }).toBe(2);
    expect(await recordsWithAction(first)).toHaveLength(1);
    expect(await recordsWithAction(second)).toHaveLength(1);
    expect((await recordsWithAction(first))[0]).toMatchObject({ module: "eoac", visibility: "cohort", confidence: 8 });

    // A reload must not send them again. A commitment submitted after it goes through the same
    // one-at-a-time sender after the page load's run: once it is sent, that run is over.
    await page.reload();
    await openCommitmentStep(page, "eoac", { restored: true });
    await fillCommitment(page, "每天开门前检查一遍叫号机");
    await page.click("[data-submit-commitment]");
    await expect.poll(() => page.locator('[data-delivery-state="sent"]').count(), { timeout: 20_000 }).toBe(3);
    expect(await recordsWithAction(first)).toHaveLength(1);

    // The next participant on this shared tablet starts fresh.
    await page.click("button[data-next-participant]");
    await page.click("[data-confirm-next]");
    await page.waitForURL(/\/join\/?/);
    await page.waitForSelector("form input[name=name]");
    expect(await page.locator('[data-testid="joined"]').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("jiannuo:session")))).toEqual(
      [],
    );
    await context.close();
  });
});

describe("strength of commitment", () => {
  it("is asked under the form once the participant starts on it, and stored with the commitment", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await joinDemo(page, "答量表的人");
    await page.goto(url("/modules/belonging/"));
    // Not with the page: the scale comes with the coach, when the participant starts on the form (the tap
    // that opens it puts the cursor in its first field).
    expect(await page.locator("[data-field=strength]").count()).toBe(0);
    const form = await openCommitmentStep(page, "belonging");
    const action = `晨会上请一位同事分享一个客户故事 ${Date.now()}`;
    await fillCommitment(page, action);
    const scale = form.locator("[data-field=strength]");
    await scale.waitFor();
    for (const [item, point] of [
      [1, "非常不同意"],
      [2, "不同意"],
      [3, "非常同意"],
      [4, "非常不同意"],
      [5, "同意"],
    ] as const)
      await scale.locator(`[data-item=strength${item}]`).getByRole("radio", { name: point, exact: true }).check();
    await page.click("[data-submit-commitment]");
    await page.locator('[data-delivery-state="sent"]').first().waitFor();
    const [stored] = await recordsWithAction(action);
    expect([1, 2, 3, 4, 5].map((i) => stored?.[`strength${i}`])).toEqual([1, 2, 5, 1, 4]);
    await context.close();
  });
});

describe("a draft", () => {
  it("survives closing the tab: every keystroke is kept on the device", async () => {
    const context = await browser().newContext(TABLET);
    const first = await context.newPage();
    await first.goto(url("/modules/relationship-trust/"));
    await openCommitmentStep(first, "relationship-trust");
    await first.locator("[data-commitment-form] [name=action]").pressSequentially("答应客户的回电当天打");
    await first.close();
    const second = await context.newPage();
    await second.goto(url("/modules/relationship-trust/"));
    // The draft is on the device: the form opens by itself, with it.
    await openCommitmentStep(second, "relationship-trust", { restored: true });
    expect(await second.inputValue("[data-commitment-form] [name=action]")).toBe("答应客户的回电当天打");
    await context.close();
  });
});

describe("my commitments", () => {
  it("lists them, changes a status with a check-in, downloads a calendar file and the participant's data", async () => {
    const context = await browser().newContext({ ...TABLET, acceptDownloads: true });
    const page = await context.newPage();
    await joinDemo(page, "回顾的人");
    await page.goto(url("/modules/belonging/"));
    await openCommitmentStep(page, "belonging");
    const action = "每周一晨会请一位同事分享一次让客户满意的经历";
    await fillCommitment(page, action);
    await page.click("[data-submit-commitment]");
    await page.locator('[data-delivery-state="sent"]').first().waitFor({ timeout: 20_000 });
    const [record] = await recordsWithAction(action);

    await page.goto(url("/me/"));
    const card = page.locator(`[data-my-commitment="${record!.id}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(action);

    await card.locator("button[data-add-checkin]").click();
    await card.locator("select[name=status]").selectOption("in_progress");
    await card.locator("form.my-checkin button[type=submit]").click();
    const pb = await admin();
    await expect.poll(async () => (await pb.collection("commitments").getOne(record!.id)).status).toBe("in_progress");
    expect(
      (await pb.collection("checkins").getFullList({ filter: pb.filter("commitment = {:k}", { k: record!.id }) })).map(
        (c) => c.status,
      ),
    ).toEqual(["in_progress"]);

    const [ics] = await Promise.all([
      page.waitForEvent("download"),
      card.locator("button[data-add-to-calendar]").click(),
    ]);
    const calendar = readFileSync((await ics.path())!, "utf8");
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain("DTSTART;VALUE=DATE:20261231");
    expect(calendar.replace(/\r\n /g, "")).toContain(action);

    const [json] = await Promise.all([page.waitForEvent("download"), page.click("button[data-download-my-data]")]);
    const data = JSON.parse(readFileSync((await json.path())!, "utf8"));
    expect(data.participant.name).toBe("回顾的人");
    expect(data.commitments.map((c: { action: string }) => c.action)).toContain(action);
    await context.close();
  });
});
