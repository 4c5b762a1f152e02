// The dashboard's follow-up emails section in jsdom, with fetch answering in the server's shapes: the
// not-configured notice, rounds and outbox, the delivery log, the sandboxed preview and "send now".
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import Dashboard from "../../src/islands/trainer/dashboard/Dashboard";
import type { FollowUpLogEntry, SendNowResult } from "../../src/islands/trainer/dashboard/dashboard-api";
import type { DashboardData, EmailSummary } from "../../src/islands/trainer/shared/cohort-api";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { fakePocketBase, json, list, on, signInTrainer, type SentRequest } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const hrefs = {
  signIn: "/trainer/",
  wall: "/trainer/wall/",
  report: { "zh-CN": "/trainer/report/", en: "/en/trainer/report/" },
};

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
  cohort: {
    id: COHORT,
    name: "前厅服务提升班",
    organization: "",
    startsOn: "2026-11-20 00:00:00.000Z",
    endsOn: "2026-11-21 00:00:00.000Z",
    locale: "zh-CN",
  },
  participants: 3,
  commitments: {
    total: 2,
    byModule: { eoac: 2 },
    byKind: { personal: 2 },
    byStatus: { planned: 1, in_progress: 1, done: 0, dropped: 0 },
  },
  confidence: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0],
  strength: { mean: null, n: 0 },
  checkins: { total: 2, participantsWithCommitments: 2, participantsResponding: 2, responseRate: 1 },
  followThrough: [{ week: 0, planned: 2, in_progress: 0, done: 0, dropped: 0 }],
  belonging: { answers: 0, needed: 10, profile: null },
  email: mail,
});

const entry = (id: string, fields: Partial<FollowUpLogEntry>): FollowUpLogEntry => ({
  id,
  kind: "round",
  round: 7,
  dueAt: "2026-11-28 01:00:00.000Z",
  sentAt: "",
  attempts: 0,
  lastError: "",
  state: "queued",
  expand: { participant: { name: "赵敏" } },
  ...fields,
});

const log = [
  entry("followup0000003", {
    kind: "due",
    round: 0,
    dueAt: "2026-12-01 01:00:00.000Z",
    state: "failed",
    attempts: 3,
    lastError: "dial tcp 127.0.0.1:2525: connection refused",
    expand: { participant: { name: "<b>王</b>" } },
  }),
  entry("followup0000002", {
    state: "skipped",
    lastError: "no consent",
    expand: { participant: { name: "前台小刘" } },
  }),
  entry("followup0000001", { state: "sent", sentAt: "2026-11-28 01:00:05.000Z", attempts: 1 }),
];

const preview = {
  to: "赵敏",
  locale: "zh-CN",
  subject: "第 7 天：你的承诺进展如何？",
  html: '<p>你好，赵敏</p><a href="https://example.test/c/abc">已完成</a><script>parent.hacked = true</script>',
  text: "你好，赵敏\n已完成：https://example.test/c/abc",
};

/** Answers the dashboard's routes; `emails` is what each successive dashboard request returns. */
function stubApi(
  emails: EmailSummary[],
  sendNow: SendNowResult = { round: 7, scheduled: 3, sent: 2, skipped: 1, retry: 0, smtp: true },
): SentRequest[] {
  let dashboards = 0;
  return fakePocketBase(
    on("GET", /\/dashboard$/, () => json(200, dashboard(emails[Math.min(dashboards++, emails.length - 1)]!))),
    on("GET", /\/participants$/, () => json(200, { query: {}, rows: [] })),
    on("GET", "/api/collections/followups/records", () => list(log)),
    on("GET", /\/followups\/preview$/, () => json(200, preview)),
    on("POST", /\/followups\/send-now$/, () => json(200, sendNow)),
  ).requests;
}

function renderDashboard(locale: Locale = "zh-CN") {
  return render(
    <Dashboard
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.dashboard)}
      moduleTitles={{ eoac: "EOAC 沟通模式" }}
      hrefs={hrefs}
    />,
  );
}

const section = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>("[data-followups]");
    expect(found?.querySelector("table[data-delivery-log]")).toBeTruthy();
    return found!;
  });
const sendCalls = (calls: SentRequest[]) => calls.filter((c) => c.path.endsWith("/followups/send-now"));

beforeEach(() => {
  window.history.replaceState({}, "", `/trainer/cohort/?cohort=${COHORT}`);
  signInTrainer();
});

describe("rounds, outbox and delivery log", () => {
  it("names a participant's cadence in the log: the touch, the nudge and the 'still doing it?' check", async () => {
    fakePocketBase(
      on("GET", /\/dashboard$/, () => json(200, dashboard(email()))),
      on("GET", /\/participants$/, () => json(200, { query: {}, rows: [] })),
      on("GET", "/api/collections/followups/records", () =>
        list([
          entry("followup0000013", { kind: "still", round: 45 }),
          entry("followup0000012", { kind: "nudge", round: 3 }),
          entry("followup0000011", { kind: "touch", round: 1 }),
        ]),
      ),
      on("GET", /\/followups\/preview$/, () => json(200, preview)),
    );
    renderDashboard();
    const panel = await section();
    const kinds = [...panel.querySelectorAll("table[data-delivery-log] tbody tr td:first-of-type")].map(
      (td) => td.textContent,
    );
    expect(kinds).toEqual(["承诺第 45 天：还在坚持吗", "第 3 天没回复，再轻轻提醒一次", "承诺第 1 天的提醒"]);
  });

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
    expect(panel.querySelector('tr[data-followup="followup0000001"][data-state="sent"]')?.textContent).toContain(
      "已发送",
    );

    const request = calls.find((c) => c.path === "/api/collections/followups/records")!;
    expect(request.query.get("filter")).toBe(`cohort = "${COHORT}"`);
    expect(request.query.get("sort")).toBe("-dueAt");
    expect(request.query.get("expand")).toBe("participant");
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
    for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_TLS"])
      expect(notice.textContent).toContain(name);
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
    const after = email({
      followups: { queued: 0, sending: 0, sent: 5, failed: 1, skipped: 2 },
      rounds: [{ round: 7, sent: 5, answered: 2, responseRate: 0.4 }],
    });
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
    await waitFor(() =>
      expect(panel.querySelector('[data-send-result="nothing"]')?.textContent).toBe("现在没有需要发送的回访。"),
    );
  });
});
