// The live wall in jsdom: fetch answers in PocketBase's shape, and the realtime layer is replaced by a
// stub that hands out the wall's listeners, so tests push events, drops and reconnects by hand. The
// rules behind these requests and real events are tested against a server in tests/integration.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import LiveWall from "../../src/islands/trainer/wall/LiveWall";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import type { WallCommitment } from "../../src/lib/wall";
import { fakePocketBase, json, list, on, signInTrainer, type SentRequest } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const moduleTitles = {
  "service-mindset": "以客户为中心的服务思维",
  eoac: "EOAC 沟通模式",
  "action-commitment": "行动承诺：从课堂到岗位",
};

function commitment(id: string, fields: Partial<WallCommitment> = {}): WallCommitment {
  return {
    id,
    cohort: COHORT,
    module: "eoac",
    action: "接电话时先复述客户的问题",
    trigger: "接到客户电话时",
    visibility: "cohort",
    hidden: false,
    created: "2026-11-24 09:00:00.000Z",
    updated: "2026-11-24 09:00:00.000Z",
    expand: { participant: { name: "赵敏" } },
    ...fields,
  };
}

const first = commitment("commitment00001");
const second = commitment("commitment00002", {
  module: "action-commitment",
  action: "每天早会上分享一个客户好评",
  trigger: "每天早会",
  created: "2026-11-24 09:01:00.000Z",
  updated: "2026-11-24 09:01:00.000Z",
  expand: { participant: { name: "钱磊" } },
});

interface Room {
  name: string;
  showNamesOnWall: boolean;
  wallHidden: boolean;
  wallView: "cards" | "themes" | "";
  updated: string;
}
let room: Room;
let missed: WallCommitment[];

/** A server holding `room` and two commitments; PATCH echoes the change with a later `updated`. */
function stubServer(): SentRequest[] {
  const later = "2026-11-24 10:00:00.000Z";
  const roomPath = `/api/collections/cohorts/records/${COHORT}`;
  return fakePocketBase(
    on("GET", roomPath, () => json(200, { id: COHORT, ...room })),
    on("PATCH", roomPath, ({ body }) => {
      room = { ...room, ...body, updated: later };
      return json(200, { id: COHORT, ...room });
    }),
    on("GET", "/api/collections/commitments/records", ({ query }) =>
      list(query.get("filter")?.includes("updated >=") ? missed : [second, first]),
    ),
    on("PATCH", /^\/api\/collections\/commitments\/records\//, ({ body }) => {
      const { expand: _names, ...bare } = first;
      return json(200, { ...bare, ...body, updated: later });
    }),
  ).requests;
}

type Listener = (data: unknown) => void;
let listeners: Map<string, Listener>;

/** Replaces the SSE connection: each subscription's listener is kept under its topic. */
function stubRealtime() {
  listeners = new Map();
  vi.spyOn(trainerPb.realtime, "subscribe").mockImplementation(async (topic: string, callback: Listener) => {
    listeners.set(topic, callback);
    return async () => {};
  });
  vi.spyOn(trainerPb.realtime, "unsubscribe").mockResolvedValue();
}

function emit(topic: string, data: unknown) {
  const listener = listeners.get(topic);
  if (!listener) throw new Error(`nobody listens to ${topic}`);
  act(() => listener(data));
}

function renderWall(locale: Locale = "zh-CN") {
  return render(
    <LiveWall strings={pickMessages(locale, ISLAND_KEYS.wall)} moduleTitles={moduleTitles} signInHref="/trainer/" />,
  );
}

const cardIds = () => [...document.querySelectorAll("[data-wall-card]")].map((e) => e.getAttribute("data-wall-card"));
const countOf = (module: string) => document.querySelector(`[data-wall-count="${module}"]`)?.getAttribute("data-count");

async function openWall(): Promise<SentRequest[]> {
  const calls = stubServer();
  renderWall();
  await waitFor(() =>
    expect(document.querySelector(`[data-wall][data-cohort="${COHORT}"][data-phase="ready"]`)).not.toBeNull(),
  );
  emit("PB_CONNECT", { clientId: "client1" });
  return calls;
}

beforeEach(() => {
  room = {
    name: "演示班",
    showNamesOnWall: true,
    wallHidden: false,
    wallView: "cards",
    updated: "2026-11-24 08:00:00.000Z",
  };
  missed = [];
  window.history.replaceState(null, "", `/trainer/wall/?cohort=${COHORT}`);
  signInTrainer();
  stubRealtime();
});

describe("the live wall", () => {
  it("shows the cohort's shared commitments newest first, with names, counts and a live indicator", async () => {
    const calls = stubServer();
    renderWall();
    await waitFor(() => expect(cardIds()).toEqual([second.id, first.id]));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("演示班 · 承诺墙");
    expect(screen.getByRole("list", { name: "大家的承诺，最新的在前" })).toBeTruthy();
    const card = document.querySelector<HTMLElement>(`[data-wall-card="${second.id}"]`);
    expect(card?.textContent).toContain("每天早会上分享一个客户好评");
    expect(card?.textContent).toContain("什么时候做：每天早会");
    expect(card?.textContent).toContain("行动承诺");
    expect(card?.textContent).toContain("钱磊");
    expect([countOf("service-mindset"), countOf("eoac"), countOf("action-commitment")]).toEqual(["0", "1", "1"]);
    expect(document.querySelector("[data-connection]")?.getAttribute("data-connection")).toBe("reconnecting");

    const listCall = calls.find((c) => c.path === "/api/collections/commitments/records");
    expect(listCall?.query.get("filter")).toBe(`cohort = "${COHORT}" && visibility = "cohort"`);
    expect(listCall?.query.get("expand")).toBe("participant");
    expect(listCall?.query.get("sort")).toBe("-created");
    expect(trainerPb.realtime.subscribe).toHaveBeenCalledWith(
      "commitments/*",
      expect.any(Function),
      expect.objectContaining({ filter: `cohort = "${COHORT}"` }),
    );

    emit("PB_CONNECT", { clientId: "client1" });
    expect(document.querySelector("[data-connection]")?.getAttribute("data-connection")).toBe("connected");
  });

  it("adds, changes and removes cards as events arrive, and never shows private or hidden ones", async () => {
    await openWall();
    const fresh = commitment("commitment00003", {
      action: "遇到投诉时先倾听客户",
      module: "service-mindset",
      created: "2026-11-24 09:05:00.000Z",
      updated: "2026-11-24 09:05:00.000Z",
    });
    emit("commitments/*", { action: "create", record: fresh });
    expect(cardIds()).toEqual([fresh.id, second.id, first.id]);
    expect(countOf("service-mindset")).toBe("1");

    emit("commitments/*", {
      action: "create",
      record: commitment("commitment00004", { visibility: "private", created: "2026-11-24 09:06:00.000Z" }),
    });
    emit("commitments/*", {
      action: "update",
      record: { ...second, hidden: true, updated: "2026-11-24 09:07:00.000Z" },
    });
    emit("commitments/*", { action: "delete", record: first });
    expect(cardIds()).toEqual([fresh.id]);
  });

  it("hides participant names when the cohort says so", async () => {
    room.showNamesOnWall = false;
    await openWall();
    expect(document.querySelector("[data-wall]")?.textContent).not.toContain("钱磊");
  });

  it("shows participant text as text", async () => {
    await openWall();
    emit("commitments/*", {
      action: "create",
      record: commitment("commitment00005", {
        action: "<img src=x onerror=alert(1)>",
        created: "2026-11-24 09:08:00.000Z",
      }),
    });
    const card = document.querySelector(`[data-wall-card="commitment00005"]`);
    expect(card?.querySelector("img")).toBeNull();
    expect(card?.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("after a dropped connection", () => {
  it("says it is reconnecting, then fills in what it missed since the last update seen", async () => {
    const calls = await openWall();
    act(() => trainerPb.realtime.onDisconnect?.(["commitments/*"]));
    expect(document.querySelector("[data-connection]")?.getAttribute("data-connection")).toBe("reconnecting");

    missed = [
      commitment("commitment00006", {
        action: "主动问客户需要什么帮助",
        created: "2026-11-24 09:10:00.000Z",
        updated: "2026-11-24 09:10:00.000Z",
      }),
      { ...first, hidden: true, updated: "2026-11-24 09:11:00.000Z" },
    ];
    emit("PB_CONNECT", { clientId: "client2" });
    await waitFor(() => expect(cardIds()).toEqual(["commitment00006", second.id]));
    expect(document.querySelector("[data-connection]")?.getAttribute("data-connection")).toBe("connected");
    const fillIns = calls.filter((c) => c.query.get("filter")?.includes("updated >="));
    expect(fillIns.at(-1)?.query.get("filter")).toBe(`cohort = "${COHORT}" && updated >= "2026-11-24 09:01:00.000Z"`);
  });
});

describe("the trainer controls", () => {
  it("hide the wall behind the number received, and reveal it", async () => {
    const calls = await openWall();
    fireEvent.click(screen.getByRole("button", { name: "隐藏墙面" }));
    await waitFor(() => expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 2 条承诺"));
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ wallHidden: true });
    expect(cardIds()).toEqual([]);

    emit("commitments/*", {
      action: "create",
      record: commitment("commitment00007", { created: "2026-11-24 09:20:00.000Z" }),
    });
    expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 3 条承诺");

    fireEvent.click(document.querySelector<HTMLButtonElement>("button[data-wall-toggle]") as HTMLButtonElement);
    await waitFor(() => expect(cardIds()).toHaveLength(3));
    expect(document.querySelector("[data-wall-hidden]")).toBeNull();
  });

  it("follow a change made on another device (the trainer's tablet)", async () => {
    await openWall();
    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...room, wallHidden: true, updated: "2026-11-24 09:30:00.000Z" },
    });
    expect(document.querySelector("[data-wall-hidden]")).not.toBeNull();
  });

  it("switch to the themes: the most used words, sized by use", async () => {
    const calls = await openWall();
    fireEvent.click(document.querySelector<HTMLButtonElement>('button[data-wall-view="themes"]') as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector("[data-theme-word]")).not.toBeNull());
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ wallView: "themes" });
    const top = document.querySelector("[data-theme-word]");
    expect(top?.getAttribute("data-theme-word")).toBe("客户");
    expect(top?.getAttribute("data-count")).toBe("2");
    expect(cardIds()).toEqual([]);
    expect(document.querySelector('button[data-wall-view="themes"]')?.getAttribute("aria-pressed")).toBe("true");
  });

  it("moderate: hide one card from the room and show it again", async () => {
    const calls = await openWall();
    fireEvent.click(screen.getByRole("button", { name: "审核卡片" }));
    fireEvent.click(
      document.querySelector<HTMLButtonElement>(`button[data-hide-card="${first.id}"]`) as HTMLButtonElement,
    );
    await waitFor(() => expect(document.querySelector(`button[data-show-card="${first.id}"]`)).not.toBeNull());
    const patch = calls.find((c) => c.method === "PATCH");
    expect(patch?.path).toBe(`/api/collections/commitments/records/${first.id}`);
    expect(patch?.body).toEqual({ hidden: true });
    const hiddenCard = document.querySelector<HTMLElement>(`[data-wall-card="${first.id}"]`) as HTMLElement;
    expect(within(hiddenCard).getByText("已隐藏")).toBeTruthy();
    expect(hiddenCard.textContent).toContain("赵敏");

    fireEvent.click(screen.getByRole("button", { name: "审核卡片" }));
    expect(cardIds()).toEqual([second.id]);
  });
});

describe("before the wall can open", () => {
  it("links to the trainer sign-in when no trainer is signed in", () => {
    trainerPb.authStore.clear();
    stubServer();
    renderWall("en");
    expect(screen.getByText("Sign in as a trainer first, then open the wall.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Trainer sign-in" }).getAttribute("href")).toBe("/trainer/");
  });

  it("says which workshop is missing from the address", () => {
    window.history.replaceState(null, "", "/trainer/wall/");
    renderWall();
    expect(screen.getByText(/没有指明是哪个工作坊/)).toBeTruthy();
  });

  it("offers to try again when the cohort cannot be read", async () => {
    fakePocketBase(); // answers 404 to everything
    renderWall();
    await waitFor(() => expect(screen.getByRole("button", { name: "再试一次" })).toBeTruthy());
  });
});
