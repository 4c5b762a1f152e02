// The trainer's desk in a real browser: a participant who lost their session gets it back from the
// re-join QR code the trainer shows on the dashboard; the dashboard on a tablet (820 px) shows every
// column; the report printed to PDF has a real first page, page numbers on every page, the trainer's
// name, and nothing the trainer hid.
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { signInAsTrainer, TABLET, useBrowser } from "../support/browser";
import { superuserClient } from "../support/api";

const { browser, url } = useBrowser();
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "zh-CN",
};
const LAPTOP = { viewport: { width: 1366, height: 1024 }, locale: "zh-CN" };

async function newTrainer(name: string) {
  const base = inject("pocketbase").url;
  const admin = await superuserClient();
  const email = `desk-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name });
  const pb = new PocketBase(base);
  pb.autoCancellation(false);
  await pb.collection("trainers").authWithPassword(email, password);
  return { email, password, pb };
}

async function newCohort(trainer: PocketBase, fields: Record<string, unknown> = {}) {
  return trainer.collection("cohorts").create({
    name: "城东支行服务提升班",
    organization: "示例银行",
    trainer: trainer.authStore.record!.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
    ...fields,
  });
}

/** Joins through the API and writes commitments as that participant. */
async function participantWith(code: string, name: string, actions: string[], module = "service-mindset") {
  const res = await fetch(url("/api/jiannuo/join"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, locale: "zh-CN" }),
  });
  const body = (await res.json()) as { token: string; record: { id: string; cohort: string } };
  const pb = new PocketBase(inject("pocketbase").url);
  pb.autoCancellation(false);
  pb.authStore.save(body.token, body.record as never);
  const ids: string[] = [];
  for (const action of actions) {
    const k = await pb.collection("commitments").create({
      participant: body.record.id,
      cohort: body.record.cohort,
      module,
      kind: "personal",
      confidence: 8,
      visibility: "cohort",
      status: "planned",
      action,
    });
    ids.push(k.id);
  }
  return { id: body.record.id, commitments: ids };
}

/** Signs the trainer in on the page at `path` (the trainer workspace in that language). */
function signInTrainer(page: Page, account: { email: string; password: string }, path = "/trainer/") {
  return signInAsTrainer(page, url(path), account.email, account.password);
}

describe("nobody locked out", () => {
  it("a participant who lost their session is restored on a fresh device by the trainer's re-join QR code", async () => {
    const account = await newTrainer("周老师");
    const cohort = await newCohort(account.pb);

    // The participant joins on a tablet and commits; then the tablet's session is gone.
    const tabletContext = await browser().newContext(TABLET);
    const tablet = await tabletContext.newPage();
    await tablet.goto(url(`/join/?code=${cohort["joinCode"]}`));
    await tablet.fill("input[name=name]", "前台小刘");
    await tablet.click("button[type=submit]");
    await tablet.locator('[data-testid="joined"]').waitFor();
    const participantId = await tablet.evaluate(
      () => JSON.parse(localStorage.getItem("jiannuo:session")!).participant.id,
    );
    const action = "客户开口前先问一句：今天最想办好哪件事";
    const admin = await superuserClient();
    await admin.collection("commitments").create({
      participant: participantId,
      cohort: cohort.id,
      module: "service-mindset",
      kind: "personal",
      confidence: 9,
      visibility: "cohort",
      status: "planned",
      action,
    });
    await tabletContext.close();

    // The trainer shows the participant's re-join code on the dashboard.
    const trainer = await (await browser().newContext(LAPTOP)).newPage();
    await signInTrainer(trainer, account);
    await trainer.goto(url(`/trainer/cohort/?cohort=${cohort.id}`));
    await trainer.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });
    await trainer.locator(`tr[data-participant="${participantId}"] button`).click();
    const panel = trainer.locator(`[data-rejoin-panel="${participantId}"]`);
    await panel.locator("[data-rejoin-make]").click();
    const qr = panel.locator("svg[data-qr]");
    await qr.waitFor();
    expect((await qr.boundingBox())!.width).toBeGreaterThan(150);
    const link = (await qr.getAttribute("data-qr"))!;
    expect(link).toMatch(new RegExp(`^${url("/rejoin/")}#t=[A-Za-z0-9]{43}$`));
    expect(await panel.innerText()).toMatch(/还有 \d+:\d\d 失效/);

    // A fresh phone opens it (as scanning does) and is that participant again, with their commitment.
    const phone = await (await browser().newContext(PHONE)).newPage();
    const logged: string[] = [];
    phone.on("request", (request) => logged.push(request.url()));
    await phone.goto(link);
    await phone.getByRole("heading", { name: "欢迎回来，前台小刘！" }).waitFor();
    expect(phone.url()).not.toContain("#t=");
    // The token never travelled in a URL (only in the POST body).
    expect(logged.filter((u) => u.includes(link.split("#t=")[1]!))).toEqual([]);
    await phone.getByRole("link", { name: "去看我的承诺" }).click();
    await phone.locator("[data-my-commitment]").filter({ hasText: action }).waitFor();

    // Used once: a second device gets a clear message, in Chinese.
    const other = await (await browser().newContext(PHONE)).newPage();
    await other.goto(link);
    await other.getByRole("heading", { name: "没能登录" }).waitFor();
    expect(await other.getByRole("alert").innerText()).toContain("已经用过了");
  });
});

describe("the dashboard on a tablet (820 px)", () => {
  it("shows every column of the participant table and the Count column of a chart's table", async () => {
    const account = await newTrainer("Zhou Li");
    const cohort = await newCohort(account.pb, { locale: "en", name: "Front desk" });
    const people: [string, string][] = [
      ["Lina", "action-commitment"],
      ["Wang Xiaoyu", "above-standard-demands"],
    ];
    for (const [name, module] of people)
      await participantWith(cohort["joinCode"], name, ["Ask each guest what matters most today"], module);
    const page = await (await browser().newContext({ ...TABLET, locale: "en" })).newPage();
    await signInTrainer(page, account, "/en/trainer/");
    await page.goto(url(`/en/trainer/cohort/?cohort=${cohort.id}`));
    await page.locator("[data-dashboard-ready]").waitFor({ timeout: 15_000 });

    const within = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 820;
    };
    // The participant table: its last column is on the screen, with no sideways scrolling.
    expect(await within("table[data-participants] thead th:last-child")).toBe(true);
    expect(
      await page
        .locator("table[data-participants]")
        .evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth),
    ).toBe(true);

    // The modules chart's numbers: the Count column shows beside the longest English module title.
    const figure = page.locator('[data-chart="modules"]');
    await figure.getByRole("button", { name: "Show the numbers as a table" }).click();
    const count = figure.getByRole("columnheader", { name: "Count" });
    await count.waitFor();
    const box = (await count.boundingBox())!;
    const frame = (await figure.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.x + box.width).toBeLessThanOrEqual(820);
    expect(await figure.locator('tr[data-row="action-commitment"] td').innerText()).toBe("1");
  });
});

describe("the report printed to PDF", () => {
  it("starts with a full summary page, numbers every page, carries the trainer's name, and leaves out what was hidden", async () => {
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const account = await newTrainer("周丽");
    const cohort = await newCohort(account.pb);
    const modules = [
      "service-mindset",
      "eoac",
      "above-standard-demands",
      "relationship-trust",
      "belonging",
      "action-commitment",
      "eoac",
    ];
    for (const [i, module] of modules.entries()) {
      await participantWith(
        cohort["joinCode"],
        `参与者${i + 1}`,
        [`第${i + 1}条承诺：每天开门前和同事过一遍预约名单`],
        module,
      );
    }
    // A test entry the trainer hid from the wall and the report.
    const tester = await participantWith(cohort["joinCode"], "测试账号", ["asdf 测试一下"]);
    await account.pb.collection("commitments").update(tester.commitments[0]!, { hidden: true });

    const page = await (await browser().newContext(LAPTOP)).newPage();
    await signInTrainer(page, account);
    await page.goto(url(`/trainer/report/?cohort=${cohort.id}`));
    await page.locator("[data-report] [data-report-commitments]").waitFor({ timeout: 15_000 });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });

    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      // The PDF's fonts map some characters to their Kangxi radical forms (⾏ for 行); NFKC reads them back.
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join("")
          .normalize("NFKC")
          .replace(/\s+/g, ""),
      );
    }
    // Seven commitments: the summary, the evaluation level by level and the commitments, not a page each.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages.join("")).toContain("逐层评估");
    pages.forEach((text, i) => {
      // "页" may come out as its radical form "⻚", which NFKC leaves alone.
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`第${i + 1}/${pages.length}[页⻚]`));
      expect(text, `page ${i + 1}`).toContain("周丽");
      expect(text, `page ${i + 1}`).toContain("城东支行服务提升班");
      expect(text, `page ${i + 1}`).not.toContain("asdf");
    });
    // The first page is the summary, not a title alone: the key figures, the statement and follow-through.
    const first = pages[0]!;
    for (const words of [
      "培训后行为报告",
      "培训师:周丽",
      "参与人数",
      "承诺总数",
      "回访回复率",
      "柯克帕特里克",
      "每次回访时的落实情况",
    ])
      expect(first, words).toContain(words);
    expect(first.length).toBeGreaterThan(250);
    expect(pages.join("")).toContain("第7条承诺");
    expect(pages.join("")).toContain("另有1条承诺被培训师隐藏");
  });
});
