// Buddies end to end, in a real browser against the real server, at phone size: the trainer pairs the
// cohort's two participants on the dashboard; each agrees on /me/; B sees A's shared commitment (not A's
// private one, not A's note) and encourages A with words; A reads them on /me/.
import { describe, expect, it } from "vitest";
import { PHONE, signInAsTrainer, useBrowser } from "../support/browser";
import { newCohort, newTrainer, superuserClient } from "../support/api";
import { commitAs, joinedParticipant, signedInDevice } from "../support/participant-device";

const { browser, url } = useBrowser();

describe("buddies", () => {
  it("paired by the trainer, B sees only A's shared commitment and encourages; A reads it on /me/", async () => {
    const trainer = await newTrainer(await superuserClient(), "周老师");
    const cohort = await newCohort(trainer.pb, { name: "伙伴测试班", capacity: 300 });
    const a = await joinedParticipant(cohort.joinCode as string, "李娜");
    const b = await joinedParticipant(cohort.joinCode as string, "王芳");
    const shared = await commitAs(a, "每位客人离店前问一句还有什么需要", { visibility: "cohort" });
    await commitAs(a, "只给培训师看的那一条");
    await a.client
      .collection("checkins")
      .create({ commitment: shared.id, status: "in_progress", source: "app", note: "备注：昨天忘了一次" });

    const desk = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const dashboard = await desk.newPage();
    await signInAsTrainer(dashboard, url("/trainer/"), trainer.email, trainer.password);
    await dashboard.goto(url(`/trainer/cohort/?cohort=${cohort.id}`));
    await dashboard.locator("[data-buddy-random]").click();
    const pair = dashboard.locator("[data-buddy-pair]");
    await expect.poll(() => pair.locator("[data-buddy-member]").count()).toBe(2);
    await desk.close();

    const phoneA = await browser().newContext({ ...signedInDevice(PHONE, a.session), locale: "zh-CN" });
    const pageA = await phoneA.newPage();
    await pageA.goto(url("/me/"));
    await pageA.locator("[data-buddies]").getByRole("button", { name: "同意和王芳分享" }).click();
    await pageA.locator("[data-buddies][data-buddy-consented]").waitFor();

    const phoneB = await browser().newContext({ ...signedInDevice(PHONE, b.session), locale: "zh-CN" });
    const pageB = await phoneB.newPage();
    await pageB.goto(url("/me/"));
    await pageB.locator("[data-buddies]").getByRole("button", { name: "同意和李娜分享" }).click();
    const partner = pageB.locator(`[data-buddy-partner="${a.session.participant.id}"]`);
    await partner.locator(`[data-buddy-commitment="${shared.id}"]`).waitFor();
    const seen = await partner.innerText();
    expect(seen).toContain("每位客人离店前问一句还有什么需要");
    expect(seen).toContain("最近打卡");
    expect(seen).not.toContain("只给培训师看的那一条");
    expect(seen).not.toContain("昨天忘了一次");
    await partner.getByLabel(/想说的话/).fill("李娜加油，你一定行！");
    await partner.getByRole("button", { name: "给李娜加油" }).click();
    await partner.locator("[data-buddy-sent]").waitFor();
    await phoneB.close();

    await pageA.reload();
    const received = pageA.locator("[data-buddy-received]");
    await received.waitFor();
    expect(await received.innerText()).toContain("李娜加油，你一定行！");
    expect(await received.innerText()).toContain("王芳给你加油");
    await phoneA.close();
  });
});
