// The live wall's islands in jsdom: fetch answers in PocketBase's shape (tests/support/fake-pocketbase.ts),
// and the realtime layer is replaced by a stub that hands out the wall's listeners, so tests push events,
// drops and reconnects by hand. Shared by the projected wall's and the controls view's tests.
import { act, render, waitFor } from "@testing-library/react";
import { expect, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import LiveWall from "../../src/islands/trainer/wall/LiveWall";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import type { WallCommitment } from "../../src/lib/wall";
import type { WallCohort } from "../../src/islands/trainer/wall/wall-feed";
import { fakePocketBase, json, list, on, signInTrainer, type SentRequest } from "./fake-pocketbase";

export const COHORT = "cohort000000001";
export const moduleTitles = {
  "service-mindset": "以客户为中心的服务思维",
  eoac: "EOAC 沟通模式",
  "action-commitment": "行动承诺：从课堂到岗位",
};

export function commitment(id: string, fields: Partial<WallCommitment> = {}): WallCommitment {
  return {
    id,
    participant: `person-${id}`,
    cohort: COHORT,
    module: "eoac",
    action: "接电话时先复述客户的问题",
    trigger: "接到客户电话时",
    measure: "每天记下 5 次复述",
    visibility: "cohort",
    hidden: false,
    created: "2026-11-24 09:00:00.000Z",
    updated: "2026-11-24 09:00:00.000Z",
    expand: { participant: { name: "赵敏" } },
    ...fields,
  };
}

export const first = commitment("commitment00001");
export const second = commitment("commitment00002", {
  module: "action-commitment",
  action: "每天早会上分享一个客户好评",
  trigger: "每天早会",
  created: "2026-11-24 09:01:00.000Z",
  updated: "2026-11-24 09:01:00.000Z",
  expand: { participant: { name: "钱磊" } },
});

/** The cohort as the wall reads it. */
export type Room = Omit<WallCohort, "id">;
/** What the fake server holds; each test starts from resetLiveWall() and may change it. */
export const live = {
  room: {} as Room,
  shared: [] as WallCommitment[],
  /** What a fill-in after a reconnect finds. */
  missed: [] as WallCommitment[],
  /** What GET /api/jiannuo/site says is the server's public address. */
  appUrl: "",
};

/** A server holding `room` and `shared`; PATCH echoes the change with a later `updated`. */
export function stubServer(): SentRequest[] {
  const later = "2026-11-24 10:00:00.000Z";
  const roomPath = `/api/collections/cohorts/records/${COHORT}`;
  return fakePocketBase(
    on("GET", roomPath, () => json(200, { id: COHORT, ...live.room })),
    on("PATCH", roomPath, ({ body }) => {
      live.room = { ...live.room, ...body, updated: later };
      return json(200, { id: COHORT, ...live.room });
    }),
    on("GET", "/api/collections/commitments/records", ({ query }) =>
      list(query.get("filter")?.includes("updated >=") ? live.missed : live.shared),
    ),
    on("PATCH", /^\/api\/collections\/commitments\/records\//, ({ path, body }) => {
      const held = live.shared.find((c) => path.endsWith(`/${c.id}`)) ?? first;
      const { expand: _names, ...bare } = held;
      return json(200, { ...bare, ...body, updated: later });
    }),
    on("GET", "/api/jiannuo/site", () => json(200, { appUrl: live.appUrl, mail: false })),
  ).requests;
}

type Listener = (data: unknown) => void;
let listeners: Map<string, Listener>;

/** Replaces the SSE connection: each subscription's listener is kept under its topic. */
export function stubRealtime() {
  listeners = new Map();
  vi.spyOn(trainerPb.realtime, "subscribe").mockImplementation(async (topic: string, callback: Listener) => {
    listeners.set(topic, callback);
    return async () => {};
  });
  vi.spyOn(trainerPb.realtime, "unsubscribe").mockResolvedValue();
}

export function emit(topic: string, data: unknown) {
  const listener = listeners.get(topic);
  if (!listener) throw new Error(`nobody listens to ${topic}`);
  act(() => listener(data));
}

export function renderWall(locale: Locale = "zh-CN") {
  return render(
    <LiveWall
      strings={pickMessages(locale, ISLAND_KEYS.wall)}
      moduleTitles={moduleTitles}
      signInHref="/trainer/"
      wallPath="/trainer/wall/"
    />,
  );
}

export const cardIds = () =>
  [...document.querySelectorAll("[data-wall-card]")].map((e) => e.getAttribute("data-wall-card"));
export const listedIds = () =>
  [...document.querySelectorAll("[data-moderate-card]")].map((e) => e.getAttribute("data-moderate-card"));
export const countOf = (module: string) =>
  document.querySelector(`[data-wall-count="${module}"]`)?.getAttribute("data-count");
export const button = (selector: string) => document.querySelector<HTMLButtonElement>(selector) as HTMLButtonElement;
export const patches = (calls: SentRequest[]) => calls.filter((c) => c.method === "PATCH").map((c) => c.body);

/** Opens the projected wall (or, with `controls`, the controls view) once it has loaded and connected. */
export async function openWall(view: "wall" | "controls" = "wall"): Promise<SentRequest[]> {
  if (view === "controls") window.history.replaceState(null, "", `/trainer/wall/?cohort=${COHORT}&controls`);
  const calls = stubServer();
  renderWall();
  const root = view === "controls" ? "[data-wall-control-room]" : "[data-wall]";
  await waitFor(() =>
    expect(document.querySelector(`${root}[data-cohort="${COHORT}"][data-phase="ready"]`)).not.toBeNull(),
  );
  emit("PB_CONNECT", { clientId: "client1" });
  return calls;
}

/** `n` shared commitments, one a minute from 09:00, by n different people. */
export function room40(n: number): WallCommitment[] {
  return Array.from({ length: n }, (_, i) => {
    const minute = String(i).padStart(2, "0");
    return commitment(`commitment${String(i).padStart(5, "0")}`, {
      action: `第 ${i + 1} 条承诺`,
      created: `2026-11-24 09:${minute}:00.000Z`,
      updated: `2026-11-24 09:${minute}:00.000Z`,
    });
  }).reverse();
}

/** Every test's start: the demo room with two shared cards, the trainer signed in, realtime stubbed. */
export function resetLiveWall() {
  live.room = {
    name: "演示班",
    joinCode: "AB3K7Q",
    locale: "zh-CN",
    archived: false,
    showNamesOnWall: true,
    wallHidden: false,
    wallView: "cards",
    wallLayout: "fit",
    wallPage: 0,
    updated: "2026-11-24 08:00:00.000Z",
  };
  live.shared = [second, first];
  live.missed = [];
  live.appUrl = "http://192.0.2.50:8090";
  window.history.replaceState(null, "", `/trainer/wall/?cohort=${COHORT}`);
  signInTrainer();
  stubRealtime();
}
