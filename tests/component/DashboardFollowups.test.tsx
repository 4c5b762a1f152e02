// The dashboard's follow-up emails section in jsdom, with fetch answering in the server's shapes: the
// not-configured notice, rounds and outbox, the delivery log, the sandboxed preview and "send now".
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages } from "../../src/i18n";
import Dashboard from "../../src/islands/trainer/dashboard/Dashboard";
import type { DashboardData, EmailSummary, FollowUpLogEntry, SendNowResult } from "../../src/islands/trainer/dashboard/dashboard-api";
import { DASHBOARD_STRING_PREFIXES } from "../../src/islands/trainer/dashboard/strings";
import { trainerPb } from "../../src/lib/pocketbase";

const COHORT = "cohort000000001";
const hrefs = { signIn: "/trainer/", wall: "/trainer/wall/", report: { "zh-CN": "/trainer/report/", en: "/en/trainer/report/" } };

const email = (fields: Partial<EmailSummary> = {}): EmailSummary => ({
  configured: true,
  followups: { queued: 2, sending: 0, sent: 3, failed: 1, skipped: 1 },
  rounds: [
    { round: 21, sent: 1, answered: 0, responseRate: 0 },
    { round: 7, sent: 3, answered: 2, responseRate: 0.667 },
  ],
  ...fields,
});

const dashboard = (mail: EmailSummary): DashboardData => ({
  cohort: { id: COHORT, name: "前厅服务提升班", organization: "", startsOn: "2026-11-20 00:00:00.000Z", endsOn: "2026-11-21 00:00:00.000Z", locale: "zh-CN" },
  participants: 3,
  commitments: { total: 2, byModule: { eoac: 2 }, byKind: { personal: 2 }, byStatus: { planned: 1, in_progress: 1, done: 0, dropped: 0 } },
  confidence: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0],
  checkins: { total: 2, participantsWithCommitments: 2, participantsResponding: 2, responseRate: 1 },
  followThrough: [{ week: 0, planned: 2, in_progress: 0, done: 0, dropped: 0 }],
  belonging: { answers: 0, needed: 10, profile: null },
  email: mail,
});

const entry = (id: string, fields: Partial<FollowUpLogEntry>): FollowUpLogEntry => ({
  id, kind: "round", round: 7, dueAt: "2026-11-28 01:00:00.000Z", sentAt: "", attempts: 0, lastError: "", state: "queued",
  expand: { participant: { name: "赵敏" } }, ...fields,
});

const log = [
  entry("followup0000003", { kind: "due", round: 0, dueAt: "2026-12-01 01:00:00.000Z", state: "failed", attempts: 3, lastError: "dial tcp 127.0.0.1:2525: connection refused", expand: { participant: { name: "<b>王</b>" } } }),
  entry("followup0000002", { state: "skipped", lastError: "no consent", expand: { participant: { name: "前台小刘" } } }),
  entry("followup0000001", { state: "sent", sentAt: "2026-11-28 01:00:05.000Z", attempts: 1 }),
];

const preview = {
  to: "赵敏", locale: "zh-CN", subject: "第 7 天：你的承诺进展如何？",
  html: '<p>你好，赵敏</p><a href="https://example.test/c/abc">已完成</a><script>parent.hacked = true</script>',
  text: "你好，赵敏\n已完成：https://example.test/c/abc",
};

interface Call { method: string; path: string; params: URLSearchParams }
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

/** Answers the dashboard's routes; `emails` is what each successive dashboard request returns. */
function stubApi(emails: EmailSummary[], sendNow: SendNowResult = { round: 7, scheduled: 3, sent: 2, skipped: 1, retry: 0, smtp: true }): Call[] {
  const calls: Call[] = [];
  let dashboards = 0;
  vi.stubGlobal("fetch", vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input);
    const path = url.pathname;
    calls.push({ method: init.method ?? "GET", path, params: url.searchParams });
    if (path.endsWith("/dashboard")) return json(dashboard(emails[Math.min(dashboards++, emails.length - 1)]!));
    if (path.endsWith("/participants")) return json({ query: {}, rows: [] });
    if (path === "/api/collections/followups/records") return json({ page: 1, perPage: 200, totalItems: log.length, totalPages: 1, items: log });
    if (path.endsWith("/followups/preview")) return json(preview);
    if (path.endsWith("/followups/send-now")) return json(sendNow);
    return new Response("{}", { status: 404 });
  }));
  return calls;
}

function fakeToken(): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, "");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ exp: Math.floor(Date.now() / 1000) + 3600, collectionId: "trainers" })}.signature`;
}

function renderDashboard(locale: "zh-CN" | "en" = "zh-CN") {
  return render(<Dashboard locale={locale} strings={pickMessages(locale, DASHBOARD_STRING_PREFIXES)} moduleTitles={{ eoac: "EOAC 沟通模式" }} hrefs={hrefs} />);
}

const section = () => waitFor(() => {
  const found = document.querySelector<HTMLElement>("[data-followups]");
  expect(found?.querySelector("table[data-delivery-log]")).toBeTruthy();
  return found!;
});
const sendCalls = (calls: Call[]) => calls.filter((c) => c.path.endsWith("/followups/send-now"));

beforeEach(() => {
  window.history.replaceState({}, "", `/trainer/cohort/?cohort=${COHORT}`);
  trainerPb.authStore.save(fakeToken(), { id: "trainer00000001", collectionId: "t", collectionName: "trainers" });
});

afterEach(() => {
  trainerPb.authStore.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("rounds, outbox and delivery log", () => {
  it("shows each round's numbers as text, the outbox by state, and the log newest first", async () => {
    const calls = stubApi([email()]);
    renderDashboard();
    const panel = await section();
    expect(panel.querySelector("[data-email-not-configured]")).toBeNull();

    const rounds = [...panel.querySelectorAll<HTMLElement>("table[data-rounds] tbody tr[data-round]")];
    expect(rounds.map((r) => r.dataset.round)).toEqual(["7", "21"]);
    expect(panel.querySelector('tr[data-round="7"]')?.textContent).toBe("第 7 天3267%");
    expect(panel.querySelector('tr[data-round="21"]')?.textContent).toBe("第 21 天100%");
    expect(panel.querySelector('[data-outbox-state="queued"]')?.textContent).toBe("2");
    expect(panel.querySelector('[data-outbox-state="failed"]')?.textContent).toBe("1");

    const rows = [...panel.querySelectorAll<HTMLElement>("table[data-delivery-log] tbody tr")];
    expect(rows.map((r) => r.dataset.followup)).toEqual(["followup0000003", "followup0000002", "followup0000001"]);
    const failed = panel.querySelector('tr[data-followup="followup0000003"][data-state="failed"]')!;
    expect(failed.textContent).toContain("<b>王</b>");
    expect(failed.querySelector("b")).toBeNull();
    expect(failed.textContent).toContain("到期提醒");
    expect(failed.textContent).toContain("发送失败");
    expect(failed.textContent).toContain("connection refused");
    const skipped = panel.querySelector('tr[data-followup="followup0000002"][data-state="skipped"]')!;
    expect(skipped.textContent).toContain("第 7 天回访");
    expect(skipped.textContent).toContain("参与者没有同意接收回访");
    expect(panel.querySelector('tr[data-followup="followup0000001"][data-state="sent"]')?.textContent).toContain("已发送");

    const request = calls.find((c) => c.path === "/api/collections/followups/records")!;
    expect(request.params.get("filter")).toBe(`cohort = "${COHORT}"`);
    expect(request.params.get("sort")).toBe("-dueAt");
    expect(request.params.get("expand")).toBe("participant");
  });

  it("reads in English on the English page", async () => {
    stubApi([email()]);
    renderDashboard("en");
    const panel = await section();
    expect(panel.querySelector('tr[data-round="7"] th')?.textContent).toBe("Day 7");
    expect(panel.querySelector('tr[data-followup="followup0000003"]')?.textContent).toContain("Due-date reminder");
  });
});

describe("email not configured", () => {
  it("says follow-ups wait in the outbox and how to configure SMTP", async () => {
    stubApi([email({ configured: false })]);
    renderDashboard();
    const panel = await section();
    const notice = panel.querySelector<HTMLElement>("[data-email-not-configured]")!;
    expect(notice.textContent).toContain("还没有配置发信");
    expect(notice.textContent).toContain("不会丢失");
    for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_TLS"]) expect(notice.textContent).toContain(name);
    expect(notice.textContent).toContain("Settings → Mail settings");
    expect(notice.querySelector("a")?.getAttribute("href")).toMatch(/\/_\/$/);
  });

  it("explains instead of sending", async () => {
    const calls = stubApi([email({ configured: false })]);
    renderDashboard();
    const panel = await section();
    fireEvent.click(panel.querySelector("button[data-send-now]")!);
    expect(panel.querySelector("button[data-send-now-confirm]")).toBeNull();
    expect(panel.querySelector('[data-send-result="not-configured"]')?.textContent).toContain("不能发送");
    expect(sendCalls(calls)).toEqual([]);
  });
});

describe("preview", () => {
  it("draws the next follow-up in a sandboxed frame, without scripts, and says links do not work", async () => {
    const calls = stubApi([email()]);
    renderDashboard();
    const panel = await section();
    fireEvent.click(panel.querySelector("button[data-preview]")!);
    const frame = await waitFor(() => {
      const found = panel.querySelector<HTMLIFrameElement>("iframe[data-preview-frame]");
      expect(found).not.toBeNull();
      return found!;
    });
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toBe(preview.html);
    expect(panel.querySelector("[data-preview-subject]")?.textContent).toBe("主题：第 7 天：你的承诺进展如何？");
    expect(panel.querySelector("[data-preview-to]")?.textContent).toBe("收件人：赵敏");
    expect(panel.querySelector("[data-preview-links-note]")?.textContent).toContain("链接在这里点不开");
    expect(panel.querySelector("[data-preview-text]")?.textContent).toBe(preview.text);
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    expect(calls.filter((c) => c.path.endsWith("/followups/preview"))).toHaveLength(1);
  });
});

describe("send now", () => {
  it("confirms in the page, sends, shows the result and refreshes the section", async () => {
    const after = email({ followups: { queued: 0, sending: 0, sent: 5, failed: 1, skipped: 2 }, rounds: [{ round: 7, sent: 5, answered: 2, responseRate: 0.4 }] });
    const calls = stubApi([email(), after]);
    renderDashboard();
    const panel = await section();
    const logLoads = () => calls.filter((c) => c.path === "/api/collections/followups/records").length;
    expect(logLoads()).toBe(1);

    fireEvent.click(panel.querySelector("button[data-send-now]")!);
    expect(screen.getByRole("group", { name: /下一轮回访会马上发给所有同意接收的参与者/ })).toBeTruthy();
    expect(sendCalls(calls)).toEqual([]);
    fireEvent.click(panel.querySelector("button[data-send-now-confirm]")!);

    const result = await waitFor(() => {
      const found = panel.querySelector<HTMLElement>('[data-send-result="sent"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(result.textContent).toBe("第 7 天的回访：已发送 2 封，跳过 1 封。");
    expect(sendCalls(calls).map((c) => c.method)).toEqual(["POST"]);
    await waitFor(() => expect(panel.querySelector('tr[data-round="7"]')?.textContent).toBe("第 7 天5240%"));
    expect(panel.querySelector('[data-outbox-state="queued"]')?.textContent).toBe("0");
    expect(logLoads()).toBe(2);
  });

  it("can be cancelled, and says so when nothing was due", async () => {
    const calls = stubApi([email()], { round: null, scheduled: 0, sent: 0, skipped: 0, retry: 0, smtp: true });
    renderDashboard();
    const panel = await section();
    fireEvent.click(panel.querySelector("button[data-send-now]")!);
    fireEvent.click(panel.querySelector("button[data-send-now-cancel]")!);
    expect(panel.querySelector("button[data-send-now-confirm]")).toBeNull();
    expect(sendCalls(calls)).toEqual([]);

    fireEvent.click(panel.querySelector("button[data-send-now]")!);
    fireEvent.click(panel.querySelector("button[data-send-now-confirm]")!);
    await waitFor(() => expect(panel.querySelector('[data-send-result="nothing"]')?.textContent).toBe("现在没有需要发送的回访。"));
  });
});
