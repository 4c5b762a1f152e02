// The printable cohort report in jsdom, with fetch answering in the report route's shape (the route,
// including who may be named and quoted, is tested against a real server in tests/integration).
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";
import CohortReport from "../../src/islands/trainer/report/CohortReport";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import { fakePocketBase, json, on, signInTrainer } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const hrefs = {
  signIn: "/en/trainer/",
  dashboard: "/en/trainer/cohort/",
  report: { "zh-CN": "/trainer/report/", en: "/en/trainer/report/" },
};
const moduleTitles = { "service-mindset": "Customer-centric service mindset", eoac: "The EOAC model" };

const report: ReportData = {
  cohort: {
    id: COHORT,
    name: "Front desk cohort",
    organization: "Example Hotel",
    startsOn: "2026-11-20 00:00:00.000Z",
    endsOn: "2026-11-21 00:00:00.000Z",
    locale: "en",
  },
  participants: 2,
  commitments: {
    total: 3,
    byModule: { "service-mindset": 2, eoac: 1 },
    byKind: { personal: 2, team: 1 },
    byStatus: { planned: 1, in_progress: 0, done: 2, dropped: 0 },
  },
  confidence: [0, 0, 0, 0, 0, 0, 0, 3, 0, 0],
  strength: { mean: 3.6, n: 2 },
  checkins: { total: 2, participantsWithCommitments: 2, participantsResponding: 1, responseRate: 0.5 },
  followThrough: [
    { week: 0, planned: 3, in_progress: 0, done: 0, dropped: 0 },
    { week: 1, planned: 1, in_progress: 0, done: 2, dropped: 0 },
  ],
  belonging: { answers: 0, needed: 10, profile: null },
  generatedAt: "2026-12-01T08:00:00.000Z",
  trainerName: "Zhou Li",
  hiddenCount: 0,
  commitmentList: [
    {
      id: "commitment00001",
      module: "service-mindset",
      kind: "personal",
      action: "Greet every guest by name",
      status: "done",
      participant: "Zhao Min",
    },
    {
      id: "commitment00002",
      module: "service-mindset",
      kind: "team",
      action: "<script>alert(1)</script>",
      status: "planned",
      participant: "",
    },
    {
      id: "commitment00003",
      module: "eoac",
      kind: "personal",
      action: "Use EOAC on complaints",
      status: "done",
      participant: "Zhao Min",
    },
  ],
  notShown: [
    { module: "service-mindset", status: "planned", count: 1 },
    { module: "eoac", status: "done", count: 2 },
    { module: "eoac", status: "dropped", count: 1 },
  ],
  quotes: [
    {
      note: "Guests noticed at once.",
      status: "done",
      created: "2026-11-28 09:00:00.000Z",
      module: "service-mindset",
      participant: "Zhao Min",
    },
    {
      note: "Harder than I thought.",
      status: "in_progress",
      created: "2026-11-29 09:00:00.000Z",
      module: "eoac",
      participant: "",
    },
  ],
};

/** Answers the report route; returns the paths asked for so far. */
function stubReport(data: ReportData = report): () => string[] {
  const server = fakePocketBase(on("GET", `/api/jiannuo/cohorts/${COHORT}/report`, () => json(200, data)));
  return () => server.requests.map((r) => r.path);
}

function renderReport(locale: Locale = "en") {
  render(
    <CohortReport
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.report)}
      moduleTitles={moduleTitles}
      hrefs={hrefs}
    />,
  );
  return waitFor(() => {
    const article = document.querySelector<HTMLElement>(`[data-report][data-cohort="${COHORT}"]`);
    expect(article).not.toBeNull();
    return article!;
  });
}

beforeEach(() => {
  window.history.replaceState({}, "", `/en/trainer/report/?cohort=${COHORT}`);
  signInTrainer();
});

describe("cohort report", () => {
  it("prints the cohort, page numbers, the trainer and the date in every page's margins", async () => {
    stubReport();
    const article = await renderReport();
    const css = article.querySelector("style[data-print-frame]")?.textContent ?? "";
    expect(css).toContain('@bottom-left { content: "Front desk cohort · Example Hotel"; }');
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages); }');
    expect(css).toContain('@bottom-right { content: "Zhou Li · Dec 1, 2026"; }');
  });

  it("escapes what a cohort's name could do to the page's CSS, and counts pages in Chinese", async () => {
    stubReport({ ...report, cohort: { ...report.cohort, name: 'A"; } body { display: none } @page { x: "\\' } });
    const article = await renderReport("zh-CN");
    const css = article.querySelector("style[data-print-frame]")?.textContent ?? "";
    expect(css).toContain('content: "A\\"; } body { display: none } @page { x: \\"\\\\ · Example Hotel";');
    expect(css).toContain('content: "第 " counter(page) " / " counter(pages) " 页";');
  });

  it("says how many commitments the trainer hid and left out", async () => {
    stubReport({ ...report, hiddenCount: 2 });
    const article = await renderReport();
    expect(article.querySelector("[data-report-hidden]")?.textContent).toBe(
      "2 more commitments were hidden by the trainer (tests or duplicates, for example) and are not part of this report.",
    );
  });

  it("states that it reports behaviour after training (Kirkpatrick level 3) and when it was generated", async () => {
    const paths = stubReport();
    const article = await renderReport();
    expect(paths()).toEqual([`/api/jiannuo/cohorts/${COHORT}/report`]);
    expect(article.querySelector("h1")?.textContent).toBe("Front desk cohort");
    expect(article.querySelector("[data-kirkpatrick]")?.textContent).toContain("Kirkpatrick level 3: behaviour");
    expect(article.querySelector("[data-generated-at]")?.textContent).toMatch(/^Generated on .*2026/);
    expect(article.querySelector(".report-place")?.textContent).toBe("Example Hotel · Nov 20, 2026 to Nov 21, 2026");
    expect(article.querySelector("[data-report-trainer]")?.textContent).toBe("Trainer: Zhou Li");
    expect(article.querySelector('[data-fact="participants"] dd')?.textContent).toBe("2");
    expect(article.querySelector('[data-fact="progress"] dd')?.textContent).toBe("2 (67%)");
    expect(article.querySelector('[data-fact="responseRate"] dd')?.textContent).toBe("50%");
  });

  it("names participants only where the report data gives a name, and shows their text as text", async () => {
    stubReport();
    const article = await renderReport();
    const named = article.querySelector('tr[data-commitment="commitment00001"]')!;
    expect(named.querySelector("[data-named]")?.textContent).toBe("Zhao Min");
    const anonymous = article.querySelector('tr[data-commitment="commitment00002"]')!;
    expect(anonymous.querySelector("[data-named]")?.textContent).toBe("Not named");
    expect(anonymous.textContent).toContain("<script>alert(1)</script>");
    expect(article.querySelector("script")).toBeNull();
    const summary = article.querySelector('[data-report-commitments] tr[data-module="service-mindset"]');
    expect(summary?.textContent).toBe("Customer-centric service mindset11013");
  });

  it("counts the commitments kept for the trainer, by status, without any of their words", async () => {
    stubReport();
    const article = await renderReport();
    const eoac = article.querySelector('[data-report-commitments] tr[data-module="eoac"]');
    expect(eoac?.textContent).toBe("The EOAC model10034");
    expect([...article.querySelectorAll("[data-not-shown]")].map((p) => p.textContent)).toEqual([
      "1 more kept between participant and trainer, not shown: Planned 1.",
      "3 more kept between participant and trainer, not shown: Done 2, Dropped 1.",
    ]);
    expect(article.querySelector("[data-report-commitments] tfoot")?.textContent).toBe("Total21047");
    expect(article.querySelectorAll("tr[data-commitment]")).toHaveLength(3);
  });

  it("quotes the shareable notes, with a name only where given", async () => {
    stubReport();
    const article = await renderReport();
    const quotes = [...article.querySelectorAll("[data-quote]")].map((q) => [
      q.textContent,
      q.closest("figure")?.querySelector("figcaption")?.textContent,
    ]);
    expect(quotes).toEqual([
      ["Guests noticed at once.", "Zhao Min · Customer-centric service mindset · Done"],
      ["Harder than I thought.", "A participant · The EOAC model · In progress"],
    ]);
  });

  it("shows follow-through at each follow-up and prints on request", async () => {
    stubReport();
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const article = await renderReport();
    expect(article.querySelector('[data-chart="followThrough"] tr[data-week="1"]')?.textContent).toBe("Now20103");
    fireEvent.click(screen.getByRole("button", { name: "Print or save as PDF" }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("points to the cohort's language when the page is in another", async () => {
    stubReport();
    window.history.replaceState({}, "", `/trainer/report/?cohort=${COHORT}`);
    await renderReport("zh-CN");
    expect(screen.getByRole("link", { name: "打开英文版报告" }).getAttribute("href")).toBe(
      `/en/trainer/report/?cohort=${COHORT}`,
    );
    expect(document.querySelector("[data-kirkpatrick]")?.textContent).toContain("柯克帕特里克评估模型第三级");
  });

  it("asks a signed-out visitor to sign in as a trainer", () => {
    trainerPb.authStore.clear();
    const paths = stubReport();
    render(
      <CohortReport
        locale="en"
        strings={pickMessages("en", ISLAND_KEYS.report)}
        moduleTitles={moduleTitles}
        hrefs={hrefs}
      />,
    );
    expect(screen.getByRole("link", { name: "Trainer sign-in" }).getAttribute("href")).toBe("/en/trainer/");
    expect(paths()).toEqual([]);
  });
});
