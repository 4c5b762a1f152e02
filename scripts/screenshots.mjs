// npm run screenshots: every page type at tablet, phone and projector sizes, for a reviewer to look at.
// Builds the site when a source changed, starts a real PocketBase (the project's migrations and hooks,
// a temporary data folder, 127.0.0.1 only, a local mail catcher), seeds a 40-person workshop
// (scripts/screenshots/cohort.mjs), drives Debian's chromium through the pages of scripts/screenshots/pages.mjs
// and writes PNGs and an index.html contact sheet. Flags: --out DIR (default screenshots/),
// --locale zh-CN|en|all (default all), --only id,id (page ids of pages.mjs, plus followup-email).
import "./lib/require-node.mjs";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { buildSite, siteIsStale } from "./lib/build-site.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.mjs";
import { startMailSink } from "./lib/mail-sink.mjs";
import { goOffline, waitForOfflineCopy } from "./lib/offline-copy.mjs";
import { ROOT, SITE_DIR, upsertSuperuser } from "./lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "./lib/run-pocketbase.mjs";
import { writeContactSheet } from "./screenshots/contact-sheet.mjs";
import { LOCALES, SHOTS, SIZES } from "./screenshots/pages.mjs";
import { seedWorkshop } from "./screenshots/seed.mjs";

const EMAIL_SHOT = { id: "followup-email", title: "跟进邮件", route: null, sizes: ["tablet", "phone"] };

function options() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: path.join(ROOT, "screenshots") },
      locale: { type: "string", default: "all" },
      only: { type: "string", default: "" },
    },
  });
  const locales = values.locale === "all" ? LOCALES : [values.locale];
  if (!locales.every((l) => LOCALES.includes(l))) throw new Error(`--locale: one of ${LOCALES.join(", ")} or all`);
  const only = values.only ? new Set(values.only.split(",")) : null;
  const known = new Set([...SHOTS.map((s) => s.id), EMAIL_SHOT.id]);
  for (const id of only ?? [])
    if (!known.has(id)) throw new Error(`--only: no page "${id}" (${[...known].join(", ")})`);
  return { out: path.resolve(values.out), locales, only };
}

/** A PocketBase for the pictures: fresh data folder, a superuser, the mail catcher as its SMTP server. */
async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-screenshots-"));
  const mailDir = path.join(dataDir, "mail");
  const sink = await startMailSink({ dir: mailDir });
  const superuser = { email: "screens@example.com", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const port = await freePort();
  const server = await startPocketBase({
    dataDir,
    port,
    publicDir: SITE_DIR,
    stdio: "pipe",
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "践诺 Jiannuo <noreply@example.com>",
      APP_URL: `http://127.0.0.1:${port}`,
      JIANNUO_FOLLOWUP_CRON: "off",
    },
  });
  const note = readFileSync(path.join(dataDir, "first-trainer.txt"), "utf8");
  return {
    url: server.url,
    superuser,
    mailDir,
    demoCode: note.match(/Demo cohort join code:\s*(\S+)/)[1],
    async stop() {
      await server.stop();
      await sink.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** localStorage of a device where `who` is signed in, as the app keeps it. */
function storageFor(who, url, seeded) {
  const items =
    who === "participant"
      ? [{ name: "jiannuo:session", value: JSON.stringify(seeded.participant) }]
      : who === "trainer"
        ? [{ name: "jiannuo:trainer-auth", value: JSON.stringify(seeded.trainer) }]
        : [];
  return { cookies: [], origins: [{ origin: url, localStorage: items }] };
}

function contextOptions(size, locale, storageState) {
  const handheld = size !== "projector";
  return { viewport: SIZES[size], deviceScaleFactor: 1, isMobile: handheld, hasTouch: handheld, locale, storageState };
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function photograph(page, file, fullPage) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage, animations: "disabled", caret: "hide" });
}

/** Opens one page as its shot says, acts, and saves the picture; returns what the contact sheet lists. */
async function takeShot(browser, shot, { size, locale, url, world, seeded, out }) {
  const context = await browser.newContext(contextOptions(size, locale, storageFor(shot.as, url, seeded)));
  const page = await context.newPage();
  const localPath = (locale === "en" ? "/en" : "") + shot.path(world);
  const file = `${shot.id}.${locale}.${size}.png`;
  try {
    await page.goto(url + localPath);
    await page.locator(shot.ready).first().waitFor({ timeout: 20_000 });
    if (shot.offline) {
      await waitForOfflineCopy(page);
      await goOffline(context, page);
      await page.reload();
      await page.locator(".my-commitments[aria-busy=false]").waitFor({ timeout: 20_000 });
    }
    await shot.act?.(page, world);
    const overflow = await sidewaysOverflow(page);
    await photograph(page, path.join(out, file), !shot.viewportOnly?.includes(size));
    return { file, locale, size, ...SIZES[size], path: localPath, overflow };
  } catch (error) {
    await photograph(page, path.join(out, file), true).catch(() => {});
    throw new Error(`${file} (${localPath}): ${error.message.split("\n")[0]}`);
  } finally {
    await context.close();
  }
}

/** The follow-up email as a mail app shows its HTML. */
async function takeEmailShot(browser, size, mail, out) {
  // A mail app lays the message out at the screen's width (the message names no viewport of its own).
  const context = await browser.newContext({ ...contextOptions(size, "zh-CN"), isMobile: false });
  const page = await context.newPage();
  await page.setContent(mail.html);
  const file = `${EMAIL_SHOT.id}.zh-CN.${size}.png`;
  const overflow = await sidewaysOverflow(page);
  await photograph(page, path.join(out, file), true);
  await context.close();
  return { file, locale: "zh-CN", size, ...SIZES[size], path: mail.subject, overflow };
}

async function main() {
  const { out, locales, only } = options();
  if (siteIsStale()) buildSite();
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (/\.png$|^index\.html$/.test(name)) rmSync(path.join(out, name));

  const server = await startServer();
  let browser;
  const failures = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const seeded = await seedWorkshop(server);
    const world = { cohortId: seeded.cohort.id, demoCode: server.demoCode, links: seeded.links };
    const groups = [];
    for (const shot of SHOTS.filter((s) => !only || only.has(s.id))) {
      const group = { id: shot.id, title: shot.title, route: shot.route, shots: [] };
      for (const locale of locales) {
        for (const size of shot.sizes) {
          try {
            group.shots.push(await takeShot(browser, shot, { size, locale, url: server.url, world, seeded, out }));
          } catch (error) {
            failures.push(error.message);
          }
        }
      }
      groups.push(group);
      process.stdout.write(".");
    }
    if (!only || only.has(EMAIL_SHOT.id)) {
      const shots = [];
      for (const size of EMAIL_SHOT.sizes) shots.push(await takeEmailShot(browser, size, seeded.mail, out));
      groups.push({ ...EMAIL_SHOT, shots });
    }
    const { participants, commitments, emails } = seeded.counts;
    writeContactSheet(out, {
      title: "践诺 Jiannuo · 页面截图",
      summary: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · ${participants} 位学员、${commitments} 条承诺、${emails} 封跟进邮件 · ${locales.join(" / ")}`,
      groups,
    });
    const shots = groups.flatMap((g) => g.shots);
    console.log(`\n${shots.length} screenshots in ${out}`);
    console.log(`contact sheet: ${path.join(out, "index.html")}`);
    for (const s of shots.filter((s) => s.overflow > 0)) console.log(`sideways overflow ${s.overflow} px: ${s.file}`);
  } finally {
    await browser?.close();
    await server.stop();
  }
  if (failures.length) {
    console.error(`\n${failures.length} page(s) could not be photographed:\n${failures.join("\n")}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
