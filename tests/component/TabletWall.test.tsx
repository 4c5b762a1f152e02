// The wall on a participant's tablet in jsdom: its first load (the room, then the cards under their
// rules), the cohort's broadcast topic, cards arriving and leaving, the covered wall's count, a reveal
// that loads the cards again, and a device with no session. What the server sends to whom is tested
// against a real PocketBase (tests/integration/wall-broadcast.test.ts); the page in a real browser in
// tests/e2e/tablet-wall.test.ts.
import { render, screen, waitFor } from "@testing-library/react";
import { act } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import TabletWall from "../../src/islands/wall/TabletWall";
import { pb } from "../../src/lib/pocketbase";
import type { TabletCard } from "../../src/lib/wall";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, json, list, on, unexpected } from "../support/fake-pocketbase";
import { demoCohort, participantRecord, participantSession } from "../support/records";

const TOPIC = `jiannuo_wall/${demoCohort.id}`;
const moduleTitles = { eoac: "EOAC 反馈：让表扬和建议都具体", "action-commitment": "行动承诺：从课堂到岗位" };

function tabletCard(id: string, fields: Partial<TabletCard> = {}): TabletCard {
  return {
    id,
    cohort: demoCohort.id,
    module: "eoac",
    action: `承诺 ${id}`,
    trigger: "每天早会",
    name: "钱磊",
    posted: "2026-11-24 09:00:00.000Z",
    updated: "2026-11-24 09:00:00.000Z",
    ...fields,
  };
}

const server = {
  room: { name: "演示班", wallHidden: false, showNamesOnWall: true },
  count: null as number | null,
  cards: [] as TabletCard[],
};
let listeners: Map<string, (data: unknown) => void>;

function startServer() {
  return fakePocketBase(
    on("GET", "/api/jiannuo/wall", () =>
      json(200, { cohort: demoCohort.id, room: server.room, count: server.room.wallHidden ? server.count : null }),
    ),
    on("GET", "/api/collections/wall_cards/records", () => list(server.room.wallHidden ? [] : server.cards)),
    unexpected,
  );
}

const cardIds = () => [...document.querySelectorAll("[data-wall-card]")].map((e) => e.getAttribute("data-wall-card"));
const say = (data: unknown) => act(() => listeners.get(TOPIC)!(data));

function renderTablet() {
  return render(
    <TabletWall strings={pickMessages("zh-CN", ISLAND_KEYS.wall)} moduleTitles={moduleTitles} joinHref="/join/" />,
  );
}

useFreshDevice();
beforeEach(() => {
  server.room = { name: "演示班", wallHidden: false, showNamesOnWall: true };
  server.count = null;
  server.cards = [
    tabletCard("card00000000002", { action: "每天早会上分享一个客户好评", posted: "2026-11-24 09:05:00.000Z" }),
    tabletCard("card00000000001", { name: "赵敏" }),
  ];
  listeners = new Map();
  vi.spyOn(pb.realtime, "subscribe").mockImplementation(async (topic: string, callback) => {
    listeners.set(topic, callback as (data: unknown) => void);
    return async () => {};
  });
  vi.spyOn(pb.realtime, "unsubscribe").mockResolvedValue();
});

describe("the wall on a participant's tablet", () => {
  it("shows the cohort's cards newest first with names, follows the cohort's topic, and has no controls", async () => {
    $session.set(participantSession(participantRecord({ id: "participant0001" })));
    const fake = startServer();
    renderTablet();
    await waitFor(() => expect(cardIds()).toEqual(["card00000000002", "card00000000001"]));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("演示班 · 承诺墙");
    expect(document.querySelector('[data-wall-card="card00000000001"]')?.textContent).toContain("赵敏");
    expect(document.querySelectorAll("[data-tablet-wall] button, [data-tablet-wall] a")).toHaveLength(0);
    expect(pb.realtime.subscribe).toHaveBeenCalledWith(TOPIC, expect.any(Function));
    const listed = fake.sent("GET", "/api/collections/wall_cards/records")[0]!;
    expect(listed.query.get("fields")).toBe("id,cohort,module,action,trigger,name,posted,updated");
    expect(listed.authorization).toBe($session.get()!.token);

    say({ action: "create", record: tabletCard("card00000000003", { posted: "2026-11-24 09:10:00.000Z" }) });
    expect(cardIds()).toEqual(["card00000000003", "card00000000002", "card00000000001"]);
    say({ action: "delete", record: { id: "card00000000002" } });
    expect(cardIds()).toEqual(["card00000000003", "card00000000001"]);
    // Unhidden by the trainer: the same card comes back.
    say({ action: "create", record: tabletCard("card00000000002", { updated: "2026-11-24 09:20:00.000Z" }) });
    expect(cardIds()).toContain("card00000000002");
  });

  it("while covered shows only the count; the reveal loads the cards again", async () => {
    $session.set(participantSession(participantRecord({ id: "participant0001" })));
    const fake = startServer();
    renderTablet();
    await waitFor(() => expect(cardIds()).toHaveLength(2));

    server.room = { ...server.room, wallHidden: true };
    say({ action: "room", room: server.room, count: 2 });
    expect(cardIds()).toEqual([]);
    expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 2 条承诺");
    say({ action: "covered", count: 3 });
    expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 3 条承诺");

    server.room = { ...server.room, wallHidden: false };
    server.cards = [tabletCard("card00000000009", { posted: "2026-11-24 09:30:00.000Z" }), ...server.cards];
    say({ action: "room", room: server.room, count: null });
    await waitFor(() => expect(cardIds()).toEqual(["card00000000009", "card00000000002", "card00000000001"]));
    expect(fake.sent("GET", "/api/collections/wall_cards/records")).toHaveLength(2);
  });

  it("after a dropped connection loads the whole wall again: a card hidden meanwhile leaves", async () => {
    $session.set(participantSession(participantRecord({ id: "participant0001" })));
    const fake = startServer();
    renderTablet();
    await waitFor(() => expect(cardIds()).toHaveLength(2));
    act(() => listeners.get("PB_CONNECT")!({ clientId: "client1" }));
    await waitFor(() => expect(fake.sent("GET", "/api/collections/wall_cards/records")).toHaveLength(2));

    // Offline: the trainer hid the older card and someone shared a new one; the SDK connects again.
    server.cards = [tabletCard("card00000000007", { posted: "2026-11-24 09:20:00.000Z" }), server.cards[0]!];
    act(() => listeners.get("PB_CONNECT")!({ clientId: "client2" }));
    await waitFor(() => expect(cardIds()).toEqual(["card00000000007", "card00000000002"]));
    expect(document.querySelector("[data-connection]")?.getAttribute("data-connection")).toBe("connected");
  });

  it("on a device with no session, asks to join with a code", async () => {
    startServer();
    renderTablet();
    const link = await screen.findByRole("link", { name: "用加入码加入" });
    expect(link.getAttribute("href")).toBe("/join/");
    expect(pb.realtime.subscribe).not.toHaveBeenCalled();
  });
});
