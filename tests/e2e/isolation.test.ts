// The isolation estimate end to end, in a real browser against the real server: a participant opens the
// answer link of a 45-day follow-up on a phone, records the answer, estimates what share of the change
// came from them and how sure they are; the trainer's report then credits the programme with the
// adjusted share (estimate × confidence), without the participant's name.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { PHONE, useBrowser, signInAsTrainer } from "../support/browser";
import { sentFollowUp } from "../support/sent-followup";

const { browser, url } = useBrowser();

async function cohortWithA45DayFollowUp() {
  const base = inject("pocketbase").url;
  const admin = new PocketBase(base);
  const { email: adminEmail, password: adminPassword } = inject("pocketbase").superuser;
  await admin.collection("_superusers").authWithPassword(adminEmail, adminPassword);
  const email = `isolation-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "周老师" });
  const trainer = new PocketBase(base);
  await trainer.collection("trainers").authWithPassword(email, password);
  const cohort = await trainer.collection("cohorts").create({
    name: "估计测试班",
    organization: "示例酒店",
    trainer: trainer.authStore.record!.id,
    startsOn: "2026-08-01",
    endsOn: "2026-08-02",
    locale: "zh-CN",
  });
  const joined = await fetch(`${base}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: cohort["joinCode"], name: "不署名的小李" }),
  }).then((r) => r.json());
  const participant = new PocketBase(base);
  participant.authStore.save(joined.token, joined.record);
  const commitment = await participant.collection("commitments").create({
    participant: joined.record.id,
    cohort: cohort.id,
    module: "eoac",
    kind: "personal",
    confidence: 8,
    action: "每位客人离店前问一句还有什么需要",
    visibility: "private",
    status: "planned",
  });
  const token = await sentFollowUp(admin, {
    participant: joined.record.id,
    cohort: cohort.id,
    round: 45,
    shownCommitments: [commitment.id],
  });
  return { cohortId: cohort.id, commitmentId: commitment.id, token, trainer, email, password };
}

describe("the isolation estimate", () => {
  it("goes from a phone at the 45-day follow-up to the trainer's report, discounted by its confidence", async () => {
    const { cohortId, commitmentId, token, trainer, email, password } = await cohortWithA45DayFollowUp();
    const phone = await browser().newContext({ ...PHONE, locale: "zh-CN" });
    const page = await phone.newPage();
    await page.goto(url(`/checkin/#t=${token}&c=${commitmentId}&s=in_progress`));
    await page.locator("button[data-confirm]").click();
    const form = page.locator("[data-isolation]");
    await form.waitFor();
    await form.locator('[data-field="share"]').getByRole("radio", { name: "60%", exact: true }).check();
    await form.locator('[data-field="sure"]').getByRole("radio", { name: "80%", exact: true }).check();
    await form.locator("button[data-save-isolation]").click();
    await form.locator("[data-isolation-saved]").waitFor();
    await phone.close();

    const [checkin] = await trainer.collection("checkins").getFullList({ filter: `commitment = "${commitmentId}"` });
    expect([checkin?.["isolationGiven"], checkin?.["isolationShare"], checkin?.["isolationSure"]]).toEqual([
      true,
      60,
      80,
    ]);

    const desk = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const report = await desk.newPage();
    await signInAsTrainer(report, url("/trainer/"), email, password);
    await report.goto(url(`/trainer/report/?cohort=${cohortId}`));
    const isolation = report.locator('[data-level="isolation"] [data-figure="isolation"]');
    // 0.6 × 0.8 = 48 %, from the one participant asked.
    await expect.poll(() => isolation.textContent()).toContain("计入培训的比例是 48%");
    expect(await isolation.textContent()).toContain("1/1 位学员给出了估计");
    expect(await report.locator("[data-report-levels]").innerText()).not.toContain("小李");
    await desk.close();
  });
});
