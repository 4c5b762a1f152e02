// The projected wall in jsdom (tests/support/live-wall.tsx): cards newest first, the newest marked, no
// controls, pages of a big room, the empty wall's join QR code, the themes, and what a dropped
// connection missed. The layout at projector size (cards sized to fit, nothing overflowing) is tested in
// the real browser (tests/e2e/wall.test.ts); the rules behind the requests against a real server.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trainerPb } from "../../src/lib/pocketbase";
import { qrMatrix, qrSvgPath } from "../../src/lib/qr";
import { ROTATE_SECONDS } from "../../src/lib/wall-pages";
import { fakePocketBase } from "../support/fake-pocketbase";
import {
  cardIds,
  COHORT,
  commitment,
  countOf,
  emit,
  first,
  live,
  openWall,
  patches,
  renderWall,
  resetLiveWall,
  room40,
  second,
  stubServer,
} from "../support/live-wall";

beforeEach(resetLiveWall);
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
    live.room.showNamesOnWall = false;
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
      record: { id: COHORT, ...live.room, wallHidden: true, updated: "2026-11-24 09:30:00.000Z" },
    });
    expect(document.querySelector("[data-wall-hidden]")?.textContent).toContain("已收到 2 条承诺");
    expect(cardIds()).toEqual([]);
  });
});

describe("a room of many", () => {
  it("fits every card of 40 on one screen by default", async () => {
    live.shared = room40(40);
    await openWall();
    expect(cardIds()).toEqual(live.shared.map((c) => c.id));
    const grid = document.querySelector("ol.wall-cards");
    expect([grid?.getAttribute("data-columns"), grid?.getAttribute("data-rows")]).toEqual(["8", "5"]);
    expect(document.querySelector("[data-wall-page]")).toBeNull();
  });

  it("shows the trainer's page of 40, follows a turn from the controls, and turns on a clicker's key", async () => {
    live.shared = room40(40);
    live.room.wallLayout = "pages";
    const calls = await openWall();
    const pageOf = () => document.querySelector("[data-wall-page]");
    expect(cardIds()).toEqual(live.shared.slice(0, 14).map((c) => c.id));
    expect(pageOf()?.textContent).toBe("第 1 / 3 页");

    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...live.room, wallPage: 2, updated: "2026-11-24 09:30:00.000Z" },
    });
    expect(cardIds()).toEqual(live.shared.slice(27).map((c) => c.id));
    expect(pageOf()?.textContent).toBe("第 3 / 3 页");

    fireEvent.keyDown(window, { key: "PageUp" });
    expect(cardIds()).toEqual(live.shared.slice(14, 27).map((c) => c.id));
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }]));
    fireEvent.keyDown(window, { key: "Home" });
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }, { wallPage: 0 }]));
    expect(pageOf()?.textContent).toBe("第 1 / 3 页");
  });

  it("leaves the clicker's keys alone while the room sees no pages (covered, or themes)", async () => {
    live.shared = room40(40);
    live.room.wallLayout = "pages";
    live.room.wallHidden = true;
    const calls = await openWall();
    fireEvent.keyDown(window, { key: "PageDown" });
    emit(`cohorts/${COHORT}`, {
      action: "update",
      record: { id: COHORT, ...live.room, wallHidden: false, updated: "2026-11-24 09:30:00.000Z" },
    });
    fireEvent.keyDown(window, { key: "PageDown" });
    await waitFor(() => expect(patches(calls)).toEqual([{ wallPage: 1 }]));
  });

  it("turns the pages by the clock when they rotate, the same page on every device", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(ROTATE_SECONDS * 1000 * 7 + 500); // the clock's page 7 % 3 = 1
    live.shared = room40(40);
    live.room.wallLayout = "rotate";
    await openWall();
    const page = document.querySelector("[data-wall-page]");
    expect(page?.getAttribute("data-turns")).toBe("auto");
    expect(page?.textContent).toBe("第 2 / 3 页");
    expect(cardIds()).toEqual(live.shared.slice(14, 27).map((c) => c.id));
  });

  it("rotates through screens of up to 48 when even fitting cannot hold the room (200)", async () => {
    live.shared = room40(60).concat(
      room40(60).map((c, i) => ({ ...c, id: `commitmentx${String(i).padStart(4, "0")}` })),
    );
    await openWall();
    expect(document.querySelector("[data-wall-page]")?.getAttribute("data-wall-pages")).toBe("3");
    expect(cardIds()).toHaveLength(40);
  });
});

describe("the empty wall", () => {
  it("shows the join QR code, code and address on the server's public address", async () => {
    live.shared = [];
    await openWall();
    const link = "http://192.0.2.50:8090/join/?code=AB3K7Q";
    const svg = await waitFor(() => {
      const drawn = document.querySelector("[data-wall-empty] svg[data-qr]");
      if (!drawn) throw new Error("no QR code drawn yet");
      return drawn;
    });
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
    live.shared = [];
    live.appUrl = "http://127.0.0.1:8090";
    await openWall();
    const warning = await screen.findByRole("alert");
    expect(warning.textContent).toContain("大家的手机打不开这个地址");
    expect(warning.textContent).toContain("127.0.0.1:8090/join 只有这台电脑自己能打开");
    expect(warning.querySelector("code")?.textContent).toBe("npm start -- --lan");
  });

  it("offers no QR code for an archived cohort", async () => {
    live.shared = [];
    live.room.archived = true;
    await openWall();
    expect(document.querySelector("[data-wall-empty]")?.textContent).toContain("已归档");
    expect(document.querySelector("svg[data-qr]")).toBeNull();
  });
});

describe("the theme view", () => {
  it("shows the words two people share, sized by how many", async () => {
    live.room.wallView = "themes";
    await openWall();
    const top = document.querySelector("[data-theme-word]");
    expect(top?.getAttribute("data-theme-word")).toBe("客户");
    expect(top?.getAttribute("data-count")).toBe("2");
    expect(top?.getAttribute("title")).toBe("2 人写到");
    expect(cardIds()).toEqual([]);
  });

  it("says so until two people share a word, and counts a person once", async () => {
    live.room.wallView = "themes";
    live.shared = [second, { ...first, participant: second.participant }];
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

    live.missed = [
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
