// The cohort dashboard in jsdom: fetch answers in the trainer routes' shapes (the routes themselves are
// tested against a real server in tests/integration). Counts, chart tables, the participant table's
// query, a participant's details, the CSV download and the signed-out state.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages } from "../../src/i18n";
import Dashboard from "../../src/islands/trainer/dashboard/Dashboard";
import type { ParticipantRow } from "../../src/islands/trainer/dashboard/dashboard-api";
import type { DashboardData } from "../../src/islands/trainer/shared/cohort-api";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import { fakePocketBase, json, list, on, signInTrainer, type SentRequest } from "../support/fake-pocketbase";

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

/** Answers every route the dashboard reads; the fake records each request. */
function stubApi(overrides: Partial<DashboardData> = {}): SentRequest[] {
  const csv = () =>
    new Response("\uFEFF承诺,状态\n", {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="jiannuo-ABC234-commitments.csv"',
      },
    });
  return fakePocketBase(
    on("GET", /\/dashboard$/, () => json(200, { ...dashboard, ...overrides })),
    on("POST", /\/belonging$/, () => json(200, released)),
    on("GET", /\/participants$/, () => json(200, { query: {}, rows })),
    on("GET", /\/export\.csv$/, csv),
    on("GET", "/api/collections/participants/records/participant0001", () =>
      json(200, { ...rows[0], collectionName: "participants", cohort: COHORT }),
    ),
    on("GET", "/api/collections/commitments/records", () => list([commitment])),
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
    expect(within(modules).getByRole("img", { name: "各模块的承诺" })).toBeTruthy();
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

    const header = screen.getByRole("columnheader", { name: /承诺/ });
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
