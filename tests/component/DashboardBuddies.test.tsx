// The dashboard's buddies section in jsdom, with fetch answering as pocketbase/pb_hooks/lib/buddies.js
// does (and the record API for the cohort's two switches): pairing at random posts once to its route and
// shows the pairs the server made; moving a person posts who and where; each switch saves the cohort's
// field and shows what the server then holds; the words are Chinese, and English for an English trainer.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { textFor } from "../../src/i18n/format";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import type { Locale } from "../../src/i18n/locales";
import { DashboardProvider } from "../../src/islands/trainer/dashboard/dashboard-context";
import { BuddiesSection } from "../../src/islands/trainer/dashboard/buddies/BuddiesSection";
import type { CohortBuddies } from "../../src/islands/trainer/dashboard/buddies/buddies-api";
import { fakePocketBase, json, on, signInTrainer, unexpected } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const BUDDIES = `/api/jiannuo/cohorts/${COHORT}/buddies`;
const RECORD = `/api/collections/cohorts/records/${COHORT}`;
const people = { a: "participant0001", b: "participant0002", c: "participant0003" };

const unpaired: CohortBuddies = {
  pairs: [],
  unpaired: [
    { participant: people.a, name: "赵敏" },
    { participant: people.b, name: "钱进" },
    { participant: people.c, name: "孙丽" },
  ],
  boardOn: false,
  buddyChoice: false,
};
const triad: CohortBuddies = {
  ...unpaired,
  pairs: [
    {
      id: "pair00000000001",
      members: [
        { participant: people.a, name: "赵敏", consented: true },
        { participant: people.b, name: "钱进", consented: false },
        { participant: people.c, name: "孙丽", consented: false },
      ],
    },
  ],
  unpaired: [],
};

function renderSection(locale: Locale = "zh-CN") {
  const text = textFor(pickMessages(locale, ISLAND_KEYS.dashboard));
  return render(
    <DashboardProvider value={{ text, locale, moduleTitles: {} }}>
      <BuddiesSection cohortId={COHORT} />
    </DashboardProvider>,
  );
}

/** The names in each shown pair, in order. */
const shownPairs = () =>
  [...document.querySelectorAll("[data-buddy-pair]")].map((pair) =>
    [...pair.querySelectorAll("[data-buddy-member]")].map((m) => m.textContent!.split(" ·")[0]),
  );

describe("the trainer's buddies", () => {
  it("pairs at random with one POST to the cohort's route and shows the pairs the server made", async () => {
    signInTrainer();
    const server = fakePocketBase(
      on("GET", BUDDIES, () => json(200, unpaired)),
      on("POST", `${BUDDIES}/random`, () => json(200, triad)),
      unexpected,
    );
    renderSection();
    const button = await screen.findByRole("button", { name: "随机配对" });
    expect(screen.getByText("还没有配对。")).toBeTruthy();
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(shownPairs()).toEqual([["赵敏", "钱进", "孙丽"]]));
    expect(server.sent("POST").map((r) => r.path)).toEqual([`${BUDDIES}/random`]);
    const pair = document.querySelector<HTMLElement>("[data-buddy-pair]")!;
    expect(within(pair).getByRole("heading").textContent).toBe("第 1 组");
    expect(pair.querySelector(`[data-buddy-member=${people.a}]`)!.textContent).toContain("已同意");
    expect(pair.querySelector(`[data-buddy-member=${people.b}]`)!.textContent).toContain("未同意");
    // Everyone has a buddy now: nothing left to pair.
    expect(screen.queryByRole("button", { name: "随机配对" })).toBeNull();
  });

  it("moves one person to a new pair: posts who and where, and shows the answer", async () => {
    signInTrainer();
    const moved: CohortBuddies = {
      ...triad,
      pairs: [
        { id: "pair00000000001", members: triad.pairs[0]!.members.slice(0, 2) },
        { id: "pair00000000002", members: [{ participant: people.c, name: "孙丽", consented: false }] },
      ],
    };
    const server = fakePocketBase(
      on("GET", BUDDIES, () => json(200, triad)),
      on("POST", `${BUDDIES}/move`, () => json(200, moved)),
      unexpected,
    );
    renderSection();
    const select = await screen.findByRole<HTMLSelectElement>("combobox", { name: "把孙丽移到" });
    expect([...select.options].map((o) => o.textContent)).toEqual(["第 1 组", "新的一组", "不配对"]);
    await act(async () => fireEvent.change(select, { target: { value: "new" } }));
    await waitFor(() => expect(shownPairs()).toEqual([["赵敏", "钱进"], ["孙丽"]]));
    expect(server.sent("POST").map((r) => [r.path, r.body])).toEqual([
      [`${BUDDIES}/move`, { participant: people.c, pair: "new" }],
    ]);
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "把孙丽移到" }).value).toBe("pair00000000002");
  });

  it("the two switches save the cohort's own field and show what the server then holds", async () => {
    signInTrainer();
    let cohort = { ...triad };
    const server = fakePocketBase(
      on("GET", BUDDIES, () => json(200, cohort)),
      on("PATCH", RECORD, (r) => {
        cohort = { ...cohort, ...r.body };
        return json(200, { id: COHORT, ...r.body });
      }),
      unexpected,
    );
    renderSection();
    const choice = await screen.findByRole<HTMLInputElement>("checkbox", { name: /让学员自己选伙伴/ });
    const board = screen.getByRole<HTMLInputElement>("checkbox", { name: "开启本班进度榜" });
    expect([choice.checked, board.checked]).toEqual([false, false]);

    await act(async () => fireEvent.click(choice));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>("checkbox", { name: /让学员/ }).checked).toBe(true));
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "开启本班进度榜" }).checked).toBe(false);

    await act(async () => fireEvent.click(screen.getByRole("checkbox", { name: "开启本班进度榜" })));
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "开启本班进度榜" }).checked).toBe(true),
    );

    await act(async () => fireEvent.click(screen.getByRole("checkbox", { name: /让学员/ })));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>("checkbox", { name: /让学员/ }).checked).toBe(false));

    expect(server.sent("PATCH").map((r) => [r.path, r.body])).toEqual([
      [RECORD, { buddyChoice: true }],
      [RECORD, { boardOn: true }],
      [RECORD, { buddyChoice: false }],
    ]);
    // Each change is shown as reloaded from the server, not as merely clicked.
    expect(server.sent("GET", BUDDIES)).toHaveLength(4);
  });

  it("speaks Chinese by default and English to an English-speaking trainer", async () => {
    const words = (locale: Locale) => {
      const text = textFor(pickMessages(locale, ISLAND_KEYS.dashboard));
      return [
        text("dashboard.buddies.heading"),
        text("dashboard.buddies.random"),
        text("dashboard.buddies.pair", { n: 1 }),
        text("dashboard.buddies.board"),
      ];
    };
    expect(words("zh-CN")).toEqual(["伙伴", "随机配对", "第 1 组", "开启本班进度榜"]);
    expect(words("en")).toEqual(["Buddies", "Pair at random", "Pair 1", "Progress board for this cohort"]);

    signInTrainer();
    fakePocketBase(
      on("GET", BUDDIES, () => json(200, { ...triad, unpaired: [{ participant: "participant0004", name: "周杰" }] })),
      unexpected,
    );
    const zh = renderSection("zh-CN");
    await screen.findByRole("button", { name: "随机配对" });
    for (const word of words("zh-CN")) expect(zh.container.textContent).toContain(word);
    expect(zh.container.textContent).not.toMatch(/Pair|Buddies|dashboard\./);
    zh.unmount();

    const en = renderSection("en");
    await screen.findByRole("button", { name: "Pair at random" });
    for (const word of words("en")) expect(en.container.textContent).toContain(word);
    expect(screen.getByRole("combobox", { name: "Move 周杰 to" })).toBeTruthy();
    expect(en.container.textContent).not.toMatch(/随机|伙伴|第 \d 组|dashboard\./);
  });
});
