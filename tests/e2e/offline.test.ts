// Once a participant has opened the course, it keeps working without a network, and says so.
import { describe, expect, it } from "vitest";
import { goOffline, goOnline, TABLET, useBrowser, waitForOfflineCopy } from "../support/browser";

const { browser, url } = useBrowser();

describe("offline", () => {
  it("pages opened once keep working offline, with a notice in the page's language", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url("/"));
    await waitForOfflineCopy(page);
    expect(await page.locator("[data-offline-notice]").isHidden()).toBe(true);

    await goOffline(context, page);
    await page.goto(url("/join/?code=ABCDEF"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.waitForSelector("form input[name=name]");
    expect(await page.inputValue("input[name=code]")).toBe("ABCDEF");
    const notice = page.locator("[data-offline-notice]");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("没有联网");

    await page.goto(url("/en/"));
    expect(await page.locator("h1").innerText()).toContain("Jiannuo");
    expect(await page.locator("[data-offline-notice]").innerText()).toContain("offline");

    await goOnline(context);
    await page.reload();
    expect(await page.locator("[data-offline-notice]").isHidden()).toBe(true);
    await context.close();
  });
});
