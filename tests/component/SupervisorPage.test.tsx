// The supervisor's page opened from the weekly email, in jsdom; fetch answers as the routes in
// pocketbase/pb_hooks/lib/supervisor-page.js do (the routes themselves: tests/integration/supervisors.test.ts).
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import SupervisorTeam from "../../src/islands/supervisor/SupervisorTeam";
import type { SupervisorView } from "../../src/islands/supervisor/supervisor-api";
import { zhCN } from "../../src/i18n/zh-CN";
import { fakePocketBase, fieldError, json } from "../support/fake-pocketbase";

const TOKEN = "S".repeat(43);
const K = "commitment00001";
const view = (observed: SupervisorView["team"][0]["commitments"][0]["observed"] = null): SupervisorView => ({
  locale: "zh-CN",
  week: "2026-W49",
  prompt: 3,
  stopped: false,
  team: [
    {
      id: "participant0001",
      name: "李娜",
      commitments: [
        {
          id: K,
          action: "每位客人离店前问一句还有什么需要",
          module: "eoac",
          status: "in_progress",
          checkins: ["2026-12-01", "2026-12-03"],
          discussed: null,
          observed,
        },
      ],
    },
  ],
});

/** The card of the shared commitment, once the page has loaded it. */
const cardShown = () =>
  waitFor(() => {
    const card = document.querySelector<HTMLElement>(`[data-shared-commitment="${K}"]`);
    if (!card) throw new Error("not yet");
    return card;
  });

function open(hash: string) {
  window.history.replaceState(null, "", `/supervisor/${hash}`);
  return render(<SupervisorTeam strings={pickMessages("zh-CN", ISLAND_KEYS.supervisor)} />);
}

describe("the supervisor's page", () => {
  it("shows this week's huddle prompt and each shared commitment with its status and check-in dates", async () => {
    const server = fakePocketBase(() => json(200, view()));
    open(`#t=${TOKEN}`);
    const card = await cardShown();
    expect(document.querySelector("[data-huddle-prompt]")?.textContent).toContain(zhCN["huddle.prompt.3"]);
    expect(screen.getByRole("heading", { name: "李娜" })).toBeTruthy();
    expect(card.textContent).toContain("本人报告的状态：进行中");
    expect(card.textContent).toContain("打卡日期：2026-12-01、2026-12-03");
    // The token goes in the body, never in a URL the server could log.
    expect(server.requests.map(({ path, query, body }) => ({ path, query: query.toString(), body }))).toEqual([
      { path: "/api/jiannuo/supervisor/view", query: "", body: { t: TOKEN } },
    ]);
  });

  it("sends 'observed' with the note and shows it as done this week", async () => {
    const server = fakePocketBase((request) =>
      json(200, request.path.endsWith("/mark") ? view({ note: "看到了，很好" }) : view()),
    );
    open(`#t=${TOKEN}`);
    const card = await cardShown();
    fireEvent.change(within(card).getByLabelText("一句话备注（可不填，本人会看到）"), {
      target: { value: "看到了，很好" },
    });
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: "看到了" })));
    await waitFor(() =>
      expect(card.querySelector('[data-marked="observed"]')?.textContent).toBe("本周已看到 ✓ · 看到了，很好"),
    );
    expect(server.requests.at(-1)?.body).toEqual({ t: TOKEN, c: K, kind: "observed", note: "看到了，很好" });
  });

  it("lets the supervisor stop the weekly notes, and take that back", async () => {
    const server = fakePocketBase((request) =>
      json(200, request.path.endsWith("/stop") ? { ...view(), stopped: !request.body.resume } : view()),
    );
    open(`#t=${TOKEN}`);
    await cardShown();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "不再接收每周提醒" })));
    await waitFor(() => expect(document.querySelector("[data-digest-stopped]")).toBeTruthy());
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "恢复每周提醒" })));
    await waitFor(() => expect(document.querySelector("[data-digest-stopped]")).toBeNull());
    expect(server.sent("POST", "/api/jiannuo/supervisor/stop").map((r) => r.body)).toEqual([
      { t: TOKEN, resume: false },
      { t: TOKEN, resume: true },
    ]);
  });

  it("says so when the link has expired, is unknown or missing, and when nothing is shared now", async () => {
    fakePocketBase(() => fieldError(410, "t", "jiannuo_token_expired"));
    const expired = open(`#t=${TOKEN}`);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(zhCN["supervisor.expired"]));
    expired.unmount();
    fakePocketBase(() => fieldError(404, "t", "jiannuo_token_invalid"));
    const unknown = open(`#t=${TOKEN}`);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(zhCN["supervisor.invalid"]));
    unknown.unmount();
    const missing = open("");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(zhCN["supervisor.invalid"]));
    missing.unmount();
    fakePocketBase(() => json(200, { ...view(), team: [] }));
    open(`#t=${TOKEN}`);
    await waitFor(() => expect(screen.getByText(zhCN["supervisor.empty"])).toBeTruthy());
  });
});
