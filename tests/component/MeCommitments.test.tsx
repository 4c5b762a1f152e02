// "My commitments" in jsdom, with fetch answering in PocketBase's shape (the rules behind these
// requests are tested against a real server in tests/integration).
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import MyPage from "../../src/islands/me/MyPage";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import type { CheckinsRecord, CommitmentsRecord } from "../../src/lib/pocketbase-types";
import { $outbox, type OutboxEntry } from "../../src/stores/outbox";
import { $session, leaveSession } from "../../src/stores/session";
import { fakePocketBase, json, list, type Route, type SentRequest } from "../support/fake-pocketbase";
import { demoCohort, outboxEntry, participantRecord, participantSession } from "../support/records";
import { useSignedInDevice } from "../support/my-page";

const me = participantRecord({ id: "participant0001", email: "zhao@example.com" });

function commitment(fields: Partial<CommitmentsRecord> & { id: string }): CommitmentsRecord {
  return {
    collectionId: "jn_commitments1",
    collectionName: "commitments",
    participant: me.id,
    cohort: demoCohort.id,
    module: "eoac",
    kind: "personal",
    action: "每周五下班前给同事一条反馈",
    trigger: "每周五下班前",
    dueOn: "2026-12-04 00:00:00.000Z",
    measure: "同事能说出下一步",
    support: "",
    confidence: 8,
    visibility: "private",
    status: "planned",
    hidden: false,
    strength1: 0,
    strength2: 0,
    strength3: 0,
    strength4: 0,
    strength5: 0,
    cadence: "steady",
    weekends: false,
    created: "2026-11-20 08:00:00.000Z",
    updated: "",
    ...fields,
  };
}

/** An unsent commitment (the outbox's) with this id. */
const unsent = (id: string, state: OutboxEntry["state"], change: Partial<OutboxEntry> = {}) =>
  outboxEntry(state, `离线写的承诺 ${id}`, { id, ...change });

/** Stubs fetch with `answer` and records each request. */
const stubApi = (answer: Route): SentRequest[] => fakePocketBase(answer).requests;

const older = commitment({ id: "commitment00001" });
const newer = commitment({
  id: "commitment00002",
  action: "接电话时先复述客户的问题",
  status: "done",
  dueOn: "",
  created: "2026-11-22 08:00:00.000Z",
});

/** A server with two commitments that accepts every change and echoes it. */
function serverWithTwo(): SentRequest[] {
  return stubApi(({ method, path, body }) => {
    if (method === "GET" && path === "/api/collections/commitments/records") return list([newer, older]);
    if (method === "PATCH") return json(200, { ...older, ...body });
    if (method === "POST" && path === "/api/collections/checkins/records")
      return json(200, { id: "checkin00000001", ...body });
    if (method === "DELETE") return new Response(null, { status: 204 });
    return undefined;
  });
}

function renderMe(locale: Locale = "zh-CN") {
  return render(
    <MyPage
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.me)}
      moduleTitles={{ eoac: locale === "en" ? "Effective feedback" : "给出有效反馈" }}
      links={{ join: "/join/", signin: "/signin/", course: "/#course-heading", home: "/" }}
    />,
  );
}

function card(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-my-commitment="${id}"]`);
  if (!element) throw new Error(`no card ${id}`);
  return element;
}

/** The status a card shows (its tag, without the word read out before it). */
const statusOf = (id: string) => card(id).querySelector("[data-status-tag]")?.lastChild?.textContent;

const shownIds = () =>
  [...document.querySelectorAll("[data-my-commitment]")].map((e) => e.getAttribute("data-my-commitment"));

useSignedInDevice(() => participantSession(me, { joinKey: "" }));

describe("my commitments", () => {
  it("lists the server's commitments and the unsent ones, newest first, each marked", async () => {
    const calls = serverWithTwo();
    $outbox.set([
      unsent("waiting00000001", "waiting"),
      unsent("failed000000001", "failed", {
        createdAt: "2026-11-21T08:00:00.000Z",
        errors: { form: "errors.validation_required" },
      }),
      unsent(older.id, "sent"),
      unsent("someoneelse0001", "waiting", { participant: "participant0002" }),
    ]);
    renderMe();

    await waitFor(() => expect(shownIds()).toEqual(["waiting00000001", newer.id, "failed000000001", older.id]));
    const [request] = calls;
    expect(request?.query.get("filter")).toBe('participant = "participant0001"');
    expect(request?.query.get("sort")).toBe("-created");

    expect(card(older.id).textContent).toContain("来自：给出有效反馈");
    expect(statusOf(older.id)).toBe("计划中");
    expect(statusOf(newer.id)).toBe("已做到");
    expect(card(newer.id).getAttribute("data-status")).toBe("done");
    expect(card("waiting00000001").getAttribute("data-delivery")).toBe("waiting");
    expect(card("waiting00000001").textContent).toContain("还没发送");
    expect(card("waiting00000001").querySelector("[data-status-tag]")).toBeNull();
    expect(card("failed000000001").textContent).toContain("发送没有成功");
    expect(card("failed000000001").textContent).toContain("这一项必须填写。");
    expect(document.querySelector("[data-my-who]")?.textContent).toBe("赵敏，你在「演示班」。");
    // The date and the cohort each stay on one line.
    expect([...document.querySelectorAll("[data-my-who] .keep-together")].map((e) => e.textContent)).toEqual([
      "赵敏，",
      "「演示班」。",
    ]);
    expect(card(older.id).querySelector(".keep-together")?.textContent).toBe("2026年12月4日");
  });

  it("filters by status, with counts", async () => {
    serverWithTwo();
    renderMe();
    await waitFor(() => expect(shownIds()).toHaveLength(2));
    const done = screen.getByLabelText("已做到（1）");
    expect(screen.getByLabelText("全部（2）")).toHaveProperty("checked", true);
    fireEvent.click(done);
    expect(shownIds()).toEqual([newer.id]);
    fireEvent.click(screen.getByLabelText("不做了（0）"));
    expect(screen.getByText("这个状态下暂时没有承诺。")).toBeTruthy();
  });

  it("changes the status in one place: the check-in form, the card only shows it", async () => {
    serverWithTwo();
    renderMe();
    const open = await waitFor(() => within(card(older.id)).getByRole("button", { name: "记一笔进展" }));
    // The card's one select is how often it is asked about (CadenceSetting); the status has none.
    expect(card(older.id).querySelectorAll('select[name="status"]')).toHaveLength(0);
    const buttonsBefore = [...card(older.id).querySelectorAll(".my-actions button")];
    fireEvent.click(open);
    expect(card(older.id).querySelectorAll('select[name="status"]')).toHaveLength(1);
    expect(within(card(older.id)).getByLabelText<HTMLSelectElement>("现在的状态").name).toBe("status");
    // The buttons stay as they were, in the same places: opening the form moved none of them.
    expect([...card(older.id).querySelectorAll(".my-actions button")]).toEqual(buttonsBefore);
    expect(open.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(open);
    expect(card(older.id).querySelector("form")).toBeNull();
  });

  it("keeps the status and says why when a check-in cannot be saved", async () => {
    stubApi(({ method }) => {
      if (method === "GET") return list([older]);
      throw new TypeError("Failed to fetch");
    });
    renderMe();
    fireEvent.click(await waitFor(() => within(card(older.id)).getByRole("button", { name: "记一笔进展" })));
    fireEvent.change(within(card(older.id)).getByLabelText("现在的状态"), { target: { value: "done" } });
    fireEvent.click(within(card(older.id)).getByRole("button", { name: "保存这次进展" }));
    const alert = await within(card(older.id)).findByRole("alert");
    expect(alert.textContent).toContain("连不上服务器");
    expect(statusOf(older.id)).toBe("计划中");
  });

  it("shows the list this device kept, marked as such, when the server cannot be reached", async () => {
    serverWithTwo();
    const first = renderMe();
    await waitFor(() => expect(shownIds()).toHaveLength(2));
    first.unmount();

    stubApi(() => {
      throw new TypeError("Failed to fetch");
    });
    renderMe();
    const note = await waitFor(() => {
      const shown = document.querySelector<HTMLElement>("[data-kept-list]");
      if (!shown) throw new Error("no kept list yet");
      return shown;
    });
    expect(note.textContent).toContain("现在连不上服务器。下面是这台设备在");
    expect(shownIds()).toEqual([newer.id, older.id]);
    expect(statusOf(newer.id)).toBe("已做到");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps no list for the next person: signing out forgets it", async () => {
    serverWithTwo();
    const first = renderMe();
    await waitFor(() => expect(shownIds()).toHaveLength(2));
    first.unmount();
    leaveSession();
    $session.set(participantSession(participantRecord({ id: "participant0002" })));
    stubApi(() => {
      throw new TypeError("Failed to fetch");
    });
    renderMe();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("连不上服务器"));
    expect(shownIds()).toEqual([]);
  });

  it("signs out on this device after saying how to come back", async () => {
    serverWithTwo();
    renderMe();
    fireEvent.click(await waitFor(() => document.querySelector<HTMLButtonElement>("button[data-sign-out]")!));
    const box = document.querySelector<HTMLElement>("[data-sign-out-box]")!;
    expect(box.textContent).toContain("要在这台设备上退出 赵敏 吗？");
    expect(box.textContent).toContain("zhao@example.com");
    fireEvent.click(within(box).getByRole("button", { name: "取消" }));
    expect($session.get()).not.toBeNull();

    fireEvent.click(document.querySelector<HTMLButtonElement>("button[data-sign-out]")!);
    fireEvent.click(document.querySelector<HTMLButtonElement>("button[data-sign-out-confirm]")!);
    expect($session.get()).toBeNull();
    expect(screen.getByTestId("signed-out")).toBeTruthy();
  });

  it("warns that without an email there is no way back, and waits for unsent commitments", async () => {
    serverWithTwo();
    $session.set(participantSession(participantRecord({ id: me.id, email: "" })));
    $outbox.set([unsent("waiting00000001", "waiting")]);
    renderMe();
    fireEvent.click(await waitFor(() => document.querySelector<HTMLButtonElement>("button[data-sign-out]")!));
    const box = document.querySelector<HTMLElement>("[data-sign-out-box]")!;
    expect(box.textContent).toContain("你加入时没有留邮箱");
    expect(box.querySelector("[data-sign-out-blocked]")?.textContent).toContain("还有 1 个承诺只在这台设备上");
    expect(box.querySelector<HTMLButtonElement>("button[data-sign-out-confirm]")?.disabled).toBe(true);
    act(() => $outbox.set([]));
    expect(box.querySelector<HTMLButtonElement>("button[data-sign-out-confirm]")?.disabled).toBe(false);
  });

  it("records a check-in from the app, not quotable unless ticked", async () => {
    const calls = serverWithTwo();
    renderMe();
    const open = await waitFor(() => within(card(older.id)).getByRole("button", { name: "记一笔进展" }));
    fireEvent.click(open);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("这个承诺现在怎么样了？"));
    const form = within(card(older.id));
    expect(form.getByLabelText<HTMLInputElement>("培训师可以在报告里引用我写的这段话").checked).toBe(false);
    fireEvent.change(form.getByLabelText("说说进展（可不填）"), { target: { value: "  这周做了三次  " } });
    fireEvent.click(form.getByRole("button", { name: "保存这次进展" }));

    await waitFor(() => expect(card(older.id).textContent).toContain("进展已保存，谢谢你！"));
    const post = calls.find((c) => c.method === "POST");
    expect(post?.path).toBe("/api/collections/checkins/records");
    expect(post?.body).toEqual({
      commitment: older.id,
      status: "planned",
      note: "这周做了三次",
      shareable: false,
      source: "app",
    });
    // Same status as before: the commitment itself is not touched.
    expect(calls.some((c) => c.method === "PATCH")).toBe(false);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(card(older.id)).getByRole("button", { name: "记一笔进展" })),
    );
  });

  it("shows the check-in's status on the commitment, sending only the check-in (the server moves the status)", async () => {
    const calls = serverWithTwo();
    renderMe();
    fireEvent.click(await waitFor(() => within(card(older.id)).getByRole("button", { name: "记一笔进展" })));
    const form = within(card(older.id));
    fireEvent.change(form.getByLabelText("现在的状态"), { target: { value: "done" } });
    fireEvent.click(form.getByLabelText("培训师可以在报告里引用我写的这段话"));
    fireEvent.click(form.getByRole("button", { name: "保存这次进展" }));

    await waitFor(() => expect(card(older.id).getAttribute("data-status")).toBe("done"));
    expect(calls.find((c) => c.method === "POST")?.body).toMatchObject({
      status: "done",
      note: "",
      shareable: true,
      source: "app",
    });
    expect(calls.find((c) => c.method === "PATCH")).toBeUndefined();
  });

  it("changes how often an open commitment is asked about, and offers no choice for a done one", async () => {
    const calls = serverWithTwo();
    renderMe();
    await waitFor(() => expect(shownIds()).toEqual([newer.id, older.id]));
    expect(card(newer.id).querySelector("[data-cadence-setting]")).toBeNull();
    const select = card(older.id).querySelector<HTMLSelectElement>('[name="cadence"]')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ["steady", "常问问（推荐）"],
      ["weekly", "每周一次"],
      ["light", "少一点"],
    ]);
    expect(select.value).toBe("steady");
    fireEvent.change(select, { target: { value: "light" } });
    await waitFor(() => expect(card(older.id).textContent).toContain("已改好，之后按新的安排提醒你。"));
    const weekends = card(older.id).querySelector<HTMLInputElement>('[name="weekends"]')!;
    fireEvent.click(weekends);
    await waitFor(() => expect(calls.filter((r) => r.method === "PATCH")).toHaveLength(2));
    expect(calls.filter((r) => r.method === "PATCH").map((r) => [r.path, r.body])).toEqual([
      [`/api/collections/commitments/records/${older.id}`, { cadence: "light", weekends: false }],
      [`/api/collections/commitments/records/${older.id}`, { cadence: "light", weekends: true }],
    ]);
    await waitFor(() => expect(weekends.checked).toBe(true));
  });

  it("shows a commitment's check-ins when asked", async () => {
    const checkin: Partial<CheckinsRecord> = {
      id: "checkin00000001",
      commitment: older.id,
      status: "in_progress",
      note: "开始了",
      shareable: true,
      source: "email",
      created: "2026-11-25 08:00:00.000Z",
    };
    const calls = stubApi(({ path }) => (path.includes("checkins") ? list([checkin]) : list([older])));
    renderMe();
    fireEvent.click(await waitFor(() => within(card(older.id)).getByRole("button", { name: "看进展记录" })));
    const item = await waitFor(() => {
      const found = card(older.id).querySelector("[data-checkin=checkin00000001]");
      if (!found) throw new Error("not yet");
      return found;
    });
    expect(item.textContent).toContain("开始了");
    expect(item.textContent).toContain("进行中 · 培训师可以引用 · 来自提醒邮件");
    expect(calls.at(-1)?.query.get("filter")).toBe(`commitment = "${older.id}"`);
  });

  it("downloads a calendar file for a commitment with a date, and offers none without", async () => {
    serverWithTwo();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), "blob:calendar"));
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderMe();
    const button = await waitFor(() =>
      card(older.id).querySelector<HTMLButtonElement>("button[data-add-to-calendar]")!,
    );
    expect(card(newer.id).querySelector("button[data-add-to-calendar]")).toBeNull();
    fireEvent.click(button);

    expect(names).toEqual(["2026-12-04-每周五下班前给同事一条反馈.ics"]);
    expect(created[0]?.type).toBe("text/calendar;charset=utf-8");
    const ics = await created[0]!.text();
    expect(ics).toContain("SUMMARY:每周五下班前给同事一条反馈");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261204");
    expect(ics).toContain("什么时候做：每周五下班前");
    expect(card(older.id).textContent).toContain("日历文件已下载");
  });

  it("deletes only after an in-page confirmation, then moves focus to the list", async () => {
    const calls = serverWithTwo();
    renderMe();
    const remove = await waitFor(() =>
      card(older.id).querySelector<HTMLButtonElement>("button[data-delete-commitment]")!,
    );
    fireEvent.click(remove);
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain("确定删除「每周五下班前给同事一条反馈」吗？"),
    );
    fireEvent.click(within(card(older.id)).getByRole("button", { name: "先不删" }));
    await waitFor(() =>
      expect(document.activeElement).toBe(card(older.id).querySelector("button[data-delete-commitment]")),
    );
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);

    fireEvent.click(card(older.id).querySelector("button[data-delete-commitment]")!);
    await act(async () => fireEvent.click(card(older.id).querySelector("button[data-delete-commitment-confirm]")!));
    await waitFor(() => expect(shownIds()).toEqual([newer.id]));
    expect(calls.find((c) => c.method === "DELETE")?.path).toBe(`/api/collections/commitments/records/${older.id}`);
    await waitFor(() => expect(document.activeElement?.id).toBe("my-commitments-heading"));
    expect(screen.getByText("承诺已删除。")).toBeTruthy();
  });

  it("deletes an unsent commitment from the device only", async () => {
    const calls = serverWithTwo();
    $outbox.set([unsent("waiting00000001", "waiting")]);
    renderMe();
    fireEvent.click(await waitFor(() => card("waiting00000001").querySelector("button[data-delete-commitment]")!));
    expect(card("waiting00000001").textContent).toContain("它还没有发送");
    await act(async () =>
      fireEvent.click(card("waiting00000001").querySelector("button[data-delete-commitment-confirm]")!),
    );
    expect($outbox.get()).toEqual([]);
    expect(shownIds()).not.toContain("waiting00000001");
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
  });

  it("explains how to get in when nobody is signed in", () => {
    leaveSession();
    renderMe();
    const panel = screen.getByTestId("signed-out");
    expect(panel.textContent).toContain("这台设备还没有登录");
    expect([...panel.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/join/", "/signin/"]);
  });

  it("speaks English on the English page", async () => {
    serverWithTwo();
    renderMe("en");
    await waitFor(() => expect(shownIds()).toHaveLength(2));
    expect(card(older.id).textContent).toContain("From: Effective feedback");
    expect(statusOf(older.id)).toBe("Planned");
    expect(card(older.id).querySelector("dt")?.textContent).toBe("When I will do it");
  });
});
