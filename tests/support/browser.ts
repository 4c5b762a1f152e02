// Debian's chromium driven by playwright-core, as a participant's tablet (820×1180) or phone (390×844), Chinese.
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
export { goOffline, goOnline, waitForOfflineCopy } from "../../scripts/lib/offline-copy.mjs";

export const TABLET: BrowserContextOptions = {
  viewport: { width: 820, height: 1180 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "zh-CN",
};

/** A participant's phone, where email links are opened too: 390×844, the narrowest screen the pages are made for. */
export const PHONE: BrowserContextOptions = { ...TABLET, viewport: { width: 390, height: 844 } };

/** Launches one browser for the test file and closes it afterwards. */
export function useBrowser(): { browser: () => Browser; url: (p: string) => string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    url: (p: string) => `${inject("pocketbase").url}${p}`,
  };
}

/** Signs a trainer in on `signInUrl` (the trainer page) and waits for their workspace. */
export async function signInAsTrainer(page: Page, signInUrl: string, email: string, password: string): Promise<void> {
  await page.goto(signInUrl);
  await page.fill("form[data-trainer-signin] input[name=email]", email);
  await page.fill("form[data-trainer-signin] input[name=password]", password);
  await page.click("form[data-trainer-signin] button[type=submit]");
  await page.locator("button[data-create-cohort]").waitFor();
}
