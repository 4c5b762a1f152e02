// Joining the demo cohort on a tablet with the code from the trainer's QR link.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { zhCN } from "../../src/i18n/zh-CN";
import { TABLET, useBrowser } from "../support/browser";
import { superuserClient } from "../support/api";

const { browser, url } = useBrowser();

/** The demo cohort's participants of that name (other tests' cohorts may have one too). */
async function participantsNamed(name: string) {
  const admin = await superuserClient();
  const filter = admin.filter("name = {:name} && cohort.joinCode = {:code}", { name, code: inject("demoJoinCode") });
  return admin.collection("participants").getFullList({ filter });
}

describe("joining the demo cohort", () => {
  it("works from the QR link, stores one participant, and survives a reload", async () => {
    const code = inject("demoJoinCode");
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url(`/join?code=${code.toLowerCase()}`));
    await page.waitForSelector("form input[name=name]");
    expect(await page.inputValue("input[name=code]")).toBe(code);
    expect(await page.isChecked("input[name=followUpConsent]")).toBe(false);
    expect(await page.isChecked("input[name=namedInReport]")).toBe(false);

    await page.fill("input[name=name]", "赵敏");
    await page.click("button[type=submit]");
    const joined = page.locator('[data-testid="joined"]');
    await joined.waitFor();
    expect(await joined.innerText()).toContain("赵敏");
    expect(await joined.innerText()).toContain("演示班");

    const stored = await participantsNamed("赵敏");
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ followUpConsent: false, namedInReport: false, locale: "zh-CN" });

    await page.reload();
    await page.locator('[data-testid="joined"]').waitFor();
    expect(await page.locator('[data-testid="joined"]').innerText()).toContain("赵敏");
    expect(await participantsNamed("赵敏")).toHaveLength(1);
    await context.close();
  });

  it("shows the server's Chinese message for a name with a direction override, and stores nothing", async () => {
    const name = "王\u202E小雨";
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url(`/join?code=${inject("demoJoinCode")}`));
    await page.waitForSelector("form input[name=name]");
    await page.fill("input[name=name]", name);
    await page.click("button[type=submit]");
    const error = page.locator("#name-error");
    await error.waitFor();
    expect(await error.innerText()).toBe(zhCN["errors.jiannuo_text_control"]);
    expect(await page.inputValue("input[name=name]")).toBe(name);
    expect(await participantsNamed(name)).toHaveLength(0);
    await context.close();
  });

  it("shows a clear Chinese error for a wrong code and keeps what was typed", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url("/join"));
    await page.waitForSelector("form input[name=name]");
    await page.fill("input[name=code]", "ZZZZZZ");
    await page.fill("input[name=name]", "钱多多");
    await page.click("button[type=submit]");
    const error = page.locator("#code-error");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getAttribute("input[name=code]", "aria-invalid")).toBe("true");
    expect(await page.inputValue("input[name=name]")).toBe("钱多多");
    expect(await participantsNamed("钱多多")).toHaveLength(0);
    await context.close();
  });
});
