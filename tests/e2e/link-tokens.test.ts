// Answer links in a real browser: links from emails sent before tokens moved to the fragment (?t=...)
// still work, the page takes the token out of the address bar, and nothing the browser sends (URLs,
// Referer headers) puts a token into PocketBase's request log.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { confirmEmailOf } from "../support/api";
import { useBrowser, PHONE } from "../support/browser";
import { trainerWithFinishedCohort } from "../support/finished-cohort";

const { browser, url } = useBrowser();

describe("an answer link from an email sent before tokens left URLs", () => {
  it("records the answer, leaves the token only in the fragment, and the request log holds no token", async () => {
    const { admin, cohort } = await trainerWithFinishedCohort("旧链接测试班", "示例酒店");
    const address = `old-link-${Date.now()}@example.com`;
    const joined = await fetch(url("/api/jiannuo/join"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort["joinCode"], name: "前台小吴", email: address, followUpConsent: true }),
    }).then((r) => r.json());
    await confirmEmailOf(admin, joined.record.id);
    const commitment = await fetch(url("/api/collections/commitments/records"), {
      method: "POST",
      headers: { "content-type": "application/json", Authorization: joined.token },
      body: JSON.stringify({
        participant: joined.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "personal",
        action: "每位客人离店前道别",
        confidence: 8,
        visibility: "private",
        status: "planned",
      }),
    }).then((r) => r.json());
    const run = await fetch(url("/api/jiannuo/followups/run"), {
      method: "POST",
      headers: { Authorization: admin.authStore.token },
    });
    expect(run.status).toBe(200);
    const mail = readMailbox(inject("pocketbase").mailDir).find((m: { envelopeTo: string[] }) =>
      m.envelopeTo.includes(address),
    );
    const token = mail.text.match(/\/checkin\/#t=([A-Za-z0-9]{43})&c=/)![1]!;

    const phone = await browser().newContext(PHONE);
    const page = await phone.newPage();
    // The old form, and without the page folder's slash, so the server answers a redirect (which it logs).
    await page.goto(url(`/checkin?t=${token}&c=${commitment.id}&s=done`));
    await page.locator("[data-checkin-ready]").waitFor();
    await page.locator("button[data-confirm]").click();
    await page.locator('[data-answer-recorded="done"]').waitFor();
    const here = new URL(page.url());
    expect(here.search).toBe("");
    expect(Object.fromEntries(new URLSearchParams(here.hash.slice(1)))).toEqual({
      t: token,
      c: commitment.id,
      s: "done",
    });
    const [checkin] = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:k}", { k: commitment.id }) });
    expect(checkin).toMatchObject({ source: "email", status: "done" });

    await page.goto(url(`/unsubscribe/?t=${token}`));
    await page.click("button[data-unsubscribe]");
    await page.locator("[data-unsubscribed]").waitFor();
    expect(new URL(page.url()).search).toBe("");
    await phone.close();

    // A request made after all of the page's: once it is in the log, theirs are too (the log is written in order).
    const marker = `after-${commitment.id}`;
    await fetch(url(`/api/jiannuo/site?probe=${marker}`));
    const logs = async (filter: string) => {
      const query = new URLSearchParams({ perPage: "1000", sort: "-created", filter });
      return (await fetch(url(`/api/logs?${query}`), { headers: { Authorization: admin.authStore.token } })).text();
    };
    await expect
      .poll(async () => JSON.parse(await logs(`data.url ~ "${marker}"`)).totalItems, { timeout: 15_000, interval: 250 })
      .toBe(1);
    // The redirect of the old link is logged, with its token hidden; and no token anywhere: URLs, referers, errors.
    expect(await logs(`data.url ~ "/checkin?" && data.url ~ "${commitment.id}"`)).toContain("t=hidden");
    expect(await logs("")).not.toContain(token);
  });
});
