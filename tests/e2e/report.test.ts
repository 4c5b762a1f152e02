// The printed report for the client company, in a real browser against the real server: a commitment
// a participant kept for the trainer ("only my trainer") shows up only as a count with its status; one
// the trainer hid from the wall and the report is left out and only said to be; neither's words appear.
// On a tablet and a phone, in either language, the report never scrolls sideways.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { PHONE, TABLET, useBrowser, signInAsTrainer } from "../support/browser";

const { browser, url } = useBrowser();

/** The course's module slugs, as its text names them (tests/unit/content.test.ts holds them to six). */
const MODULES = readdirSync(join(import.meta.dirname, "../../content/modules/zh-CN")).map((name) =>
  name.replace(/\.md$/, ""),
);

async function cohortWithCommitments({ everyModule = false } = {}) {
  const base = inject("pocketbase").url;
  const admin = new PocketBase(base);
  await admin
    .collection("_superusers")
    .authWithPassword(inject("pocketbase").superuser.email, inject("pocketbase").superuser.password);
  const email = `report-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "周老师" });
  const trainer = new PocketBase(base);
  await trainer.collection("trainers").authWithPassword(email, password);
  const cohort = await trainer.collection("cohorts").create({
    name: "报告测试班",
    organization: "示例银行",
    trainer: trainer.authStore.record!.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  const joined = await fetch(`${base}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: cohort["joinCode"], name: "署名的小王", namedInReport: true }),
  }).then((r) => r.json());
  const participant = new PocketBase(base);
  participant.authStore.save(joined.token, joined.record);
  const write = (action: string, visibility: string, status = "planned") =>
    participant.collection("commitments").create({
      participant: joined.record.id,
      cohort: cohort.id,
      module: "eoac",
      kind: "personal",
      confidence: 8,
      action,
      visibility,
      status,
    });
  await write("大家都能看到的一条承诺", "cohort");
  await write("只想让培训师知道的承诺", "private", "in_progress");
  const hidden = await write("被撤下墙的那条承诺", "cohort");
  await trainer.collection("commitments").update(hidden.id, { hidden: true });
  if (everyModule) {
    // The widest report a tablet meets: every module (the longest titles) in the count table, a commitment
    // of each kind and status, and a link written without a space that must break to fit.
    const link = "https://intranet.example.com/branch-service/checklists/queue-management-2026-revised-edition-final";
    for (const module of MODULES)
      for (const kind of ["personal", "team", "organization"])
        await participant.collection("commitments").create({
          participant: joined.record.id,
          cohort: cohort.id,
          module,
          kind,
          confidence: 7,
          action: kind === "team" ? `按新的清单排队叫号：${link}` : "每天开工前看一眼写下的承诺",
          visibility: kind === "organization" ? "private" : "cohort",
          status: kind === "personal" ? "in_progress" : "planned",
        });
  }
  return { cohortId: cohort.id, email, password };
}

describe("the cohort report", () => {
  it("shows a private commitment only as a count with its status, never its words", async () => {
    const { cohortId, email, password } = await cohortWithCommitments();
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await signInAsTrainer(page, url("/trainer/"), email, password);
    await page.goto(url(`/trainer/report/?cohort=${cohortId}`));
    await page.locator(`[data-report][data-cohort="${cohortId}"] [data-report-commitments]`).waitFor();

    const text = await page.locator("body").innerText();
    expect(text).toContain("大家都能看到的一条承诺");
    expect(text).not.toContain("只想让培训师知道的承诺");
    expect(text).not.toContain("被撤下墙的那条承诺");
    expect(await page.locator("[data-not-shown]").innerText()).toBe(
      "另有 1 条只在参与者和培训师之间，不显示内容：进行中 1 条。",
    );
    expect(await page.locator("[data-report-hidden]").innerText()).toBe(
      "另有 1 条承诺被培训师隐藏（例如测试或重复的内容），没有计入本报告。",
    );
    await context.close();
  });

  it("takes a result measure set and imported on the dashboard to the report, before and after, with no claim of return without a cost", async () => {
    const { cohortId, email, password } = await cohortWithCommitments();
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await signInAsTrainer(page, url("/trainer/"), email, password);
    await page.goto(url(`/trainer/cohort/?cohort=${cohortId}`));
    const form = page.locator("[data-results] [data-measure-form]");
    await form.getByLabel("指标名称").fill("每千单投诉数");
    await form.getByLabel("单位（选填）").fill("‰");
    await form.getByLabel("基线数值").fill("4.2");
    await form.getByLabel("基线日期").fill("2026-11-01");
    await form.getByRole("button", { name: "保存指标" }).click();
    const measure = page.locator("[data-results] [data-measure]");
    await expect.poll(() => measure.locator("[data-measure-baseline]").textContent()).toBe("基线：4.2 ‰（2026-11-01）");
    // A file with a bad row changes nothing and names the row; the fixed file goes in whole.
    const upload = (text: string) =>
      measure
        .locator("[data-import-csv]")
        .setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await upload("日期,数值\n2026-12-01,3.6\n2026-13-01,3\n");
    await expect.poll(() => measure.locator("[data-import-outcome]").innerText()).toContain("第 3 行：日期不对");
    expect(await measure.locator("tr[data-value-day]").count()).toBe(0);
    await upload("日期,数值\n2026-12-01,3.6\n2027-01-05,3.1\n");
    await expect.poll(() => measure.locator("tr[data-value-day]").count()).toBe(2);

    await page.goto(url(`/trainer/report/?cohort=${cohortId}`));
    const results = page.locator('[data-report-levels] [data-level="results"]');
    await results.waitFor();
    expect(await results.locator('tr[data-row="before"] td').innerText()).toBe("4.2 ‰ (2026-11-01)");
    expect(await results.locator('tr[data-row="after"] td').innerText()).toBe("3.1 ‰ (2027-01-05) · 基线后共 2 个数值");
    expect(await results.locator('tr[data-row="change"] td').innerText()).toBe("-1.1 ‰ · 变好");
    // Nobody estimated their share yet: nothing is credited, and no return is claimed.
    expect(await results.locator('tr[data-row="credited"] td').innerText()).toBe("0 ‰");
    expect(await page.locator('[data-level="roi"] [data-figure="roi-none"]').isVisible()).toBe(true);
    await context.close();
  });

  // A trainer opens the report on a tablet or phone before printing it: it fits the screen's width in
  // either language (wide tables wrap or scroll inside their own box), so the page never scrolls sideways.
  it("fits a tablet and a phone without scrolling sideways, in Chinese and English", async () => {
    const { cohortId, email, password } = await cohortWithCommitments({ everyModule: true });
    const signIn = await browser().newContext({ locale: "zh-CN" });
    const signInPage = await signIn.newPage();
    await signInAsTrainer(signInPage, url("/trainer/"), email, password);
    const storageState = await signIn.storageState();
    await signIn.close();

    const widths: Record<string, number> = {};
    for (const [device, options] of [
      ["tablet", TABLET],
      ["phone", PHONE],
    ] as const) {
      for (const locale of ["zh-CN", "en"] as const) {
        const context = await browser().newContext({ ...options, locale, storageState });
        const page = await context.newPage();
        await page.goto(url(`${locale === "en" ? "/en" : ""}/trainer/report/?cohort=${cohortId}`));
        await page.locator(`[data-report][data-cohort="${cohortId}"] [data-report-commitments]`).waitFor();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.locator("[data-report] tbody tr[data-module]").count()).toBe(MODULES.length);
        // Under mobile emulation the layout viewport grows to a page that is too wide, so the document's
        // width is compared with the screen's, not with innerWidth.
        widths[`${device} ${locale}`] = await page.evaluate(() => document.documentElement.scrollWidth);
        await context.close();
      }
    }
    expect(widths).toEqual({
      "tablet zh-CN": TABLET.viewport!.width,
      "tablet en": TABLET.viewport!.width,
      "phone zh-CN": PHONE.viewport!.width,
      "phone en": PHONE.viewport!.width,
    });
  });
});
