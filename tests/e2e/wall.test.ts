// The wall at room scale, in the real browser on a 1920×1080 projector: a room of 40 (and of 200) is
// seen whole, in one screen or over pages turned from the trainer's tablet or a clicker; every card's
// text fits its cell, nothing overflows sideways, no control covers a card; an empty wall shows the join
// QR code. The join address comes from the server (APP_URL): a second server here has APP_URL on a
// documentation address (192.0.2.50, never fetched) and the QR code as drawn must encode it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import type { BrowserContext, BrowserContextOptions } from "playwright-core";
import { qrMatrix } from "../../src/lib/qr";
import { SITE_DIR } from "../../scripts/lib/pocketbase-binary.mjs";
import { seriousViolations } from "../support/axe";
import { signInAsTrainer, TABLET, useBrowser } from "../support/browser";
import { startTestPocketBase } from "../support/integration-setup";
import { readRenderedQr } from "../support/qr-read";
import { cutLines, expectReadable, onPage, projected } from "../support/wall-view";
import { superuserClient } from "../support/api";

const { browser } = useBrowser();
const PROJECTOR: BrowserContextOptions = {
  viewport: { width: 1920, height: 1080 },
  deviceScaleFactor: 1,
  locale: "zh-CN",
};
const LONG_URL = "https://intranet.example.com/service/faq/counter-questions-2026-edition-final-version-v3.pdf";

interface Server {
  url: string;
  superuser: { email: string; password: string };
}

/** A trainer with a cohort on `server`, and the trainer's API client. */
async function trainerWithCohort(server: Server, name = "城东支行服务提升班", capacity = 60) {
  const admin = await superuserClient(server);
  const email = `wall-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "周老师" });
  const api = new PocketBase(server.url);
  api.autoCancellation(false);
  await api.collection("trainers").authWithPassword(email, password);
  const cohort = await api.collection("cohorts").create<{ id: string; joinCode: string }>({
    name,
    organization: "示例银行",
    trainer: api.authStore.record!.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
    showNamesOnWall: true,
    capacity,
  });
  return { email, password, api, cohort };
}

/** `count` people join with the code and each shares one commitment, in order; returns the actions. */
async function fillRoom(base: string, cohort: { id: string; joinCode: string }, count: number): Promise<string[]> {
  const actions: string[] = [];
  for (let i = 0; i < count; i++) {
    const joined = await fetch(`${base}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort.joinCode, name: `学员${i + 1}` }),
    }).then((r) => r.json());
    if (!joined.record) throw new Error(`join ${i + 1} refused: ${JSON.stringify(joined)}`);
    const participant = new PocketBase(base);
    participant.authStore.save(joined.token, joined.record);
    // Varied lengths, as a room writes them; one carries a long URL that must wrap inside its card.
    const action =
      i === 7
        ? `第 ${i + 1} 位：把常见问题整理成一页纸，贴在柜台上：${LONG_URL}`
        : i % 5 === 3
          ? `第 ${i + 1} 位：客户提出超出标准的要求时，先复述他真正要解决的问题，再说明能做和不能做的，并给出至少一个替代方案`
          : `第 ${i + 1} 位：接电话时先复述客户的问题`;
    await participant.collection("commitments").create({
      participant: joined.record.id,
      cohort: cohort.id,
      module: ["service-mindset", "eoac", "action-commitment"][i % 3],
      kind: "personal",
      action,
      trigger: i % 2 ? "接到客户电话时" : "",
      confidence: 8,
      visibility: "cohort",
      status: "planned",
    });
    actions.push(action);
  }
  return actions;
}

/** A browser context signed in as the trainer on `base`; every request it sends is to a loopback host. */
async function trainerDevice(base: string, account: { email: string; password: string }, options = PROJECTOR) {
  const context = await browser().newContext(options);
  const hosts = new Set<string>();
  context.on("request", (request) => hosts.add(new URL(request.url()).hostname));
  const page = await context.newPage();
  await signInAsTrainer(page, `${base}/trainer/`, account.email, account.password);
  return { context, page, hosts };
}

describe("a room of 40 on a 1920×1080 projector", () => {
  let room: Awaited<ReturnType<typeof trainerWithCohort>>;
  let actions: string[];
  const contexts: BrowserContext[] = [];
  const base = () => inject("pocketbase").url;

  beforeAll(async () => {
    room = await trainerWithCohort(inject("pocketbase"));
    actions = await fillRoom(base(), room.cohort, 40);
  }, 60_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it("shows all 40 at once by default, the newest marked, every text whole, the URL wrapped, no control over a card", async () => {
    const projector = await trainerDevice(base(), room);
    contexts.push(projector.context);
    await projector.page.goto(`${base()}/trainer/wall/?cohort=${room.cohort.id}`);
    await projector.page.locator('[data-connection="connected"]').waitFor();
    await projector.page.waitForFunction(
      () =>
        document.querySelectorAll("[data-wall-card]").length === 40 && document.querySelector("[style*='--card-font']"),
    );
    const view = await projected(projector.page);
    expect(view.cards.map((c) => c.text).sort()).toEqual([...actions].sort());
    expectReadable(view);
    expect(view.cards.filter((c) => c.newest).map((c) => c.text)).toEqual([actions[39]]);
    // Legible from the room: most cards share one size, none below the smallest.
    expect(Math.min(...view.cards.map((c) => c.fontPx))).toBeGreaterThanOrEqual(13);
    const urlCard = view.cards.find((c) => c.text.includes(LONG_URL));
    expect(urlCard?.fits).toBe(true);
    // The only way to the controls is a link in the title bar, opening them elsewhere.
    const link = projector.page.locator("a[data-wall-controls-link]");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect([...projector.hosts]).toEqual(["127.0.0.1"]);
    expect(await seriousViolations(projector.page)).toEqual([]);
  });

  it("turns pages from the trainer's tablet and from a clicker on the projector, and every card is seen", async () => {
    const projector = await trainerDevice(base(), room);
    const tablet = await trainerDevice(base(), room, { ...TABLET, deviceScaleFactor: 1 });
    contexts.push(projector.context, tablet.context);
    await projector.page.goto(`${base()}/trainer/wall/?cohort=${room.cohort.id}`);
    await projector.page.locator('[data-connection="connected"]').waitFor();
    await tablet.page.goto(`${base()}/trainer/wall/?cohort=${room.cohort.id}&controls`);
    await tablet.page.locator('[data-wall-control-room][data-phase="ready"]').waitFor();
    // The list (with the coach's findings) loads when first shown.
    await expect.poll(() => tablet.page.locator("[data-moderate-card]").count()).toBe(40);
    // The trainer's list shows each commitment whole, the URL wrapped inside its card, nothing sideways.
    expect(await cutLines(tablet.page, "[data-moderate-card]")).toEqual([]);
    expect(await tablet.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      TABLET.viewport!.width,
    );
    expect(await seriousViolations(tablet.page)).toEqual([]);

    await tablet.page.click('button[data-wall-layout="pages"]');
    const seen: string[] = [];
    for (let n = 1; n <= 3; n++) {
      if (n > 1) await tablet.page.click('button[data-wall-turn="next"]');
      await onPage(projector.page, n);
      expect(await projector.page.locator("[data-wall-page]").innerText()).toBe(`第 ${n} / 3 页`);
      const view = await projected(projector.page);
      expectReadable(view);
      expect(view.cards.length).toBeLessThanOrEqual(15);
      seen.push(...view.cards.map((c) => c.text));
    }
    expect(seen.sort()).toEqual([...actions].sort());

    // A presenter clicker sends Page Up / Page Down to the projector's page; the tablet follows.
    await projector.page.keyboard.press("PageUp");
    await onPage(projector.page, 2);
    await tablet.page.locator('[data-wall-pages="3"][data-wall-page="2"]').waitFor();
  });

  it("keeps 200 readable: 14 pages of up to 15, each one fitted", async () => {
    const more = await trainerWithCohort(inject("pocketbase"), "两百人大课", 200);
    const all = await fillRoom(base(), more.cohort, 200);
    await more.api.collection("cohorts").update(more.cohort.id, { wallLayout: "pages" });
    const projector = await trainerDevice(base(), more);
    contexts.push(projector.context);
    await projector.page.goto(`${base()}/trainer/wall/?cohort=${more.cohort.id}`);
    await projector.page.locator('[data-connection="connected"]').waitFor();
    const seen = new Set<string>();
    for (let n = 1; n <= 14; n++) {
      if (n > 1) await projector.page.keyboard.press("PageDown");
      await onPage(projector.page, n);
      const view = await projected(projector.page);
      expectReadable(view);
      for (const card of view.cards) seen.add(card.text);
    }
    expect(seen.size).toBe(200);
    expect([...seen].sort()).toEqual([...all].sort());
  }, 120_000);
});

describe("an empty wall", () => {
  it("shows the join QR code and code, and warns that 127.0.0.1 cannot be opened by phones", async () => {
    const { url } = inject("pocketbase"); // this server's APP_URL is its own 127.0.0.1 address
    const room = await trainerWithCohort(inject("pocketbase"), "空墙测试班");
    const projector = await trainerDevice(url, room);
    await projector.page.goto(`${url}/trainer/wall/?cohort=${room.cohort.id}`);
    const qr = projector.page.locator("[data-wall-empty] svg[data-qr]");
    await qr.waitFor();
    const link = `${url}/join/?code=${room.cohort.joinCode}`;
    expect(await readRenderedQr(qr)).toEqual(qrMatrix(link));
    expect(await projector.page.locator("[data-wall-empty] [data-join-code]").innerText()).toBe(room.cohort.joinCode);
    const warning = projector.page.locator("[data-address-warning]");
    expect(await warning.innerText()).toContain("大家的手机打不开这个地址");
    expect(await warning.innerText()).toContain("npm start -- --lan");
    expect(await seriousViolations(projector.page)).toEqual([]);

    // The join screen says the same, and still shows everything else.
    await projector.page.goto(`${url}/trainer/join/?cohort=${room.cohort.id}`);
    await projector.page.locator("[data-join-screen] svg[data-qr]").waitFor();
    expect(await projector.page.locator("[data-address-warning]").innerText()).toContain(`${new URL(url).host}/join`);
    expect(await projector.page.locator("button[data-fullscreen], a[data-back]").last().isVisible()).toBe(true);
    await projector.context.close();
  });
});

describe("with APP_URL on the venue network", () => {
  // A documentation address (RFC 5737): only ever drawn and typed, never fetched; the browser talks to 127.0.0.1.
  const APP_URL = "http://192.0.2.50:8090";
  let server: Awaited<ReturnType<typeof startTestPocketBase>>;
  const devices: { context: BrowserContext; hosts: Set<string> }[] = [];

  beforeAll(async () => {
    server = await startTestPocketBase(SITE_DIR, { APP_URL });
  }, 60_000);
  afterAll(async () => {
    for (const { context } of devices) await context.close();
    await server?.stop();
  });

  it("draws the join screen's QR code and address from it, with no warning", async () => {
    const room = await trainerWithCohort(server.handle);
    const projector = await trainerDevice(server.handle.url, room);
    devices.push(projector);
    await projector.page.goto(`${server.handle.url}/trainer/join/?cohort=${room.cohort.id}`);
    const qr = projector.page.locator("[data-join-screen] svg[data-qr]");
    await qr.waitFor();
    expect(await readRenderedQr(qr)).toEqual(qrMatrix(`${APP_URL}/join/?code=${room.cohort.joinCode}`));
    expect(await projector.page.locator("[data-join-address]").innerText()).toBe("192.0.2.50:8090/join");
    expect(await projector.page.locator("[data-address-warning]").count()).toBe(0);

    await projector.page.goto(`${server.handle.url}/trainer/wall/?cohort=${room.cohort.id}`);
    const wallQr = projector.page.locator("[data-wall-empty] svg[data-qr]");
    await wallQr.waitFor();
    expect(await readRenderedQr(wallQr)).toEqual(qrMatrix(`${APP_URL}/join/?code=${room.cohort.joinCode}`));
    expect(await projector.page.locator("[data-address-warning]").count()).toBe(0);
    expect([...projector.hosts]).toEqual(["127.0.0.1"]);
  });
});
