// Hostile participant text typed into every field a participant has (name, the commitment's action,
// trigger, measure and support, the check-in note): markup and script, formulas, zero-width
// characters, emoji. It is stored exactly as typed and every page that shows it (live wall,
// dashboard table and detail, printed report, check-in page) shows it as literal text: no injected
// element, no script run, and no Content-Security-Policy violation on any of those pages.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { TABLET, useBrowser, signInAsTrainer } from "../support/browser";
import { trainerWithFinishedCohort } from "../support/finished-cohort";
import { injectedOn, watchCsp } from "../support/csp-watch";
import { HOSTILE } from "../support/hostile-text";
import { openCommitmentStep } from "../support/commitment-step";

const { browser, url } = useBrowser();
const DESK = { ...TABLET, viewport: { width: 1366, height: 900 }, acceptDownloads: true };

/** Chrome's innerText of some text, as a page shows it (no markup, whitespace as is). */
async function expectInert(page: Page, watch: Awaited<ReturnType<typeof watchCsp>>, shown: string, texts: string[]) {
  for (const text of texts) expect(shown, `shows ${JSON.stringify(text)} as text`).toContain(text);
  expect(await injectedOn(page)).toEqual({ pwned: undefined, elements: 0, scripts: 0 });
  expect(await watch.violations(page)).toEqual([]);
}

describe("hostile participant text", () => {
  it("is stored as typed and shown inert on the wall, dashboard, report and check-in page", async () => {
    const { url: base, mailDir } = inject("pocketbase");
    const { admin, email, password, cohort } = await trainerWithFinishedCohort("安全班", "示例");

    // The participant types everything on a tablet.
    const tabletContext = await browser().newContext(TABLET);
    const tabletWatch = await watchCsp(tabletContext);
    const tablet = await tabletContext.newPage();
    const address = `guest-${randomBytes(4).toString("hex")}@example.com`;
    await tablet.goto(url(`/join/?code=${cohort["joinCode"]}`));
    await tablet.waitForSelector("form input[name=name]");
    await tablet.fill("input[name=name]", HOSTILE.name);
    await tablet.fill("input[name=email]", address);
    await tablet.check("input[name=followUpConsent]");
    await tablet.check("input[name=namedInReport]");
    await tablet.click("button[type=submit]");
    await tablet.locator('[data-testid="joined"]').waitFor();
    await expectInert(tablet, tabletWatch, await tablet.locator("body").innerText(), [HOSTILE.name]);

    await tablet.goto(url("/modules/eoac/"));
    await openCommitmentStep(tablet, "eoac");
    for (const field of ["action", "trigger", "measure", "support"] as const)
      await tablet.fill(`[data-commitment-form] [name=${field}]`, HOSTILE[field]);
    await tablet.check("[data-commitment-form] input[name=confidence][value='8']");
    await tablet.check("[data-commitment-form] input[name=visibility][value=cohort]");
    await tablet.click("[data-submit-commitment]");
    await tablet.locator('[data-delivery-state="sent"]').first().waitFor({ timeout: 20_000 });
    await expectInert(tablet, tabletWatch, await tablet.locator("body").innerText(), []);

    // Stored exactly as typed.
    const [participant] = await admin
      .collection("participants")
      .getFullList({ filter: admin.filter("cohort = {:c}", { c: cohort.id }) });
    expect(participant!["name"]).toBe(HOSTILE.name);
    const [commitment] = await admin
      .collection("commitments")
      .getFullList({ filter: admin.filter("participant = {:p}", { p: participant!.id }) });
    expect(commitment).toMatchObject({
      action: HOSTILE.action,
      trigger: HOSTILE.trigger,
      measure: HOSTILE.measure,
      support: HOSTILE.support,
    });

    // The address's owner confirms on the confirmation email's page (cohort names only, nothing typed);
    // only then does a follow-up carry the participant's text.
    const run = () =>
      fetch(`${base}/api/jiannuo/followups/run`, { method: "POST", headers: { Authorization: admin.authStore.token } });
    expect((await run()).status).toBe(200);
    const confirmation = readMailbox(mailDir).find((m: { envelopeTo: string[] }) => m.envelopeTo.includes(address));
    await tablet.goto(confirmation.text.match(/http:\/\/\S+\/confirm\/#t=[a-z0-9]+/)![0]);
    await tablet.click("button[data-confirm-participation]");
    await tablet.locator("[data-confirmed]").waitFor();
    await expectInert(tablet, tabletWatch, await tablet.locator("main").innerText(), []);
    expect(await tablet.locator("main").innerText()).not.toContain(HOSTILE.name);

    // The check-in page from the follow-up email, and the note.
    expect((await run()).status).toBe(200);
    const mail = readMailbox(mailDir).find(
      (m: { envelopeTo: string[]; text: string }) => m.envelopeTo.includes(address) && m.text.includes("/checkin/"),
    );
    const link = mail.text.match(/http:\/\/\S+\/checkin\/#t=[A-Za-z0-9]+&c=[a-z0-9]+&s=done/)![0];
    await tablet.goto(link);
    await tablet.locator("[data-checkin-ready]").waitFor();
    await tablet.click("button[data-confirm]");
    await tablet.locator('[data-answer-recorded="done"]').waitFor();
    await expectInert(tablet, tabletWatch, await tablet.locator("main").innerText(), [
      HOSTILE.name,
      HOSTILE.action,
      HOSTILE.trigger,
    ]);
    await tablet.fill("textarea[name=note]", HOSTILE.note);
    await tablet.check("input[name=shareable]");
    await tablet.click("button[data-save-note]");
    await tablet.locator("[data-note-saved]").waitFor();
    await expectInert(tablet, tabletWatch, await tablet.locator("main").innerText(), []);
    const [checkin] = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment!.id }) });
    expect(checkin!["note"]).toBe(HOSTILE.note.trim());
    await tabletContext.close();

    // The trainer's pages.
    const deskContext = await browser().newContext(DESK);
    const deskWatch = await watchCsp(deskContext);
    const desk = await deskContext.newPage();
    await signInAsTrainer(desk, url("/trainer/"), email, password);

    await desk.goto(url(`/trainer/wall/?cohort=${cohort.id}`));
    const card = desk.locator(`[data-wall-card="${commitment!.id}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expectInert(desk, deskWatch, await card.innerText(), [HOSTILE.action]);

    await desk.goto(url(`/trainer/cohort/?cohort=${cohort.id}`));
    await desk.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });
    const row = desk.locator(`table[data-participants] tbody tr[data-participant="${participant!.id}"]`);
    await expectInert(desk, deskWatch, await row.innerText(), [HOSTILE.name]);
    await row.locator("button").first().click();
    const detail = desk.locator(`[data-participant-detail="${participant!.id}"]`);
    await detail.locator("[data-detail-commitments]").waitFor();
    await detail.locator("[data-detail-checkins]").waitFor();
    await expectInert(desk, deskWatch, await detail.innerText(), [HOSTILE.name, HOSTILE.action, HOSTILE.note.trim()]);
    // The email preview (a sandboxed srcdoc frame under the page's policy) shows the text escaped, too.
    await desk.click("button[data-preview]");
    const preview = desk.frameLocator("iframe[data-preview-frame]");
    await preview.locator("body").waitFor();
    expect(await preview.locator("img[src='x'], script").count()).toBe(0);
    await expectInert(desk, deskWatch, await desk.locator("[data-preview-panel]").innerText(), []);

    const [download] = await Promise.all([
      desk.waitForEvent("download"),
      desk.click('button[data-download="commitments"]'),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(`"'${HOSTILE.trigger.replace(/"/g, '""')}"`);
    expect(csv).toContain(`'${HOSTILE.measure}`);

    await desk.goto(url(`/trainer/report/?cohort=${cohort.id}`));
    await desk.locator("article[data-report] [data-report-commitments]").waitFor({ timeout: 15_000 });
    await expectInert(desk, deskWatch, await desk.locator("article[data-report]").innerText(), [
      HOSTILE.name,
      HOSTILE.action,
    ]);
    await deskContext.close();
  });
});
