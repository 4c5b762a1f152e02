// Every page type `npm run screenshots` takes, in the order a workshop meets them. `route` is the page's
// file under src/pages as a path (tests/unit/scripts/screenshot-pages.test.ts checks that every route has
// a shot); `path` is what the browser opens (in English under /en). `as` says who looks: a `visitor` with
// a fresh device, the seeded `participant` signed in on it, or the cohort's `trainer`.

/** The site's locales (src/i18n/locales.ts; the unit test keeps the two equal): English pages are under /en. */
export const LOCALES = ["zh-CN", "en"];

/** Browser sizes: a participant's tablet and phone, and the projector in the room. */
export const SIZES = {
  tablet: { width: 820, height: 1180 },
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
};

const HANDHELD = ["tablet", "phone"];
const EVERY_SIZE = ["projector", "tablet", "phone"];

/**
 * @typedef {{ cohortId: string, demoCode: string, links: { checkin: string, unsubscribe: string, confirm: string, rejoinUsed: string, supervisor: string } }} World
 * @typedef {import("playwright-core").Page} Page
 * @typedef {{
 *   id: string, title: string, route: string, as: "visitor" | "participant" | "trainer",
 *   path: (world: World) => string, ready: string, sizes: string[],
 *   viewportOnly?: string[], act?: (page: Page, world: World) => Promise<void>, offline?: boolean,
 * }} Shot
 */

const cohortPath = (page) => (world) => `/trainer/${page}/?cohort=${world.cohortId}`;
const pathOf = (link) => new URL(link).pathname + new URL(link).search + new URL(link).hash;

/** @type {Shot[]} */
export const SHOTS = [
  {
    id: "home",
    title: "首页 · 未加入",
    route: "/",
    as: "visitor",
    path: () => "/",
    ready: ".module-list",
    sizes: HANDHELD,
  },
  {
    id: "join-form",
    title: "加入 · 表单（扫码带入加入码）",
    route: "/join/",
    as: "visitor",
    path: (w) => `/join/?code=${w.demoCode}`,
    ready: "form input[name=name]",
    sizes: HANDHELD,
    act: async (page) => page.fill("input[name=name]", "周小安"),
  },
  {
    id: "join-wrong-code",
    title: "加入 · 加入码错误",
    route: "/join/",
    as: "visitor",
    path: () => "/join/",
    ready: "form input[name=name]",
    sizes: HANDHELD,
    act: async (page) => {
      await page.fill("input[name=code]", "HHHHHH");
      await page.fill("input[name=name]", "周小安");
      await page.click("form button[type=submit]");
      await page.locator(".form-error, .field-error").first().waitFor();
    },
  },
  {
    id: "join-success",
    title: "加入 · 成功",
    route: "/join/",
    as: "visitor",
    path: (w) => `/join/?code=${w.demoCode}`,
    ready: "form input[name=name]",
    sizes: HANDHELD,
    act: async (page) => {
      await page.fill("input[name=name]", "周小安");
      await page.click("form button[type=submit]");
      await page.locator('[data-testid="joined"]').waitFor();
    },
  },
  {
    id: "home-joined",
    title: "首页 · 已加入",
    route: "/",
    as: "participant",
    path: () => "/",
    ready: ".module-list",
    sizes: HANDHELD,
  },
  {
    id: "module",
    title: "课程模块",
    route: "/modules/[slug]/",
    as: "participant",
    path: () => "/modules/eoac/",
    ready: "[data-commitment-step]",
    sizes: HANDHELD,
    // The commitment step at the end hydrates when it scrolls into view (its form opens on a tap: see "commit").
    act: async (page) => {
      await page.locator("[data-commitment-step]").scrollIntoViewIfNeeded();
      await page.locator("[data-commitment-step] astro-island:not([ssr])").waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    id: "commit",
    title: "写承诺 · 教练提示",
    route: "/commit/",
    as: "participant",
    path: () => "/commit/?module=service-mindset",
    ready: "[data-commitment-form] [name=action]",
    sizes: HANDHELD,
    act: async (page) => {
      await page.fill("[data-commitment-form] [name=action]", "我会更好地服务客户");
      await page.check("[data-commitment-form] input[name=confidence][value='5']");
      await page.locator("[data-coach-finding]").first().waitFor();
    },
  },
  {
    id: "me",
    title: "我的承诺",
    route: "/me/",
    as: "participant",
    path: () => "/me/",
    ready: "[data-my-commitment]",
    sizes: HANDHELD,
  },
  {
    id: "me-checkin",
    title: "我的承诺 · 记一笔进展",
    route: "/me/",
    as: "participant",
    path: () => "/me/",
    ready: "[data-my-commitment] [data-add-checkin]",
    sizes: HANDHELD,
    act: async (page) => {
      await page.locator("[data-add-checkin]").first().click();
      await page.locator("form.my-checkin").waitFor();
    },
  },
  {
    id: "me-supervisor",
    title: "我的承诺 · 让主管看到我的行动",
    route: "/me/",
    as: "participant",
    path: () => "/me/",
    ready: "[data-supervisor]",
    sizes: HANDHELD,
    act: async (page) => {
      await page.locator("[data-supervisor] summary").click();
      await page.locator("[data-supervisor-form]").first().waitFor();
    },
  },
  {
    id: "me-offline",
    title: "我的承诺 · 离线",
    route: "/me/",
    as: "participant",
    path: () => "/me/",
    ready: "[data-my-commitment]",
    sizes: HANDHELD,
    offline: true,
  },
  {
    id: "tablet-wall",
    title: "学员 · 自己设备上的承诺墙",
    route: "/wall/",
    as: "participant",
    path: () => "/wall/",
    ready: '[data-tablet-wall][data-phase="ready"]',
    sizes: HANDHELD,
  },
  {
    id: "signin",
    title: "登录",
    route: "/signin/",
    as: "visitor",
    path: () => "/signin/",
    ready: "form input[type=email]",
    sizes: HANDHELD,
  },
  {
    id: "checkin",
    title: "进展确认（邮件链接）",
    route: "/checkin/",
    as: "visitor",
    path: (w) => pathOf(w.links.checkin),
    ready: "[data-checkin-ready]",
    sizes: HANDHELD,
  },
  {
    id: "supervisor",
    title: "主管页面（每周邮件链接）",
    route: "/supervisor/",
    as: "visitor",
    path: (w) => pathOf(w.links.supervisor),
    ready: "[data-shared-commitment]",
    sizes: HANDHELD,
  },
  {
    id: "unsubscribe",
    title: "退订（邮件链接）",
    route: "/unsubscribe/",
    as: "visitor",
    path: (w) => pathOf(w.links.unsubscribe),
    ready: "[data-unsubscribe]",
    sizes: HANDHELD,
  },
  {
    id: "confirm",
    title: "确认邮箱（邮件链接）",
    route: "/confirm/",
    as: "visitor",
    path: (w) => pathOf(w.links.confirm),
    ready: "[data-confirm-ready]",
    sizes: HANDHELD,
  },
  {
    id: "rejoin-used",
    title: "重新登录 · 培训师给的链接已经用过",
    route: "/rejoin/",
    as: "visitor",
    path: (w) => pathOf(w.links.rejoinUsed),
    ready: "[data-rejoin=failed]",
    sizes: HANDHELD,
  },
  {
    id: "notes",
    title: "模块 · 讲师备课",
    route: "/modules/[slug]/notes/",
    as: "visitor",
    path: () => "/modules/eoac/notes/",
    ready: "h1",
    sizes: HANDHELD,
  },
  {
    id: "not-found",
    title: "找不到页面",
    route: "/404/",
    as: "visitor",
    path: () => "/no-such-page/",
    ready: "h1",
    sizes: HANDHELD,
  },
  {
    id: "trainer-signin",
    title: "讲师 · 登录",
    route: "/trainer/",
    as: "visitor",
    path: () => "/trainer/",
    ready: "form[data-trainer-signin]",
    sizes: HANDHELD,
  },
  {
    id: "trainer-cohorts",
    title: "讲师 · 我的班级",
    route: "/trainer/",
    as: "trainer",
    path: () => "/trainer/",
    ready: "[data-cohort]",
    sizes: EVERY_SIZE,
  },
  {
    id: "join-screen",
    title: "投影 · 加入屏",
    route: "/trainer/join/",
    as: "trainer",
    path: cohortPath("join"),
    ready: "svg[data-qr]",
    sizes: EVERY_SIZE,
    viewportOnly: ["projector"],
  },
  {
    id: "wall",
    title: "投影 · 承诺墙",
    route: "/trainer/wall/",
    as: "trainer",
    path: (w) => `/trainer/wall/?cohort=${w.cohortId}`,
    ready: '[data-connection="connected"]',
    sizes: EVERY_SIZE,
    viewportOnly: ["projector"],
  },
  {
    id: "dashboard",
    title: "讲师 · 班级概况",
    route: "/trainer/cohort/",
    as: "trainer",
    path: cohortPath("cohort"),
    ready: "[data-dashboard-ready]",
    sizes: EVERY_SIZE,
  },
  {
    id: "report",
    title: "讲师 · 报告",
    route: "/trainer/report/",
    as: "trainer",
    path: cohortPath("report"),
    ready: "[data-report-commitments]",
    sizes: EVERY_SIZE,
  },
];
