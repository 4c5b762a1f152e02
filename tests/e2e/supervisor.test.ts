// Behaviour seen by others end to end, in real browsers at phone size against the real server: a
// participant names their supervisor on /me/ and consents for one of two commitments; the weekly digest
// reaches the supervisor, whose link opens a page with exactly that commitment; the supervisor marks it
// observed with a note; the participant reads it on /me/; their buddy encourages them and saw it done; the
// trainer's report shows self-reported and observed side by side, and a result measure with its baseline.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { PHONE, useBrowser, signInAsTrainer } from "../support/browser";
import { newTrainer, runFollowupJob, superuserClient } from "../support/api";
import { mailsTo } from "../support/mail";
import { callOk } from "../support/matrix-world";
import { commitAs, joinedParticipant, signedInDevice } from "../support/participant-device";

const { browser, url } = useBrowser();

describe("the supervisor loop", () => {
  it("goes from consent for one commitment to the supervisor's phone, back to the participant and into the report", async () => {
    const admin = await superuserClient();
    const trainer = await newTrainer(admin, "周老师");
    const cohort = await trainer.pb.collection("cohorts").create({
      name: "主管跟进班",
      organization: "示例酒店",
      trainer: trainer.record.id,
      startsOn: "2026-11-01",
      endsOn: "2026-11-02",
      locale: "zh-CN",
    });
    const who = await joinedParticipant(cohort["joinCode"], "李娜");
    const shared = "每位客人离店前问一句还有什么需要";
    const kept = "每周五给组里一条 EOAC 反馈";
    const sharedRecord = await commitAs(who, shared, { visibility: "cohort" });
    await commitAs(who, kept);
    const boss = `boss-${randomBytes(4).toString("hex")}@example.com`;

    // The participant names the supervisor and ticks one of the two commitments.
    const me = await browser().newContext(signedInDevice({ ...PHONE, locale: "zh-CN" }, who.session));
    const page = await me.newPage();
    await page.goto(url("/me/"));
    await page.getByText("让主管看到我的行动").click();
    const form = page.locator('[data-supervisor-form="new"]');
    await form.getByLabel("主管的名字").fill("王店长");
    await form.getByLabel("主管的邮箱").fill(boss);
    await form.getByLabel(shared).check();
    await expect.poll(() => form.innerText()).toContain("把勾选的承诺（内容、状态、打卡日期）和我的名字给王店长看");
    await form.getByRole("button", { name: "保存并同意" }).click();
    await page.getByText(`王店长（${boss}）可以看到：`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The weekly digest; its link opens the supervisor's page on a phone.
    await runFollowupJob(admin);
    const [digest] = mailsTo(boss);
    const token = digest!.text.match(/\/supervisor\/#t=([A-Za-z0-9]+)/)![1]!;
    const phone = await browser().newContext({ ...PHONE, locale: "zh-CN" });
    const supervisor = await phone.newPage();
    await supervisor.goto(url(`/supervisor/#t=${token}`));
    const card = supervisor.locator("[data-shared-commitment]");
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain(shared);
    expect(await supervisor.locator("[data-supervisor-page]").innerText()).not.toContain(kept);
    await supervisor.locator("[data-huddle-prompt]").waitFor();
    await card.getByLabel("一句话备注").fill("早会上看到你主动问客人需要");
    await card.getByRole("button", { name: "看到了" }).click();
    await card.locator('[data-marked="observed"]').waitFor();
    expect(await supervisor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();

    // The participant reads the observation on /me/.
    await page.reload();
    await page.getByText("让主管看到我的行动").click();
    const seen = page.locator("[data-supervisor-observations]");
    await seen.waitFor();
    expect(await seen.innerText()).toContain("王店长：看到你做到了");
    expect(await seen.innerText()).toContain("早会上看到你主动问客人需要");

    // A buddy: the trainer pairs the two participants at the end of the session and both agree.
    const buddy = await joinedParticipant(cohort["joinCode"], "陈静");
    await callOk(trainer.pb, "POST", `/api/jiannuo/cohorts/${cohort.id}/buddies/random`);
    for (const p of [who, buddy]) await callOk(p.client, "POST", "/api/jiannuo/me/buddies/consent", { agree: true });
    const buddyPhone = await browser().newContext(signedInDevice({ ...PHONE, locale: "zh-CN" }, buddy.session));
    const buddyPage = await buddyPhone.newPage();
    await buddyPage.goto(url("/me/"));
    const partner = buddyPage.locator(`[data-buddy-partner="${who.session.participant.id}"]`);
    await partner.locator(`[data-buddy-commitment="${sharedRecord.id}"]`).waitFor();
    await partner.getByLabel(/想说的话/).fill("李娜，客人都夸你细心！");
    await partner.getByRole("button", { name: "给李娜加油" }).click();
    await partner.locator("[data-buddy-sent]").waitFor();
    const sharedCard = partner.locator(`[data-buddy-commitment="${sharedRecord.id}"]`);
    await sharedCard.getByRole("button", { name: "看到了" }).click();
    await sharedCard.getByText("已记下：你看到了。").waitFor();
    await buddyPhone.close();
    await page.reload();
    await page.locator("[data-buddy-received]").waitFor();
    expect(await page.locator("[data-buddy-received]").innerText()).toContain("李娜，客人都夸你细心！");
    await me.close();

    // A result the client weighs: complaints per 1,000 orders, with its baseline before the workshop.
    await trainer.pb.collection("result_measures").create({
      cohort: cohort.id,
      name: "每千单投诉数",
      unit: "‰",
      direction: "lower",
      baseline: 4.2,
      baselineOn: "2026-10-31",
    });

    // The trainer's report: observed beside the self-reported status.
    const desk = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const report = await desk.newPage();
    await signInAsTrainer(report, url("/trainer/"), trainer.email, trainer.password);
    await report.goto(url(`/trainer/report/?cohort=${cohort.id}`));
    const row = report.locator('[data-report-observed] tr[data-observed="eoac:planned"]');
    await row.waitFor();
    const cell = (c: string) => row.locator(`[data-column="${c}"]`).innerText();
    const columns = ["commitments", "shared", "discussed", "observed", "buddySeen"];
    expect(await Promise.all(columns.map(cell))).toEqual(["2", "1", "0", "1", "1"]);
    const observed = await report.locator("[data-report-observed]").innerText();
    expect(observed).toContain("本人报告的状态");
    expect(observed).not.toContain("早会上看到你");
    expect(observed).not.toContain("客人都夸你细心");
    const results = report.locator('[data-report-levels] [data-level="results"]');
    expect(await results.innerText()).toContain("每千单投诉数");
    expect(await results.locator('tr[data-row="before"] td').innerText()).toBe("4.2 ‰ (2026-10-31)");
    await desk.close();
  });
});
