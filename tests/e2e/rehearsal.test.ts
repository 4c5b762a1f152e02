// A workshop day for 40, rehearsed end to end in the real browser against the real server: the trainer
// creates the cohort and projects the join screen; 40 people join on tablet and phone viewports (by the
// QR code's link, by typing the code, two on one shared tablet, one who lost the session and is restored
// with the trainer's re-join code, one who already attended another workshop with the same email) and
// each submits a commitment from the form; the wall at 1920×1080 shows every card over its pages; the
// dashboard and the report count 40; the CSV reads right in Chinese.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { zhCN } from "../../src/i18n/zh-CN";
import { qrMatrix } from "../../src/lib/qr";
import { newCohort, newTrainer, postJoin, superuserClient } from "../support/api";
import { PHONE, TABLET, signInAsTrainer, useBrowser } from "../support/browser";
import { parseCsv } from "../support/csv";
import { readRenderedQr } from "../support/qr-read";
import { expectReadable, onPage, projected } from "../support/wall-view";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();
const PROJECTOR: BrowserContextOptions = {
  viewport: { width: 1920, height: 1080 },
  deviceScaleFactor: 1,
  locale: "zh-CN",
};
const LAPTOP: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  locale: "zh-CN",
  acceptDownloads: true,
};
const MODULES = ["eoac", "service-mindset", "above-standard-demands", "relationship-trust", "belonging"] as const;
const COHORT = "城东支行服务提升班（第四期）";

/** The 40 of the room: who they are, how they arrive and what they commit to. */
const PEOPLE = Array.from({ length: 40 }, (_, i) => ({
  name: `学员${String(i + 1).padStart(2, "0")}`,
  action: `第 ${i + 1} 位：客户开口前，先复述一遍他最想办好的事`,
  module: MODULES[i % MODULES.length]!,
}));

/** Joins on `page` with the form already showing the cohort's code (from the QR link or typed). */
async function fillJoin(page: Page, name: string, email?: string) {
  await page.fill("input[name=name]", name);
  if (email) {
    await page.fill("input[name=email]", email);
    await page.check("input[name=followUpConsent]");
  }
  await page.click("button[type=submit]");
  await page.locator('[data-testid="joined"]').waitFor();
}

/** Writes and sends one commitment from the module's form, as a participant does; waits until it is sent. */
async function commit(page: Page, module: string, action: string) {
  await page.goto(url(`/modules/${module}/`));
  await openCommitmentStep(page, module);
  await page.fill("[data-commitment-form] [name=action]", action);
  await page.fill("[data-commitment-form] [name=trigger]", "客户在柜台前坐下时");
  await page.check("[data-commitment-form] input[name=confidence][value='8']");
  await page.check("[data-commitment-form] input[name=visibility][value=cohort]");
  await page.click("[data-submit-commitment]");
  try {
    await page.locator('[data-delivery-state="sent"]').first().waitFor({ timeout: 30_000 });
  } catch (error) {
    // Say why it is still waiting: the outbox's attempts and the errors the server gave.
    const outbox = await page.evaluate(() => localStorage.getItem("jiannuo:outbox"));
    throw new Error(`${action} was not sent; outbox: ${outbox}`, { cause: error });
  }
}

/** Runs `work` over `items`, `width` at a time (a room arrives together, not one by one). */
async function inWaves<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

describe("a rehearsal of a workshop day for 40", () => {
  const contexts: BrowserContext[] = [];
  const device = async (b: Browser, options: BrowserContextOptions) => {
    const context = await b.newContext(options);
    contexts.push(context);
    return context.newPage();
  };
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it("joins, commits and is counted, every one of 40, on the wall, the dashboard, the report and the CSV", async () => {
    const password = randomBytes(10).toString("hex");
    const email = `rehearsal-${randomBytes(4).toString("hex")}@example.com`;
    const admin = await superuserClient();
    await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "周老师" });

    // The trainer creates the cohort and projects the join screen.
    const trainer = await device(browser(), LAPTOP);
    await signInAsTrainer(trainer, url("/trainer/"), email, password);
    await trainer.click("button[data-create-cohort]");
    await trainer.fill("input[name=name]", COHORT);
    await trainer.fill("input[name=organization]", "示例银行城东支行");
    await trainer.fill("input[name=startsOn]", "2026-11-24");
    await trainer.fill("input[name=endsOn]", "2026-11-25");
    await trainer.locator("form button[type=submit]").last().click();
    const item = trainer.locator("[data-cohort]").filter({ hasText: COHORT });
    await item.waitFor();
    const cohortId = (await item.getAttribute("data-cohort"))!;

    const projector = await device(browser(), PROJECTOR);
    await signInAsTrainer(projector, url("/trainer/"), email, password);
    await projector.goto(url(`/trainer/join/?cohort=${cohortId}`));
    const qr = projector.locator("[data-join-screen] svg[data-qr]");
    await qr.waitFor();
    const code = (await projector.locator("[data-join-screen] [data-join-code]").innerText()).replace(/\s/g, "");
    const joinLink = (await qr.getAttribute("data-qr"))!;
    expect(joinLink).toBe(url(`/join/?code=${code}`));
    // What the phones scan is that link, as drawn on the screen.
    expect(await readRenderedQr(qr)).toEqual(qrMatrix(joinLink));

    // One of the room attended another workshop last month with the same email.
    const earlier = await newCohort((await newTrainer(admin, "林老师")).pb, { name: "上个月的服务班" });
    const returning = `returning-${randomBytes(4).toString("hex")}@example.com`;
    expect(
      (await postJoin({ code: earlier["joinCode"], name: PEOPLE[3]!.name, email: returning, followUpConsent: true }))
        .status,
    ).toBe(200);

    // 0-1 share one tablet; 2 loses the session; 3 is the returning one; the rest arrive in waves,
    // odd ones scanning the QR code on a phone, even ones typing the code on a tablet.
    const shared = await device(browser(), TABLET);
    for (const who of PEOPLE.slice(0, 2)) {
      await shared.goto(url("/join/"));
      await shared.waitForSelector("form input[name=name]");
      await shared.fill("input[name=code]", code);
      await fillJoin(shared, who.name);
      await commit(shared, who.module, who.action);
      await shared.click("button[data-next-participant]");
      await shared.click("[data-confirm-next]");
      await shared.waitForURL(/\/join\/?/);
    }

    const lost = await device(browser(), TABLET);
    await lost.goto(joinLink);
    await lost.waitForSelector("form input[name=name]");
    await fillJoin(lost, PEOPLE[2]!.name);
    const lostId = await lost.evaluate(() => JSON.parse(localStorage.getItem("jiannuo:session")!).participant.id);
    await lost.evaluate(() => localStorage.clear());

    const again = await device(browser(), PHONE);
    await again.goto(joinLink);
    await again.waitForSelector("form input[name=name]");
    await fillJoin(again, PEOPLE[3]!.name, returning.toUpperCase());
    await commit(again, PEOPLE[3]!.module, PEOPLE[3]!.action);

    await inWaves(PEOPLE.slice(4), 4, async (who) => {
      const i = PEOPLE.indexOf(who);
      const page = await device(browser(), i % 2 ? PHONE : TABLET);
      if (i % 2) await page.goto(joinLink);
      else await page.goto(url("/join/"));
      await page.waitForSelector("form input[name=name]");
      if (!(i % 2)) await page.fill("input[name=code]", code);
      await fillJoin(page, who.name);
      await commit(page, who.module, who.action);
      await page.context().close();
    });

    // The one who lost the session: the trainer shows their re-join code on the dashboard.
    await trainer.goto(url(`/trainer/cohort/?cohort=${cohortId}`));
    await trainer.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });
    await trainer.locator(`tr[data-participant="${lostId}"] button`).click();
    const panel = trainer.locator(`[data-rejoin-panel="${lostId}"]`);
    await panel.locator("[data-rejoin-make]").click();
    const rejoin = (await panel.locator("svg[data-qr]").getAttribute("data-qr"))!;
    await lost.goto(rejoin);
    await lost.getByRole("heading", { name: `欢迎回来，${PEOPLE[2]!.name}！` }).waitFor();
    await commit(lost, PEOPLE[2]!.module, PEOPLE[2]!.action);

    // Everyone is in this cohort once, the returning one in both.
    const participants = await admin.collection("participants").getFullList({ filter: `cohort = "${cohortId}"` });
    expect(participants.map((p) => p["name"]).sort()).toEqual(PEOPLE.map((p) => p.name).sort());
    const commitments = await admin.collection("commitments").getFullList({ filter: `cohort = "${cohortId}"` });
    expect(commitments.map((c) => c["action"]).sort()).toEqual(PEOPLE.map((p) => p.action).sort());
    expect(await admin.collection("participants").getFullList({ filter: `cohort = "${earlier.id}"` })).toHaveLength(1);

    // The wall at 1920×1080, in pages: every card is seen, each page readable.
    await projector.goto(url(`/trainer/wall/?cohort=${cohortId}`));
    await projector.locator('[data-connection="connected"]').waitFor();
    const controls = await device(browser(), { ...TABLET, deviceScaleFactor: 1 });
    await signInAsTrainer(controls, url("/trainer/"), email, password);
    await controls.goto(url(`/trainer/wall/?cohort=${cohortId}&controls`));
    await controls.locator('[data-wall-control-room][data-phase="ready"]').waitFor();
    await controls.click('button[data-wall-layout="pages"]');
    await onPage(projector, 1);
    const pages = Number(await controls.locator("[data-wall-pages]").getAttribute("data-wall-pages"));
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      if (n > 1) await projector.keyboard.press("PageDown");
      await onPage(projector, n);
      const view = await projected(projector);
      expectReadable(view);
      seen.push(...view.cards.map((c) => c.text));
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.sort()).toEqual(PEOPLE.map((p) => p.action).sort());

    // The dashboard and the report count 40.
    await trainer.goto(url(`/trainer/cohort/?cohort=${cohortId}`));
    await trainer.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });
    expect((await trainer.locator('[data-stat="participants"]').innerText()).trim()).toBe("40");
    expect((await trainer.locator('[data-stat="commitments"]').innerText()).trim()).toBe("40");
    expect(await trainer.locator("table[data-participants] tbody tr").count()).toBe(40);

    // The CSV: Chinese module titles, times in the cohort's zone, every commitment with its person.
    const [download] = await Promise.all([
      trainer.waitForEvent("download"),
      trainer.click('button[data-download="commitments"]'),
    ]);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.toString("utf8").slice(1));
    expect(rows).toHaveLength(40);
    const column = (key: keyof typeof zhCN) => header!.indexOf(zhCN[key]);
    const actionAt = column("csv.commitments.action");
    const moduleAt = column("common.module");
    const nameAt = column("common.participant");
    expect(rows.map((r) => r[actionAt]).sort()).toEqual(PEOPLE.map((p) => p.action).sort());
    expect(rows.map((r) => r[nameAt]).sort()).toEqual(PEOPLE.map((p) => p.name).sort());
    expect(new Set(rows.map((r) => r[moduleAt]))).toEqual(
      new Set([
        "EOAC 沟通模式",
        "以客户为中心的服务思维",
        "应对超标准需求",
        "客户关系经营与信任",
        "员工归属感与服务质量",
      ]),
    );
    expect(header!.join(",")).toContain("Asia/Shanghai");

    await trainer.goto(url(`/trainer/report/?cohort=${cohortId}`));
    await trainer.locator(`[data-report][data-cohort="${cohortId}"] [data-report-commitments]`).waitFor();
    expect(await trainer.locator('[data-fact="participants"] dd').innerText()).toBe("40");
    expect(await trainer.locator('[data-fact="commitments"] dd').innerText()).toBe("40");
    const report = await trainer.locator("[data-report-commitments]").innerText();
    for (const who of PEOPLE) expect(report).toContain(who.action);
  }, 300_000);
});
