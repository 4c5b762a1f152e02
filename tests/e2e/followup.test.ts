// The follow-up email, as a participant gets it: opened from the mail sink in the browser, a tap on an
// answer and one on Confirm, a note added, and the trainer's dashboard shows the check-in.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { confirmEmailOf } from "../support/api";
import { TABLET, useBrowser, signInAsTrainer, PHONE } from "../support/browser";
import { trainerWithFinishedCohort } from "../support/finished-cohort";

const { browser, url } = useBrowser();

describe("a follow-up email", () => {
  it("two taps (the answer, then Confirm) record a check-in that the trainer sees on the dashboard", async () => {
    const { url: base, mailDir } = inject("pocketbase");
    const { admin, email, password, cohort } = await trainerWithFinishedCohort("回访班", "示例酒店");
    const address = `guest-${randomBytes(4).toString("hex")}@example.com`;
    const joined = await fetch(`${base}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort.joinCode, name: "前台小刘", email: address, followUpConsent: true }),
    }).then((r) => r.json());
    await confirmEmailOf(admin, joined.record.id); // the confirmation page is walked in tests/e2e/addresses.test.ts
    const participant = new PocketBase(base);
    participant.authStore.save(joined.token, joined.record);
    const commitment = await participant.collection("commitments").create({
      participant: joined.record.id,
      cohort: cohort.id,
      module: "relationship-trust",
      kind: "personal",
      action: "答应客户的回电，当天下班前打完",
      confidence: 8,
      visibility: "private",
      status: "planned",
    });
    const run = await fetch(`${base}/api/jiannuo/followups/run`, {
      method: "POST",
      headers: { Authorization: admin.authStore.token },
    }).then((r) => r.json());
    expect(run.sent).toBeGreaterThanOrEqual(1);
    const mail = readMailbox(mailDir).find((m: { envelopeTo: string[] }) => m.envelopeTo.includes(address));
    expect(mail.subject).toBe("周老师想问问：你的行动承诺进展如何？");

    const phone = await browser().newContext(PHONE);
    const page = await phone.newPage();
    await page.setContent(mail.html);
    await Promise.all([page.waitForURL(/\/checkin\/#t=/), page.getByRole("link", { name: "做到了" }).click()]);
    await page.locator("[data-checkin-ready]").waitFor();
    await page.getByRole("button", { name: "确认", exact: true }).click();
    await page.locator('[data-answer-recorded="done"]').waitFor();
    await page.fill("textarea[name=note]", "客户第二天特意来道谢");
    await page.check("input[name=shareable]");
    await page.click("button[data-save-note]");
    await page.locator("[data-note-saved]").waitFor();
    const [checkin] = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment.id }) });
    expect(checkin).toMatchObject({ source: "email", status: "done", note: "客户第二天特意来道谢", shareable: true });
    await phone.close();

    const desk = await (await browser().newContext({ ...TABLET, viewport: { width: 1366, height: 900 } })).newPage();
    await signInAsTrainer(desk, url("/trainer/"), email, password);
    await desk.goto(url(`/trainer/cohort/?cohort=${cohort.id}`));
    await desk.locator("[data-dashboard-ready]").waitFor();
    expect((await desk.locator('[data-stat="responseRate"]').innerText()).trim()).toBe("100");
    const row = desk.locator(`table[data-participants] tbody tr[data-participant="${joined.record.id}"]`);
    expect(await row.innerText()).toContain("前台小刘");
    await desk.context().close();
  });
});
