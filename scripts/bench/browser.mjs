// Browser figures (Debian's chromium): how long the trainer's dashboard takes to render a big cohort,
// and how long a submitted commitment takes to appear on the live wall page.
import { chromium } from "playwright-core";
import PocketBase from "pocketbase";
import { percentile } from "./stats.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A trainer with a cohort of `participants` people and `commitments` commitments (created through the API). */
async function bigCohort(url, superuser, participants, commitments) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  const password = "bench-trainer-pass";
  const email = `dash-${Date.now()}@example.com`;
  const trainer = await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "Bench" });
  const cohort = await admin.collection("cohorts").create({
    name: "大型班", organization: "Bench", trainer: trainer.id, startsOn: "2026-10-01", endsOn: "2026-10-02", locale: "zh-CN",
  });
  const ids = [];
  for (let i = 0; i < participants; i += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, participants - i) }, (_, j) =>
      fetch(`${url}/api/jiannuo/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: cohort.joinCode, name: `参与者${i + j}` }) })
        .then((r) => r.json()).then((b) => b.record.id)));
    ids.push(...batch);
  }
  const modules = ["service-mindset", "eoac", "above-standard-demands", "relationship-trust", "belonging", "action-commitment"];
  const statuses = ["planned", "in_progress", "done", "dropped"];
  for (let i = 0; i < commitments; i += 25) {
    await Promise.all(Array.from({ length: Math.min(25, commitments - i) }, (_, j) => {
      const n = i + j;
      return admin.collection("commitments").create({
        participant: ids[n % ids.length], cohort: cohort.id, module: modules[n % 6], kind: ["personal", "team", "organization"][n % 3],
        action: `第${n}条承诺：客户等候超过五分钟时主动说明原因`, confidence: (n % 10) + 1, visibility: n % 2 ? "cohort" : "private", status: statuses[n % 4],
      }, { requestKey: null });
    }));
  }
  return { email, password, cohort };
}

async function signIn(page, url, email, password) {
  await page.goto(`${url}/trainer/`);
  await page.fill("form[data-trainer-signin] input[name=email]", email);
  await page.fill("form[data-trainer-signin] input[name=password]", password);
  await page.click("form[data-trainer-signin] button[type=submit]");
  await page.locator("button[data-create-cohort]").waitFor();
}

/** Time from navigation to the fully rendered dashboard, `runs` times. */
export async function dashboardRender({ url, superuser, participants = 500, commitments = 2000, runs = 5 }) {
  const { email, password, cohort } = await bigCohort(url, superuser, participants, commitments);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, email, password);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = Date.now();
      await page.goto(`${url}/trainer/cohort/?cohort=${cohort.id}`);
      await page.locator("[data-dashboard-ready]").waitFor({ timeout: 30_000 });
      times.push(Date.now() - t0);
    }
    const rows = await page.locator("table[data-participants] tbody tr").count();
    return {
      rows: [{ benchmark: `dashboard, ${participants} participants / ${commitments} commitments`, runs,
        "p50 ms": percentile(times, 50), "max ms": percentile(times, 100), "table rows": rows }],
    };
  } finally {
    await browser.close();
  }
}

/** Time from a participant's create request to the card on the wall page, `commitments` times. */
export async function wallOnScreen({ url, superuser, commitments = 60, gapMs = 150 }) {
  const { email, password, cohort } = await bigCohort(url, superuser, 1, 0);
  const author = await fetch(`${url}/api/jiannuo/join`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: cohort.joinCode, name: "Author" }),
  }).then((r) => r.json());
  const pb = new PocketBase(url);
  pb.authStore.save(author.token, author.record);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, url, email, password);
    await page.goto(`${url}/trainer/wall/?cohort=${cohort.id}`);
    await page.locator('[data-connection="connected"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      const seen = (window.__seen = {});
      new MutationObserver(() => {
        for (const el of document.querySelectorAll("[data-wall-card]")) {
          const id = el.getAttribute("data-wall-card");
          if (!(id in seen)) seen[id] = Date.now();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const sent = {};
    for (let i = 0; i < commitments; i++) {
      const id = `wallscreen${String(i).padStart(5, "0")}`;
      sent[id] = Date.now();
      await pb.collection("commitments").create({
        id, participant: author.record.id, cohort: cohort.id, module: "eoac", kind: "personal",
        action: `现场第${i}条`, confidence: 8, visibility: "cohort", status: "planned",
      }, { requestKey: null });
      await new Promise((r) => setTimeout(r, gapMs));
    }
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => window.__seen);
    const latencies = Object.keys(sent).filter((id) => id in seen).map((id) => seen[id] - sent[id]);
    return {
      rows: [{ benchmark: "submit → card on the wall page", n: commitments, "p50 ms": percentile(latencies, 50),
        "p95 ms": percentile(latencies, 95), "max ms": percentile(latencies, 100), shown: `${latencies.length}/${commitments}` }],
    };
  } finally {
    await browser.close();
  }
}
