// One person, two workshops, in a real browser: Lina attended cohort A and joins cohort B on another
// tablet with the same email in other letters' case; one confirmation email reaches her, its page
// confirms both; later, on a new device, she signs in with an emailed code and picks a workshop.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { runFollowupJob } from "../support/api";
import { TABLET, useBrowser, PHONE } from "../support/browser";
import { trainerWithFinishedCohort } from "../support/finished-cohort";
import { isConfirmation, mailsTo, nextMailTo, signInCode } from "../support/mail";

const { browser, url } = useBrowser();

/** Joins a cohort on a fresh tablet with the form, as a participant does. */
async function joinOnTablet(b: Browser, code: string, name: string, email: string) {
  const context = await b.newContext(TABLET);
  const page = await context.newPage();
  await page.goto(url(`/join/?code=${code}`));
  await page.waitForSelector("form input[name=name]");
  await page.fill("input[name=name]", name);
  await page.fill("input[name=email]", email);
  await page.check("input[name=followUpConsent]");
  await page.click("button[type=submit]");
  await page.locator('[data-testid="joined"]').waitFor();
  await context.close();
}

describe("one person in two workshops", () => {
  it("joins both with one email, confirms both from one email, and later signs in by code to the workshop she picks", async () => {
    const { admin, cohort: a } = await trainerWithFinishedCohort("A班：服务意识", "示例银行");
    const b = await admin.collection("cohorts").create({
      name: "B班：客户关系",
      organization: "示例银行",
      trainer: a["trainer"],
      startsOn: "2026-12-01",
      endsOn: "2026-12-02",
      locale: "zh-CN",
    });
    const email = `lina-${randomBytes(4).toString("hex")}@example.com`;
    await joinOnTablet(browser(), a["joinCode"], "林娜", email);
    // Another tablet, the capitals a phone keyboard adds, and a space: the same address.
    await joinOnTablet(
      browser(),
      b["joinCode"],
      "林娜",
      ` ${email.charAt(0).toUpperCase()}${email.slice(1).toUpperCase()}`,
    );
    const [inA] = await admin
      .collection("participants")
      .getFullList({ filter: admin.filter("cohort = {:c}", { c: a.id }) });
    const [inB] = await admin
      .collection("participants")
      .getFullList({ filter: admin.filter("cohort = {:c}", { c: b.id }) });
    expect(inA!["address"]).toBe(inB!["address"]);

    // One confirmation email; its page lists both workshops, each confirmed with a tap.
    await runFollowupJob(admin);
    const confirmations = mailsTo(email).filter(isConfirmation);
    expect(confirmations).toHaveLength(1);
    const phone = await browser().newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(confirmations[0]!.text.match(/http:\/\/\S+\/confirm\/#t=[a-z0-9]+/)![0]);
    await page.locator("[data-confirm-ready]").waitFor();
    expect(await page.locator("main").innerText()).toContain("A班：服务意识");
    expect(await page.locator("main").innerText()).toContain("B班：客户关系");
    expect(await page.locator("main").innerText()).not.toContain("林娜");
    for (const id of [inA!.id, inB!.id]) {
      await page.click(`button[data-confirm-participation="${id}"]`);
      await page.locator(`[data-participation="${id}"] [data-confirmed]`).waitFor();
    }
    await phone.close();
    for (const id of [inA!.id, inB!.id])
      expect((await admin.collection("participants").getOne(id))["emailConfirmedAt"]).not.toBe("");

    // A new device: sign in with a code, typed with capitals; choose A (B, the newest, is chosen first).
    const device = await (await browser().newContext(TABLET)).newPage();
    await device.goto(url("/signin/"));
    await device.waitForSelector("input[name=email]");
    const seen = mailsTo(email).length;
    await device.fill("input[name=email]", email.toUpperCase());
    await device.click("button[type=submit]");
    await device.waitForSelector("input[name=code]");
    expect(await device.locator("main").innerText()).toContain(`如果 ${email} 在践诺里登记过`);
    const mail = await nextMailTo(email, seen, inject("pocketbase").mailDir);
    expect(`${mail.subject}${mail.text}`).not.toContain("林娜");
    await device.fill("input[name=code]", signInCode(mail));
    await device.click("button[type=submit]");
    await device.waitForSelector("input[name=participant]");
    expect(
      await device
        .locator("input[name=participant]")
        .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked])),
    ).toEqual([
      [inB!.id, true],
      [inA!.id, false],
    ]);
    await device.check(`input[name=participant][value="${inA!.id}"]`);
    await device.click("button[type=submit]");
    const welcome = device.locator('[data-testid="signed-in"]');
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain("欢迎回来，林娜！");
    expect(await welcome.innerText()).toContain("A班：服务意识");

    // The device now works as A's participant, as after joining: my page shows A and the confirmed address.
    await device.click("a[data-go-to-me]");
    await device.locator("[data-email-confirmed]").waitFor();
    expect(await device.locator(".my-who").innerText()).toContain("A班：服务意识");
    expect(await device.locator("[data-email-confirmed]").innerText()).toContain(email);
    await device.context().close();
  });
});
