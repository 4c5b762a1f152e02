// Buddies and the progress board on /me/ in jsdom, with fetch answering as the server's routes do (who
// may see what is tested against a real server in tests/integration/access-matrix-buddies.test.ts).
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import type { MyBoard, MyBuddies } from "../../src/islands/me/buddies";
import MyPage from "../../src/islands/me/MyPage";
import { $outbox } from "../../src/stores/outbox";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, json, list, on } from "../support/fake-pocketbase";
import { participantRecord, participantSession } from "../support/records";

const me = participantRecord({ id: "participant0001" });
const ROUTE = "/api/jiannuo/me/buddies";
const BOARD = "/api/jiannuo/me/board";

const waiting: MyBuddies = {
  paired: true,
  consented: false,
  members: [{ name: "王芳", consented: true }],
  partners: [],
  received: [],
};
const paired: MyBuddies = {
  ...waiting,
  consented: true,
  partners: [
    {
      id: "participant0002",
      name: "王芳",
      commitments: [
        {
          id: "commitment00009",
          module: "eoac",
          action: "每天复述客户的问题",
          status: "in_progress",
          lastCheckinAt: "",
        },
      ],
    },
  ],
  received: [{ id: "encourage000001", name: "王芳", words: "你可以的", created: "2026-12-01 08:00:00.000Z" }],
};
const boardOff: MyBoard = { on: false, optedIn: false, people: [] };

function server(buddies: MyBuddies, board: MyBoard = boardOff) {
  return fakePocketBase(
    on("GET", "/api/collections/commitments/records", () => list([])),
    on("GET", ROUTE, () => json(200, buddies)),
    on("POST", `${ROUTE}/consent`, ({ body }) =>
      json(200, body.agree ? paired : { ...paired, consented: false, partners: [] }),
    ),
    on("POST", `${ROUTE}/encourage`, () => json(200, { saved: true })),
    on("POST", `${ROUTE}/observe`, () => json(200, { saved: true })),
    on("GET", BOARD, () => json(200, board)),
    on("POST", BOARD, ({ body }) =>
      json(200, {
        on: true,
        optedIn: body.optIn,
        people: body.optIn ? [{ name: "赵敏", lastCheckinAt: "", statuses: [{ status: "done", count: 2 }] }] : [],
      }),
    ),
  );
}

function renderMe() {
  return render(
    <MyPage
      locale="zh-CN"
      strings={pickMessages("zh-CN", ISLAND_KEYS.me)}
      moduleTitles={{ eoac: "给出有效反馈" }}
      links={{ join: "/join/", signin: "/signin/", course: "/#course-heading", home: "/" }}
    />,
  );
}

const section = () =>
  waitFor(() => document.querySelector<HTMLElement>("[data-buddies]") ?? Promise.reject(new Error("not yet")));

useFreshDevice();

beforeEach(() => {
  $outbox.set([]);
  $session.set(participantSession(me));
});

describe("a buddy on /me/", () => {
  it("asks in plain words before sharing, naming the buddy, and agrees with one tap", async () => {
    const fake = server(waiting);
    renderMe();
    const buddies = await section();
    expect(buddies.textContent).toContain("看不到你写的备注");
    expect(buddies.textContent).toContain("只给培训师看");
    fireEvent.click(within(buddies).getByRole("button", { name: "同意和王芳分享" }));
    await waitFor(() => expect(fake.sent("POST", `${ROUTE}/consent`).map((r) => r.body)).toEqual([{ agree: true }]));
    await waitFor(() => expect(buddies.querySelector("[data-buddy-commitment=commitment00009]")).not.toBeNull());
  });

  it("shows the partner's commitment with its status, and encourages with words in one request", async () => {
    const fake = server(paired);
    renderMe();
    const buddies = await section();
    await waitFor(() => expect(buddies.textContent).toContain("每天复述客户的问题"));
    expect(buddies.textContent).toContain("还没有打卡");
    expect(buddies.querySelector("[data-buddy-commitment=commitment00009]")?.textContent).toContain("进行中");
    expect(buddies.querySelector("[data-buddy-received]")?.textContent).toContain("你可以的");
    fireEvent.change(within(buddies).getByLabelText(/想说的话/), { target: { value: "加油！" } });
    fireEvent.click(within(buddies).getByRole("button", { name: "给王芳加油" }));
    await waitFor(() => expect(buddies.querySelector("[data-buddy-sent]")).not.toBeNull());
    const [sent] = fake.sent("POST", `${ROUTE}/encourage`);
    expect(sent!.body).toMatchObject({ to: "participant0002", words: "加油！" });
    expect(sent!.body.id).toMatch(/^[a-z0-9]{15}$/);
  });

  it("taps 看到了 for one commitment, and withdraws with one tap", async () => {
    const fake = server(paired);
    renderMe();
    const buddies = await section();
    fireEvent.click(await within(buddies).findByRole("button", { name: "看到了" }));
    await waitFor(() => expect(buddies.textContent).toContain("已记下：你看到了。"));
    expect(fake.sent("POST", `${ROUTE}/observe`)[0]!.body).toMatchObject({ commitment: "commitment00009" });
    fireEvent.click(within(buddies).getByRole("button", { name: "退出伙伴" }));
    await waitFor(() => expect(buddies.textContent).not.toContain("每天复述客户的问题"));
    expect(fake.sent("POST", `${ROUTE}/consent`).map((r) => r.body)).toEqual([{ agree: false }]);
  });
});

describe("choosing one's buddy on /me/", () => {
  it("shows the plain words first, looks, and chooses one of those looking", async () => {
    const lonely: MyBuddies = {
      paired: false,
      consented: false,
      members: [],
      partners: [],
      received: [],
      choice: { on: true, looking: false, wish: "", people: [] },
    };
    const looking = { on: true, looking: true, wish: "", people: [{ id: "participant0003", name: "陈静" }] };
    const fake = fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", ROUTE, () => json(200, lonely)),
      on("GET", BOARD, () => json(200, boardOff)),
      on("POST", `${ROUTE}/choose`, ({ body }) => json(200, { ...looking, wish: body.wish })),
    );
    renderMe();
    const choice = await waitFor(
      () => document.querySelector<HTMLElement>("[data-buddy-choice]") ?? Promise.reject(new Error("not yet")),
    );
    expect(choice.textContent).toContain("看不到你写的备注");
    fireEvent.click(within(choice).getByRole("button", { name: "我想找伙伴" }));
    fireEvent.click(await within(choice).findByRole("button", { name: "选陈静做伙伴" }));
    await waitFor(() => expect(choice.textContent).toContain("你选了陈静。"));
    expect(fake.sent("POST", `${ROUTE}/choose`).map((r) => r.body)).toEqual([
      { looking: true, wish: "" },
      { looking: true, wish: "participant0003" },
    ]);
  });
});

describe("the progress board on /me/", () => {
  it("is absent while the trainer has not switched it on", async () => {
    server(paired, boardOff);
    renderMe();
    await section();
    expect(document.querySelector("[data-board]")).toBeNull();
  });

  it("when on, says what others see, and joins with one tap", async () => {
    const fake = server(paired, { on: true, optedIn: false, people: [] });
    renderMe();
    const board = await waitFor(
      () => document.querySelector<HTMLElement>("[data-board]") ?? Promise.reject(new Error("not yet")),
    );
    expect(board.textContent).toContain("看不到承诺内容和备注");
    fireEvent.click(within(board).getByRole("button", { name: "加入进度榜" }));
    await waitFor(() => expect(board.querySelector("[data-board-person]")?.textContent).toContain("赵敏"));
    expect(fake.sent("POST", BOARD).map((r) => r.body)).toEqual([{ optIn: true }]);
  });
});
