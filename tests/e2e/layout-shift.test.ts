// Layout shift on a phone with a 4× slower CPU: the sum of the page's layout-shift entries (those without
// recent input, as Lighthouse counts them) from before the first byte until the page's island shows its
// ready state must stay within the goal in README, Performance (CLS ≤ 0.02). The server-rendered HTML reserves
// the space each island takes once hydrated, so nothing below it jumps.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import type { BrowserContextOptions, Page } from "playwright-core";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { PHONE, useBrowser } from "../support/browser";
import { answerLinksOf, commitFor, joinForFollowUps } from "../support/followup-links";
import { trainerWithFinishedCohort } from "../support/finished-cohort";
import { commitAs, joinedParticipant, newRoom, signedInDevice } from "../support/participant-device";

const { browser, url } = useBrowser();
const BUDGET = 0.02;

declare global {
  interface Window {
    __layoutShift: { value: number; sources: string[] };
  }
}

/** Opens `address` on a throttled phone and returns the layout shift summed until `ready` shows. */
async function shiftOf(device: BrowserContextOptions, address: string, ready: string) {
  const context = await browser().newContext(device);
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    const shift = (window.__layoutShift = { value: 0, sources: [] as string[] });
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue;
        shift.value += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node as Element | undefined;
          shift.sources.push(`${entry.value.toFixed(4)} ${node?.nodeName ?? "?"}.${node?.className ?? ""}`);
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(address);
  await page.locator(ready).first().waitFor();
  const result = await settled(page);
  await context.close();
  return result;
}

/** The sum once two frames have passed after the ready signal, so its own shift has been reported. */
function settled(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ value: number; sources: string[] }>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__layoutShift)))),
      ),
  );
}

function withinBudget(found: { value: number; sources: string[] }, what: string) {
  expect(found.value, `${what}: ${found.value.toFixed(4)} from ${found.sources.join(", ")}`).toBeLessThanOrEqual(
    BUDGET,
  );
}

describe("layout shift on a throttled phone", () => {
  it("the join page with the QR code's link, and without a code", async () => {
    const code = inject("demoJoinCode");
    withinBudget(await shiftOf(PHONE, url(`/join/?code=${code}`), "form input[name=name]"), "/join/?code=");
    withinBudget(await shiftOf(PHONE, url("/join/"), "form input[name=name]"), "/join/");
  });

  it("the check-in page opened from a follow-up email's answer link", async () => {
    const { url: base, mailDir } = inject("pocketbase");
    const { admin, cohort } = await trainerWithFinishedCohort("版面班", "示例酒店");
    const address = `shift-${randomBytes(4).toString("hex")}@example.com`;
    const who = await joinForFollowUps(admin, cohort.joinCode, "前台小林", address);
    await commitFor(who, cohort.id, "每位客人离店前问一句满意度");
    await fetch(`${base}/api/jiannuo/followups/run`, {
      method: "POST",
      headers: { Authorization: admin.authStore.token },
    });
    const mail = readMailbox(mailDir).find((m: { envelopeTo: string[] }) => m.envelopeTo.includes(address));
    // The link people tap most ("做到了"), the token in its fragment.
    const link = answerLinksOf(mail).find((l) => l.s === "done");
    expect(link?.url).toMatch(/\/checkin\/#t=/);
    withinBudget(await shiftOf(PHONE, link!.url, "[data-checkin-ready]"), "/checkin/");
  });

  it("my commitments, signed in, with a commitment", async () => {
    const room = await newRoom("版面测量班");
    const who = await joinedParticipant(room.code, "大堂小周");
    const commitment = await commitAs(who, "每天开门前检查一遍自助机");
    const device = signedInDevice(PHONE, who.session);
    withinBudget(await shiftOf(device, url("/me/"), `[data-my-commitment="${commitment.id}"]`), "/me/");
  });

  it("a module page opened at its commitment step", async () => {
    // Its islands hydrate when they scroll into view: the step's, in view from the start, is the signal.
    const step = "[data-commitment-step] astro-island:not([ssr]) [data-commitment-open]";
    withinBudget(await shiftOf(PHONE, url("/modules/eoac/#commitment-heading"), step), "/modules/eoac/");
  });
});
