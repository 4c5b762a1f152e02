// The cohort dashboard in jsdom: fetch answers in the trainer routes' shapes (the routes themselves are
// tested against a real server in tests/integration). Counts, charts with their tables, the coach's view,
// the participant table's query and order, a participant's details with the re-join code, hiding a
// commitment and removing the participant, the CSV download and the signed-out state.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages } from "../../src/i18n";
import Dashboard from "../../src/islands/trainer/dashboard/Dashboard";
import type { ParticipantRow } from "../../src/islands/trainer/dashboard/dashboard-api";
import type { DashboardData } from "../../src/islands/trainer/shared/cohort-api";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import {
  fakePocketBase,
  json,
  list,
  on,
  pbError,
  signInTrainer,
  type Route,
  type SentRequest,
} from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const moduleTitles = {
  "service-mindset": "以客户为中心的服务思维",
  eoac: "EOAC 沟通模式",
  belonging: "员工归属感与服务质量",
};
const hrefs = {
  signIn: "/trainer/",
  wall: "/trainer/wall/",
  report: { "zh-CN": "/trainer/report/", en: "/en/trainer/report/" },
};

const dashboard: DashboardData = {
  cohort: {
    id: COHORT,
    name: "前厅服务提升班",
    organization: "示例酒店",
    startsOn: "2026-11-20 00:00:00.000Z",
    endsOn: "2026-11-21 00:00:00.000Z",
    locale: "en",
  },
  participants: 3,
  commitments: {
    total: 5,
    byModule: { "service-mindset": 3, eoac: 2 },
    byKind: { personal: 4, team: 1 },
    byStatus: { planned: 1, in_progress: 2, done: 1, dropped: 1 },
  },
  confidence: [0, 0, 0, 0, 0, 1, 1, 2, 1, 0],
  strength: { mean: 4.2, n: 3 },
  checkins: { total: 4, participantsWithCommitments: 3, participantsResponding: 2, responseRate: 0.667 },
  followThrough: [
    { week: 0, planned: 5, in_progress: 0, done: 0, dropped: 0 },
    { week: 1, planned: 2, in_progress: 2, done: 1, dropped: 0 },
    { week: 2, planned: 1, in_progress: 2, done: 1, dropped: 1 },
  ],
  belonging: {
    answers: 12,
    needed: 10,
    profile: {
      answers: 12,
      noise: 0.33,
      releasedAt: "2026-11-21 08:00:00.000Z",
      identification: 4.2,
      security: 3.5,
      value: 3.9,
      engagement: 4.6,
    },
  },
};
const released = dashboard.belonging;

const row = (id: string, name: string, fields: Partial<ParticipantRow> = {}): ParticipantRow => ({
  id,
  name,
  namedInReport: false,
  followUpConsent: true,
  joined: "2026-11-20 02:00:00.000Z",
  commitments: 2,
  done: 1,
  inProgress: 1,
  planned: 0,
  dropped: 0,
  lastCheckin: "",
  ...fields,
});
const rows = [
  row("participant0001", "赵敏", { namedInReport: true, lastCheckin: "2026-11-28 09:00:00.000Z" }),
  row("participant0002", "前台小刘"),
  row("participant0003", "<b>王</b>"),
];

const commitment = {
  id: "commitment00001",
  collectionId: "c",
  collectionName: "commitments",
  participant: "participant0001",
  cohort: COHORT,
  module: "eoac",
  kind: "team",
  action: "每天晨会前先问一句客户最想办好的事",
  trigger: "",
  dueOn: "2026-12-01 00:00:00.000Z",
  measure: "",
  support: "",
  confidence: 8,
  visibility: "cohort",
  status: "in_progress",
  hidden: false,
  created: "",
  updated: "",
};
const checkin = {
  id: "checkin00000001",
  collectionId: "k",
  collectionName: "checkins",
  commitment: "commitment00001",
  status: "in_progress",
  note: "已经坚持了一周",
  shareable: true,
  source: "email",
  created: "2026-11-28 09:00:00.000Z",
  updated: "",
};

/** The cohort's commitments as the coach's view reads them (with the author's name expanded). */
const coached = [
  { ...commitment, expand: { participant: { name: "赵敏" } } },
  {
    ...commitment,
    id: "commitment00002",
    participant: "participant0002",
    action: "我会更好地服务客户",
    expand: { participant: { name: "前台小刘" } },
  },
  {
    ...commitment,
    id: "commitment00003",
    participant: "participant0004",
    action: "客户开口前先问一句：今天最想办好哪件事",
    trigger: "客户走到柜台前时",
    measure: "每天至少问十位客户",
    expand: { participant: { name: "阿明" } },
  },
];

/** Answers every route the dashboard reads; the fake records each request. `extra` routes go first. */
function stubApi(overrides: Partial<DashboardData> = {}, ...extra: Route[]): SentRequest[] {
  const csv = () =>
    new Response("\uFEFF承诺,状态\n", {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="jiannuo-ABC234-commitments.csv"',
      },
    });
  return fakePocketBase(
    ...extra,
    on("GET", /\/dashboard$/, () => json(200, { ...dashboard, ...overrides })),
    on("POST", /\/belonging$/, () => json(200, released)),
    on("GET", /\/participants$/, () => json(200, { query: {}, rows })),
    on("GET", /\/export\.csv$/, csv),
    on("GET", "/api/collections/participants/records/participant0001", () =>
      json(200, { ...rows[0], collectionName: "participants", cohort: COHORT }),
    ),
    on("GET", "/api/collections/commitments/records", (r) =>
      list(r.query.get("filter")?.startsWith("cohort") ? coached : [commitment]),
    ),
    on("GET", "/api/collections/checkins/records", () => list([checkin])),
  ).requests;
}

function renderDashboard() {
  return render(
    <Dashboard
      locale="zh-CN"
      strings={pickMessages("zh-CN", ISLAND_KEYS.dashboard)}
      moduleTitles={moduleTitles}
      hrefs={hrefs}
    />,
  );
}

const participantCalls = (calls: SentRequest[]) => calls.filter((c) => c.path.endsWith("/participants"));
const ready = () => waitFor(() => expect(document.querySelector("[data-dashboard-ready]")).not.toBeNull());
const chart = (name: string) => document.querySelector<HTMLElement>(`[data-chart="${name}"]`)!;

beforeEach(() => {
  window.history.replaceState({}, "", `/trainer/cohort/?cohort=${COHORT}`);
  signInTrainer();
});

describe("figures and charts", () => {
  it("shows the counts and every chart's numbers as a table", async () => {
    stubApi();
    renderDashboard();
    await ready();
    expect(document.querySelector(`[data-dashboard][data-cohort="${COHORT}"]`)).not.toBeNull();
    expect(document.querySelector('[data-stat="participants"]')?.textContent).toBe("3");
    expect(document.querySelector('[data-stat="commitments"]')?.textContent).toBe("5");
    expect(document.querySelector('[data-stat="responseRate"]')?.textContent).toBe("67");

    const modules = chart("modules");
    // The numbers are one table, there for screen readers; the drawing beside it is hidden from them.
    expect(within(modules).getByRole("table", { name: "各模块的承诺" })).toBeTruthy();
    expect(modules.querySelector('[data-bar="eoac"]')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(chart("confidence").querySelector("svg")?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(modules.querySelector('tr[data-row="service-mindset"]')?.textContent).toBe("以客户为中心的服务思维3");
    expect(modules.querySelector('tr[data-row="belonging"]')?.textContent).toBe("员工归属感与服务质量0");
    expect(chart("kinds").querySelector('tr[data-row="organization"]')?.textContent).toBe("单位0");
    expect(chart("statuses").querySelector('tr[data-row="dropped"]')?.textContent).toBe("已放弃1");
    expect(chart("confidence").querySelector('td[data-score="8"]')?.textContent).toBe("2");
    const lastWeek = chart("followThrough").querySelector('tr[data-week="2"]');
    expect(lastWeek?.textContent).toBe("现在12115");
    expect(chart("followThrough").querySelectorAll("rect.chart-stack").length).toBe(1 + 3 + 4);
    expect(chart("belonging").querySelector('tr[data-row="engagement"]')?.textContent).toBe("投入4.6");
  });

  it("shows the cohort's strength of commitment beside confidence, and from how many commitments", async () => {
    stubApi();
    renderDashboard();
    await ready();
    const strength = document.querySelector<HTMLElement>("[data-strength]")!;
    expect(strength.previousElementSibling?.getAttribute("data-chart")).toBe("confidence");
    expect(within(strength).getByRole("heading").textContent).toBe("承诺程度（1–5 分）");
    expect(strength.querySelector('[data-stat="strength"]')?.textContent).toBe("4.2");
    expect(strength.textContent).toContain("来自 3/5 条答完五句量表的承诺");
  });

  it("loads the results section after the charts, with the cohort's measures", async () => {
    const calls = stubApi(
      {},
      on("GET", "/api/collections/result_measures/records", () => list([])),
      on("GET", "/api/collections/result_values/records", () => list([])),
    );
    renderDashboard();
    await ready();
    const results = await waitFor(() => {
      const form = document.querySelector("[data-results] [data-measure-form]");
      if (!form) throw new Error("not yet");
      return form.closest<HTMLElement>("[data-results]")!;
    });
    expect(results.previousElementSibling?.querySelector('[data-chart="confidence"]')).not.toBeNull();
    expect(within(results).getByRole("heading", { level: 2 }).textContent).toBe("结果指标");
    const measures = calls.find((c) => c.path === "/api/collections/result_measures/records");
    expect(measures?.query.get("filter")).toBe(`cohort = "${COHORT}"`);
  });

  it("says when no one has answered the strength scale, with no number", async () => {
    stubApi({ strength: { mean: null, n: 0 } });
    renderDashboard();
    await ready();
    const strength = document.querySelector<HTMLElement>("[data-strength]")!;
    expect(strength.textContent).toContain("还没有承诺答完承诺程度量表");
    expect(strength.querySelector('[data-stat="strength"]')).toBeNull();
  });

  it("says the profile was worked out once, and how much noise protects each person", async () => {
    stubApi();
    renderDashboard();
    await ready();
    expect(chart("belonging").textContent).toContain("只生成这一次，来自 12 份答卷");
    expect(chart("belonging").textContent).toContain("约 ±0.33 的随机误差");
    expect(document.querySelector("[data-release-belonging]")).toBeNull();
  });

  it("explains when the belonging profile can appear, and offers nothing before enough answers", async () => {
    stubApi({ belonging: { answers: 7, needed: 10, profile: null } });
    renderDashboard();
    await ready();
    expect(chart("belonging").textContent).toContain("目前有 7 份答卷，需要 10 份");
    expect(document.querySelector("[data-release-belonging]")).toBeNull();
  });

  it("releases the profile once, after a confirmation that says it cannot be redone", async () => {
    const calls = stubApi({ belonging: { answers: 12, needed: 10, profile: null } });
    renderDashboard();
    await ready();
    fireEvent.click(document.querySelector<HTMLButtonElement>("[data-release-belonging]")!);
    expect(screen.getByRole("group").textContent).toContain("画像只生成一次，用现在的 12 份答卷，之后不再变化");
    expect(calls.filter((c) => c.path.endsWith("/belonging"))).toEqual([]);
    await act(async () => fireEvent.click(document.querySelector<HTMLButtonElement>("[data-confirm]")!));
    await waitFor(() =>
      expect(chart("belonging").querySelector('tr[data-row="engagement"]')?.textContent).toBe("投入4.6"),
    );
    expect(calls.filter((c) => c.path.endsWith("/belonging")).map((c) => c.path)).toEqual([
      `/api/jiannuo/cohorts/${COHORT}/belonging`,
    ]);
  });

  it("links to the report in the cohort's language and to the live wall", async () => {
    stubApi();
    renderDashboard();
    await ready();
    expect(document.querySelector("a[data-report]")?.getAttribute("href")).toBe(`/en/trainer/report/?cohort=${COHORT}`);
    expect(document.querySelector("a[data-wall]")?.getAttribute("href")).toBe(`/trainer/wall/?cohort=${COHORT}`);
  });
});

describe("participant table", () => {
  it("lists the rows as text, markup and all", async () => {
    stubApi();
    renderDashboard();
    await ready();
    const body = document.querySelector("table[data-participants] tbody")!;
    expect(body.querySelectorAll("tr[data-participant]").length).toBe(3);
    expect(body.querySelector('tr[data-participant="participant0003"] button')?.textContent).toBe("<b>王</b>");
    expect(body.querySelector("b")).toBeNull();
  });

  it("sends filters and sorting to the server and marks the sorted column", async () => {
    const calls = stubApi();
    renderDashboard();
    await ready();
    expect(participantCalls(calls).at(-1)?.query.get("sort")).toBe("name");

    fireEvent.change(document.querySelector("select[name=status]")!, { target: { value: "done" } });
    await waitFor(() => expect(participantCalls(calls).at(-1)?.query.get("status")).toBe("done"));
    fireEvent.change(document.querySelector("select[name=module]")!, { target: { value: "eoac" } });
    fireEvent.change(document.querySelector("select[name=kind]")!, { target: { value: "team" } });
    await waitFor(() => expect(participantCalls(calls).at(-1)?.query.get("kind")).toBe("team"));
    expect(participantCalls(calls).at(-1)?.query.get("module")).toBe("eoac");

    const table = document.querySelector<HTMLElement>("table[data-participants]")!;
    const header = within(table).getByRole("columnheader", { name: /承诺/ });
    expect(header.getAttribute("aria-sort")).toBe("none");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(participantCalls(calls).at(-1)?.query.get("sort")).toBe("-commitments"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(participantCalls(calls).at(-1)?.query.get("sort")).toBe("commitments"));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
  });

  it("waits for typing to pause before searching", async () => {
    const calls = stubApi();
    renderDashboard();
    await ready();
    const before = participantCalls(calls).length;
    vi.useFakeTimers();
    try {
      const search = document.querySelector<HTMLInputElement>("input[name=q]")!;
      fireEvent.change(search, { target: { value: "赵" } });
      fireEvent.change(search, { target: { value: "赵敏" } });
      await act(async () => vi.advanceTimersByTime(100));
      expect(participantCalls(calls).length).toBe(before);
      await act(async () => vi.advanceTimersByTime(300));
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(participantCalls(calls).length).toBe(before + 1));
    expect(participantCalls(calls).at(-1)?.query.get("q")).toBe("赵敏");
  });

  it("opens a participant's commitments and check-ins", async () => {
    const calls = stubApi();
    renderDashboard();
    await ready();
    fireEvent.click(
      within(document.querySelector('tr[data-participant="participant0001"]')!).getByRole("button", { name: "赵敏" }),
    );
    const detail = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(
        '[data-participant-detail="participant0001"] [data-detail-checkins]',
      );
      expect(found).not.toBeNull();
      return found!.closest<HTMLElement>("[data-participant-detail]")!;
    });
    await waitFor(() => expect(document.activeElement?.id).toBe("dash-detail-heading"));
    const commitments = detail.querySelector("[data-detail-commitments]")!;
    expect(commitments.textContent).toContain("每天晨会前先问一句客户最想办好的事");
    expect(commitments.textContent).toContain("进行中");
    expect(commitments.textContent).toContain("EOAC 沟通模式");
    const history = detail.querySelector("[data-detail-checkins]")!;
    expect(history.textContent).toContain("已经坚持了一周");
    expect(history.textContent).toContain("同意引用");
    expect(history.textContent).toContain("来自邮件");
    const filter = calls.find((c) => c.path === "/api/collections/checkins/records")?.query.get("filter");
    expect(filter).toBe('commitment.participant = "participant0001"');

    fireEvent.click(within(detail).getByRole("button", { name: "关闭详情" }));
    expect(document.querySelector("[data-participant-detail]")).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("赵敏"));
  });
});

describe("charts", () => {
  it("show each chart once: the table takes the drawing's place on request, and back", async () => {
    stubApi();
    renderDashboard();
    await ready();
    const modules = chart("modules");
    expect(modules.querySelector('[data-chart-table="hidden"]')).not.toBeNull();
    fireEvent.click(within(modules).getByRole("button", { name: "以表格查看数字" }));
    expect(modules.querySelector('[data-chart-table="shown"]')).not.toBeNull();
    expect(modules.querySelector("[data-bar]")).toBeNull();
    expect(within(modules).getByRole("columnheader", { name: "数量" })).toBeTruthy();
    fireEvent.click(within(modules).getByRole("button", { name: "回到图表" }));
    expect(modules.querySelectorAll("[data-bar]")).toHaveLength(3);
    expect(modules.querySelector('[data-chart-table="hidden"]')).not.toBeNull();
  });

  it("mark counts with whole numbers only (no 2.5 or 7.5)", async () => {
    stubApi({ confidence: [0, 0, 0, 0, 8, 8, 8, 8, 8, 8] });
    renderDashboard();
    await ready();
    for (const name of ["confidence", "followThrough"]) {
      const ticks = [...chart(name).querySelectorAll("svg text.chart-axis")].map((t) => t.textContent ?? "");
      expect(
        ticks.filter((t) => /\d[.,]\d/.test(t)),
        name,
      ).toEqual([]);
    }
    const yTicks = [...chart("confidence").querySelectorAll('svg text.chart-axis[text-anchor="end"]')];
    expect(yTicks.map((t) => t.textContent)).toEqual(["0", "2", "4", "6", "8"]);
  });
});

describe("the coach's view", () => {
  it("counts the vague, bundled, moment-less and measure-less commitments and lists them by pinyin", async () => {
    stubApi();
    renderDashboard();
    await ready();
    const view = await waitFor(() => {
      const found = document.querySelector<HTMLElement>("[data-coach-view] table");
      expect(found).not.toBeNull();
      return found!.closest<HTMLElement>("[data-coach-view]")!;
    });
    const count = (gap: string) => view.querySelector(`[data-coach-count="${gap}"] dd`)?.textContent;
    expect([count("vague"), count("several"), count("no-moment"), count("no-measure")]).toEqual(["1", "0", "1", "2"]);
    const rowsShown = [...view.querySelectorAll<HTMLElement>("tr[data-coach-commitment]")];
    // 前台小刘 (qian) before 赵敏 (zhao); 阿明's commitment is specific and is not listed.
    expect(rowsShown.map((r) => r.querySelector("th")?.textContent)).toEqual(["前台小刘", "赵敏"]);
    expect(rowsShown[0]?.dataset["gaps"]).toBe("vague no-moment no-measure");
    // In the wall's words, quoting what the coach found vague.
    expect(rowsShown[0]?.textContent).toMatch(/说法含糊：“更好/);
    // "每天晨会前" is its moment; it says nothing of how to tell it worked.
    expect(rowsShown[1]?.dataset["gaps"]).toBe("no-measure");
  });
});

describe("hiding a commitment", () => {
  it("says what hiding means, saves only `hidden`, and shows the same state wherever the commitment appears", async () => {
    const calls = stubApi(
      {},
      on("PATCH", "/api/collections/commitments/records/commitment00001", (r) =>
        json(200, { ...commitment, hidden: r.body.hidden }),
      ),
    );
    renderDashboard();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "赵敏" }));
    const detailToggle = await screen.findByRole("checkbox", { name: "隐藏：不上承诺墙，也不进报告" });
    const coachToggle = document.querySelector<HTMLInputElement>(
      '[data-coach-view] input[data-hide-commitment="commitment00001"]',
    )!;
    expect(coachToggle.checked).toBe(false);
    fireEvent.click(detailToggle);
    await waitFor(() => expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(1));
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ hidden: true });
    expect((detailToggle as HTMLInputElement).checked).toBe(true);
    expect(coachToggle.checked).toBe(true);
  });

  it("goes back and says so when the server refuses", async () => {
    stubApi(
      {},
      on("PATCH", /\/commitments\/records\//, () => pbError(404)),
    );
    renderDashboard();
    await ready();
    const toggle = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>(
        '[data-coach-view] input[data-hide-commitment="commitment00002"]',
      );
      expect(found).not.toBeNull();
      return found!;
    });
    fireEvent.click(toggle);
    expect(await screen.findByText("没能保存隐藏设置，请检查网络后再试。")).toBeTruthy();
    expect(toggle.checked).toBe(false);
  });
});

describe("the participant table's order", () => {
  it("sorts names by pinyin, not by code point", async () => {
    fakePocketBase(
      on("GET", /\/dashboard$/, () => json(200, dashboard)),
      on("GET", /\/participants$/, () =>
        json(200, { query: {}, rows: [row("p3", "张伟"), row("p1", "赵敏"), row("p2", "李强"), row("p4", "阿明")] }),
      ),
      on("GET", "/api/collections/commitments/records", () => list([])),
    );
    renderDashboard();
    await ready();
    const names = [...document.querySelectorAll("table[data-participants] tbody th button")].map((b) => b.textContent);
    expect(names).toEqual(["阿明", "李强", "张伟", "赵敏"]);
  });
});

describe("at the front of the room", () => {
  it("shows a participant's single-use re-join code, for their language, at the server's public address", async () => {
    const token = "T".repeat(43);
    const calls = stubApi(
      {},
      on("POST", `/api/jiannuo/cohorts/${COHORT}/participants/participant0001/rejoin`, () =>
        json(200, { token, expiresAt: new Date(Date.now() + 600_000).toISOString(), minutes: 10, locale: "en" }),
      ),
      on("GET", "/api/jiannuo/site", () => json(200, { appUrl: "https://jiannuo.example.com", mail: false })),
    );
    renderDashboard();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "赵敏" }));
    const panel = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-rejoin-panel="participant0001"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(panel.querySelector("svg[data-qr]")).toBeNull();
    fireEvent.click(within(panel).getByRole("button", { name: "显示登录二维码" }));
    const qr = await waitFor(() => {
      const found = panel.querySelector("svg[data-qr]");
      expect(found).not.toBeNull();
      return found!;
    });
    const url = `https://jiannuo.example.com/en/rejoin/#t=${token}`;
    expect(qr.getAttribute("data-qr")).toBe(url);
    expect(qr.getAttribute("aria-label")).toBe("赵敏 的登录二维码");
    expect(panel.querySelector("[data-rejoin-link]")?.textContent).toBe(url);
    // Text, not a link: opening it on the trainer's own device would use it up.
    expect(panel.querySelector("a")).toBeNull();
    expect(panel.textContent).toMatch(/还有 (10:00|9:5\d) 失效/);
    expect(panel.textContent).toContain("只能用一次，10 分钟内有效");
    const post = calls.find((c) => c.method === "POST" && c.path.endsWith("/rejoin"));
    expect(post?.authorization).toBe(trainerPb.authStore.token);
    expect(within(panel).getByRole("button", { name: "重新生成" })).toBeTruthy();
  });

  it("removes a participant only after the in-page confirmation, then counts again", async () => {
    const calls = stubApi(
      {},
      on("DELETE", "/api/collections/participants/records/participant0001", () => new Response(null, { status: 204 })),
    );
    renderDashboard();
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "赵敏" }));
    fireEvent.click(await screen.findByRole("button", { name: "移出这位参与者" }));
    expect(screen.getByText(/确定把 赵敏 移出工作坊吗/)).toBeTruthy();
    expect(calls.filter((c) => c.method === "DELETE")).toEqual([]);
    const dashboards = calls.filter((c) => c.path.endsWith("/dashboard")).length;
    const tables = participantCalls(calls).length;
    fireEvent.click(screen.getByRole("button", { name: "确定移出" }));
    await waitFor(() => expect(document.querySelector("[data-participant-detail]")).toBeNull());
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual([
      "/api/collections/participants/records/participant0001",
    ]);
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith("/dashboard")).length).toBe(dashboards + 1));
    expect(participantCalls(calls).length).toBe(tables + 1);
  });
});

describe("CSV download", () => {
  it("fetches the export with the trainer's token and saves the Blob under the server's file name", async () => {
    const calls = stubApi();
    const createObjectURL = vi.fn((_blob: Blob) => "blob:csv");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderDashboard();
    await ready();
    fireEvent.click(document.querySelector('button[data-download="commitments"]')!);
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const request = calls.find((c) => c.path.endsWith("/export.csv"));
    expect(request?.path).toBe(`/api/jiannuo/cohorts/${COHORT}/export.csv`);
    expect(request?.query.get("what")).toBe("commitments");
    expect(request?.authorization).toBe(trainerPb.authStore.token);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    expect(await blob?.text()).toContain("承诺,状态");
    expect(clicked).toEqual(["jiannuo-ABC234-commitments.csv"]);
    await waitFor(() => expect(screen.getByText("文件已下载：jiannuo-ABC234-commitments.csv")).toBeTruthy());
  });
});

describe("without a trainer sign-in", () => {
  it("links to the trainer sign-in and asks nothing of the server", () => {
    trainerPb.authStore.clear();
    const calls = stubApi();
    renderDashboard();
    expect(screen.getByRole("link", { name: "培训师登录" }).getAttribute("href")).toBe("/trainer/");
    expect(calls).toEqual([]);
  });
});
