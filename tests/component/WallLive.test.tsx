// The live wall in jsdom: fetch answers in PocketBase's shape, and the realtime layer is replaced by a
// stub that hands out the wall's listeners, so tests push events, drops and reconnects by hand. The
// rules behind these requests and real events are tested against a server in tests/integration; the
// layout at projector size (cards sized to fit, nothing overflowing) in the real browser (tests/e2e/wall.test.ts).
// Two views: the projected wall (`?cohort=`), and the trainer's controls view (`?cohort=&controls`).
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import LiveWall from "../../src/islands/trainer/wall/LiveWall";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { trainerPb } from "../../src/lib/pocketbase";
import { qrMatrix, qrSvgPath } from "../../src/lib/qr";
import type { WallCommitment } from "../../src/lib/wall";
import { ROTATE_SECONDS } from "../../src/lib/wall-pages";
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
  joinCode: string;
  locale: "zh-CN" | "en";
  archived: boolean;
  showNamesOnWall: boolean;
  wallHidden: boolean;
  wallView: "cards" | "themes" | "";
  wallLayout: "fit" | "pages" | "rotate" | "";
  wallPage: number;
  updated: string;
}
let room: Room;
let shared: WallCommitment[];
let missed: WallCommitment[];
/** What GET /api/jiannuo/site says is the server's public address. */
let appUrl: string;

/** A server holding `room` and `shared`; PATCH echoes the change with a later `updated`. */
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
      list(query.get("filter")?.includes("updated >=") ? missed : shared),
    ),
    on("PATCH", /^\/api\/collections\/commitments\/records\//, ({ path, body }) => {
      const held = shared.find((c) => path.endsWith(`/${c.id}`)) ?? first;
      const { expand: _names, ...bare } = held;
      return json(200, { ...bare, ...body, updated: later });
    }),
    on("GET", "/api/jiannuo/site", () => json(200, { appUrl, mail: false })),
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
    <LiveWall
      strings={pickMessages(locale, ISLAND_KEYS.wall)}
      moduleTitles={moduleTitles}
      signInHref="/trainer/"
      wallPath="/trainer/wall/"
    />,
  );
}

const cardIds = () => [...document.querySelectorAll("[data-wall-card]")].map((e) => e.getAttribute("data-wall-card"));
const listedIds = () =>
  [...document.querySelectorAll("[data-moderate-card]")].map((e) => e.getAttribute("data-moderate-card"));
const countOf = (module: string) => document.querySelector(`[data-wall-count="${module}"]`)?.getAttribute("data-count");
const button = (selector: string) => document.querySelector<HTMLButtonElement>(selector) as HTMLButtonElement;
const patches = (calls: SentRequest[]) => calls.filter((c) => c.method === "PATCH").map((c) => c.body);

/** Opens the projected wall (or, with `controls`, the controls view) once it has loaded and connected. */
async function openWall(view: "wall" | "controls" = "wall"): Promise<SentRequest[]> {
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
function room40(n: number): WallCommitment[] {
  return Array.from({ length: n }, (_, i) => {
    const minute = String(i).padStart(2, "0");
    return commitment(`commitment${String(i).padStart(5, "0")}`, {
      action: `第 ${i + 1} 条承诺`,
      created: `2026-11-24 09:${minute}:00.000Z`,
      updated: `2026-11-24 09:${minute}:00.000Z`,
    });
  }).reverse();
}

beforeEach(() => {
  room = {
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
  shared = [second, first];
  missed = [];
  appUrl = "http://192.0.2.50:8090";
  window.history.replaceState(null, "", `/trainer/wall/?cohort=${COHORT}`);
  signInTrainer();
  stubRealtime();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the projected wall", () => {
  it("shows the cohort's shared commitments newest first, with names, counts and a live indicator", async () => {
    const calls = stubServer();
    renderWall();
    await waitFor(() => expect(cardIds()).toEqual([second.id, first.id]));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("演示班 · 承诺墙");
    expect(screen.getByRole("list", { name: "大家的承诺，最新的在前" })).toBeTruthy();
    const card = document.querySelector<HTMLElement>(`[data-wall-card="${second.id}"]`);
    expect(card?.textContent).toContain("每天早会上分享一个客户好评");
    expect(card?.textContent).toContain("时机：每天早会");
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

  it("marks the newest card, and the next one to arrive takes the mark", async () => {
    await openWall();
    const newest = () =>
      [...document.querySelectorAll("[data-wall-card][data-newest]")].map((e) => e.getAttribute("data-wall-card"));
    expect(newest()).toEqual([second.id]);
    expect(document.querySelector(`[data-wall-card="${second.id}"]`)?.textContent).toContain("最新");
    emit("commitments/*", {
      action: "create",
      record: commitment("commitment00003", {
        created: "2026-11-24 09:05:00.000Z",
        updated: "2026-11-24 09:05:00.000Z",
      }),
    });
    expect(newest()).toEqual(["commitment00003"]);
    expect(document.querySelector('[data-wall-card="commitment00003"]')?.className).toContain("wall-card-new");
  });

  it("draws no trainer controls, only a link that opens them in a new tab", async () => {
    await openWall();
    expect(document.querySelector("[data-wall-controls]")).toBeNull();
    expect(document.querySelectorAll("[data-wall] button")).toHaveLength(0);
    expect(document.querySelector("[data-wall] [data-gap]")).toBeNull(); // the coach is the trainer's only
    const link = screen.getByRole("link", { name: /培训师控制/ });
    expect(link.getAttribute("href")).toBe(`/trainer/wall/?cohort=${COHORT}&controls`);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
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

  it("follows a change made on the trainer's device: hidden behind the number received", async () => {
    await openWall();
    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...room, wallHidden: true, updated: "2026-11-24 09:30:00.000Z" },
    });
    expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 2 条承诺");
    expect(cardIds()).toEqual([]);
  });
});

describe("a room of many", () => {
  it("fits every card of 40 on one screen by default", async () => {
    shared = room40(40);
    await openWall();
    expect(cardIds()).toEqual(shared.map((c) => c.id));
    const grid = document.querySelector("ol.wall-cards");
    expect([grid?.getAttribute("data-columns"), grid?.getAttribute("data-rows")]).toEqual(["8", "5"]);
    expect(document.querySelector("[data-wall-page]")).toBeNull();
  });

  it("shows the trainer's page of 40, follows a turn from the controls, and turns on a clicker's key", async () => {
    shared = room40(40);
    room.wallLayout = "pages";
    const calls = await openWall();
    const pageOf = () => document.querySelector("[data-wall-page]");
    expect(cardIds()).toEqual(shared.slice(0, 14).map((c) => c.id));
    expect(pageOf()?.textContent).toBe("第 1 / 3 页");

    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...room, wallPage: 2, updated: "2026-11-24 09:30:00.000Z" },
    });
    expect(cardIds()).toEqual(shared.slice(27).map((c) => c.id));
    expect(pageOf()?.textContent).toBe("第 3 / 3 页");

    fireEvent.keyDown(window, { key: "PageUp" });
    expect(cardIds()).toEqual(shared.slice(14, 27).map((c) => c.id));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }]));
    fireEvent.keyDown(window, { key: "Home" });
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }, { wallPage: 0 }]));
    expect(pageOf()?.textContent).toBe("第 1 / 3 页");
  });

  it("leaves the clicker's keys alone while the room sees no pages (covered, or themes)", async () => {
    shared = room40(40);
    room.wallLayout = "pages";
    room.wallHidden = true;
    const calls = await openWall();
    fireEvent.keyDown(window, { key: "PageDown" });
    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...room, wallHidden: false, updated: "2026-11-24 09:30:00.000Z" },
    });
    fireEvent.keyDown(window, { key: "PageDown" });
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }]));
  });

  it("turns the pages by the clock when they rotate, the same page on every device", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(ROTATE_SECONDS * 1000 * 7 + 500); // the clock's page 7 % 3 = 1
    shared = room40(40);
    room.wallLayout = "rotate";
    await openWall();
    const page = document.querySelector("[data-wall-page]");
    expect(page?.getAttribute("data-turns")).toBe("auto");
    expect(page?.textContent).toBe("第 2 / 3 页");
    expect(cardIds()).toEqual(shared.slice(14, 27).map((c) => c.id));
  });

  it("rotates through screens of up to 48 when even fitting cannot hold the room (200)", async () => {
    shared = room40(60).concat(room40(60).map((c, i) => ({ ...c, id: `commitmentx${String(i).padStart(4, "0")}` })));
    await openWall();
    expect(document.querySelector("[data-wall-page]")?.getAttribute("data-wall-pages")).toBe("3");
    expect(cardIds()).toHaveLength(40);
  });
});

describe("the empty wall", () => {
  it("shows the join QR code, code and address on the server's public address", async () => {
    shared = [];
    await openWall();
    const link = "http://192.0.2.50:8090/join/?code=AB3K7Q";
    const svg = await waitFor(() => document.querySelector("[data-wall-empty] svg[data-qr]") as SVGElement);
    expect(svg.getAttribute("data-qr")).toBe(link);
    expect(svg.querySelector("path")?.getAttribute("d")).toBe(qrSvgPath(qrMatrix(link)));
    expect(document.querySelector("[data-join-code]")?.textContent).toBe("AB3K7Q");
    expect(document.querySelector("[data-join-address]")?.textContent).toBe("192.0.2.50:8090/join");
    expect(screen.getByText("还没有人分享承诺")).toBeTruthy();
    expect(document.querySelector("[data-address-warning]")).toBeNull();

    emit("commitments/*", { action: "create", record: first });
    expect(cardIds()).toEqual([first.id]);
    expect(document.querySelector("[data-wall-empty]")).toBeNull();
  });

  it("warns when phones could not open that address", async () => {
    shared = [];
    appUrl = "http://127.0.0.1:8090";
    await openWall();
    const warning = await screen.findByRole("alert");
    expect(warning.textContent).toContain("大家的手机打不开这个地址");
    expect(warning.textContent).toContain("127.0.0.1:8090/join 只有这台电脑自己能打开");
    expect(warning.querySelector("code")?.textContent).toBe("npm start -- --lan");
  });

  it("offers no QR code for an archived cohort", async () => {
    shared = [];
    room.archived = true;
    await openWall();
    expect(document.querySelector("[data-wall-empty]")?.textContent).toContain("已归档");
    expect(document.querySelector("svg[data-qr]")).toBeNull();
  });
});

describe("the theme view", () => {
  it("shows the words two people share, sized by how many", async () => {
    room.wallView = "themes";
    await openWall();
    const top = document.querySelector("[data-theme-word]");
    expect(top?.getAttribute("data-theme-word")).toBe("客户");
    expect(top?.getAttribute("data-count")).toBe("2");
    expect(top?.getAttribute("title")).toBe("2 人写到");
    expect(cardIds()).toEqual([]);
  });

  it("says so until two people share a word, and counts a person once", async () => {
    room.wallView = "themes";
    shared = [second, { ...first, participant: second.participant }];
    await openWall();
    expect(document.querySelector("[data-theme-word]")).toBeNull();
    expect(document.querySelector("[data-themes-empty]")?.textContent).toContain("还没有两个人写到同一个词");
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

describe("the controls view on the trainer's device", () => {
  it("hides the wall behind the number received, and reveals it", async () => {
    const calls = await openWall("controls");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("演示班 · 承诺墙控制");
    expect(screen.getByRole("link", { name: "打开投影视图" }).getAttribute("href")).toBe(
      `/trainer/wall/?cohort=${COHORT}`,
    );
    fireEvent.click(screen.getByRole("button", { name: "隐藏墙面" }));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallHidden: true }]));
    expect(document.querySelector("[data-room]")?.getAttribute("data-room")).toBe("hidden");
    // The trainer's list keeps showing every card while the room sees the number only.
    expect(listedIds()).toEqual([second.id, first.id]);
    fireEvent.click(button("button[data-wall-toggle]"));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallHidden: true }, { wallHidden: false }]));
    expect(screen.getByRole("button", { name: "隐藏墙面" })).toBeTruthy();
  });

  it("switches between cards and themes", async () => {
    const calls = await openWall("controls");
    fireEvent.click(button('button[data-wall-view="themes"]'));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallView: "themes" }]));
    expect(button('button[data-wall-view="themes"]').getAttribute("aria-pressed")).toBe("true");
  });

  it("chooses the layout, and turns the pages the projector shows", async () => {
    shared = room40(40);
    const calls = await openWall("controls");
    expect(document.querySelector('[aria-labelledby="wall-control-pages"]')?.textContent).toContain(
      "40 张卡片都在一屏上",
    );
    fireEvent.click(button('button[data-wall-layout="pages"]'));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallLayout: "pages", wallPage: 0 }]));
    expect(button('button[data-wall-layout="pages"]').getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector("[data-wall-pages]")?.textContent).toBe("投影现在显示第 1 / 3 页。");
    expect(button('button[data-wall-turn="previous"]').disabled).toBe(true);

    fireEvent.click(button('button[data-wall-turn="next"]'));
    fireEvent.click(button('button[data-wall-turn="next"]'));
    // Each press shows at once, and the saves go out one after the other, in order.
    expect(document.querySelector("[data-wall-pages]")?.textContent).toBe("投影现在显示第 3 / 3 页。");
    expect(button('button[data-wall-turn="next"]').disabled).toBe(true);
    await waitFor(() => expect(patches(calls).slice(1)).toEqual([{ wallPage: 1 }, { wallPage: 2 }]));

    fireEvent.click(button('button[data-wall-layout="rotate"]'));
    await waitFor(() =>
      expect(document.querySelector("[data-wall-pages]")?.textContent).toBe("共 3 页，每 20 秒自动翻页。"),
    );
  });

  it("puts a refused change back and says it could not be saved", async () => {
    await openWall("controls");
    const refusing = fakePocketBase(
      on("PATCH", `/api/collections/cohorts/records/${COHORT}`, () =>
        json(400, { status: 400, message: "", data: {} }),
      ),
    );
    fireEvent.click(button('button[data-wall-layout="rotate"]'));
    expect(button('button[data-wall-layout="rotate"]').getAttribute("aria-pressed")).toBe("true");
    expect(await screen.findByText("没能保存，请检查网络后再试。")).toBeTruthy();
    expect(button('button[data-wall-layout="fit"]').getAttribute("aria-pressed")).toBe("true");
    expect(patches(refusing.requests)).toEqual([{ wallLayout: "rotate", wallPage: 0 }]);
  });

  it("moderates: hides one card from the room and shows it again", async () => {
    const calls = await openWall("controls");
    fireEvent.click(button(`button[data-hide-card="${first.id}"]`));
    await waitFor(() => expect(document.querySelector(`button[data-show-card="${first.id}"]`)).not.toBeNull());
    const patch = calls.find((c) => c.method === "PATCH");
    expect(patch?.path).toBe(`/api/collections/commitments/records/${first.id}`);
    expect(patch?.body).toEqual({ hidden: true });
    const hiddenCard = document.querySelector<HTMLElement>(`[data-moderate-card="${first.id}"]`) as HTMLElement;
    expect(within(hiddenCard).getByText("已隐藏")).toBeTruthy();
    expect(hiddenCard.textContent).toContain("赵敏");

    fireEvent.click(button(`button[data-show-card="${first.id}"]`));
    await waitFor(() => expect(document.querySelector(`button[data-hide-card="${first.id}"]`)).not.toBeNull());
  });

  it("shows what the coach found in each card, with names even when the room does not see them", async () => {
    room.showNamesOnWall = false;
    const vague = commitment("commitment00009", {
      action: "我会更好地服务客户",
      trigger: "",
      measure: "",
      created: "2026-11-24 09:09:00.000Z",
      expand: { participant: { name: "孙丽" } },
    });
    shared = [vague, second, first];
    await openWall("controls");
    const card = document.querySelector<HTMLElement>('[data-moderate-card="commitment00009"]') as HTMLElement;
    expect(card.getAttribute("data-gaps")).toBe("vague no-moment no-measure");
    expect([...card.querySelectorAll("[data-gap]")].map((e) => e.textContent)).toEqual([
      "说法含糊：“更好”",
      "没写什么时候做",
      "没写怎样算做到",
    ]);
    expect(card.textContent).toContain("孙丽");
    const good = document.querySelector<HTMLElement>(`[data-moderate-card="${second.id}"]`) as HTMLElement;
    expect(good.textContent).toContain("怎样算做到：每天记下 5 次复述");
    expect(good.textContent).toContain("教练没发现问题");
    expect(document.querySelector('[data-gap-count="vague"]')?.getAttribute("data-count")).toBe("1");
    expect(document.querySelector('[data-gap-count="no-measure"]')?.getAttribute("data-count")).toBe("1");

    fireEvent.click(screen.getByRole("checkbox", { name: "只看需要辅导的" }));
    expect(listedIds()).toEqual(["commitment00009"]);
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
