// The trainer's workshop day: sign in, create a cohort, project the join screen; a participant on a
// tablet joins and commits; the wall shows it live, the dashboard counts it, the CSV contains it.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { TABLET, useBrowser, signInAsTrainer } from "../support/browser";
import { startCuttableProxy } from "../support/cuttable-proxy";
import { superuserClient } from "../support/api";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();
const PROJECTOR = { viewport: { width: 1366, height: 768 }, locale: "zh-CN" };

async function newTrainerAccount() {
  const admin = await superuserClient();
  const email = `coach-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "周老师" });
  return { email, password };
}

describe("a trainer's workshop", () => {
  it("sign in → cohort → join screen → a participant commits → wall, dashboard and CSV show it", async () => {
    const account = await newTrainerAccount();
    const trainerContext = await browser().newContext({ ...PROJECTOR, acceptDownloads: true });
    const trainer = await trainerContext.newPage();
    await signInAsTrainer(trainer, url("/trainer/"), account.email, account.password);

    await trainer.click("button[data-create-cohort]");
    await trainer.fill("input[name=name]", "城东支行服务提升班");
    await trainer.fill("input[name=organization]", "示例银行");
    await trainer.fill("input[name=startsOn]", "2026-11-24");
    await trainer.fill("input[name=endsOn]", "2026-11-25");
    await trainer.locator("form button[type=submit]").last().click();
    const cohort = trainer.locator("[data-cohort]").filter({ hasText: "城东支行服务提升班" });
    await cohort.waitFor();
    const cohortId = (await cohort.getAttribute("data-cohort"))!;

    await cohort.locator("a[data-join-view]").click();
    await trainer.locator("svg[data-qr]").waitFor();
    const code = (await trainer.locator("[data-join-code]").innerText()).replace(/\s/g, "");
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);

    await trainer.goto(url(`/trainer/wall/?cohort=${cohortId}`));
    await trainer.locator(`[data-wall][data-cohort="${cohortId}"]`).waitFor();
    await trainer.locator('[data-connection="connected"]').waitFor();

    const tablet = await (await browser().newContext(TABLET)).newPage();
    await tablet.goto(url(`/join/?code=${code}`));
    await tablet.waitForSelector("form input[name=name]");
    await tablet.fill("input[name=name]", "前台小刘");
    await tablet.click("button[type=submit]");
    await tablet.locator('[data-testid="joined"]').waitFor();
    await tablet.goto(url("/modules/service-mindset/"));
    await openCommitmentStep(tablet, "service-mindset");
    const action = "客户开口前先问一句：今天最想办好哪件事";
    await tablet.fill("[data-commitment-form] [name=action]", action);
    await tablet.check("[data-commitment-form] input[name=confidence][value='9']");
    await tablet.check("[data-commitment-form] input[name=visibility][value=cohort]");
    await tablet.click("[data-submit-commitment]");
    await tablet.locator('[data-delivery-state="sent"]').first().waitFor({ timeout: 20_000 });

    const card = trainer.locator("[data-wall-card]").filter({ hasText: action });
    await card.waitFor({ timeout: 10_000 });
    expect(await trainer.locator('[data-wall-count="service-mindset"]').innerText()).toContain("1");

    await trainer.goto(url(`/trainer/cohort/?cohort=${cohortId}`));
    await trainer.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });
    expect((await trainer.locator('[data-stat="participants"]').innerText()).trim()).toBe("1");
    expect((await trainer.locator('[data-stat="commitments"]').innerText()).trim()).toBe("1");
    expect(await trainer.locator("table[data-participants] tbody tr").count()).toBe(1);

    const [download] = await Promise.all([
      trainer.waitForEvent("download"),
      trainer.click('button[data-download="commitments"]'),
    ]);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain(action);
    expect(csv.toString("utf8")).toContain("前台小刘");
    await trainerContext.close();
  });
});

describe("the live wall", () => {
  it("reconnects by itself after a network drop and fills in what it missed", async () => {
    const account = await newTrainerAccount();
    const { url: base } = inject("pocketbase");
    const trainerApi = new PocketBase(base);
    await trainerApi.collection("trainers").authWithPassword(account.email, account.password);
    const cohort = await trainerApi.collection("cohorts").create({
      name: "断网测试班",
      organization: "示例",
      trainer: trainerApi.authStore.record!.id,
      startsOn: "2026-11-24",
      endsOn: "2026-11-25",
      locale: "zh-CN",
    });
    const joined = await fetch(`${base}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort.joinCode, name: "现场" }),
    }).then((r) => r.json());
    const participant = new PocketBase(base);
    participant.authStore.save(joined.token, joined.record);
    const submit = (action: string) =>
      participant.collection("commitments").create({
        participant: joined.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "personal",
        action,
        confidence: 8,
        visibility: "cohort",
        status: "planned",
      });

    // The wall reaches the server through a proxy whose connections the test can cut.
    const proxy = await startCuttableProxy(Number(new URL(base).port));
    const via = (path: string) => `${proxy.url}${path}`;
    const context = await browser().newContext(PROJECTOR);
    const wall = await context.newPage();
    await signInAsTrainer(wall, via("/trainer/"), account.email, account.password);
    await wall.goto(via(`/trainer/wall/?cohort=${cohort.id}`));
    await wall.locator('[data-connection="connected"]').waitFor();
    await submit("断网前的承诺");
    await wall.locator("[data-wall-card]").filter({ hasText: "断网前的承诺" }).waitFor();

    proxy.cut();
    await wall.locator('[data-connection="reconnecting"]').waitFor({ timeout: 30_000 });
    await submit("断网时提交的承诺");
    proxy.restore();
    await wall.locator("[data-wall-card]").filter({ hasText: "断网时提交的承诺" }).waitFor({ timeout: 30_000 });
    await wall.locator('[data-connection="connected"]').waitFor();
    expect(await wall.locator("[data-wall-card]").count()).toBe(2);
    await context.close();
    await proxy.close();
  });
});
