// The wall's controls view on the trainer's own device (`?cohort=…&controls`), in jsdom
// (tests/support/live-wall.tsx): covering and revealing, cards or themes, the layout and the page the
// projector shows, a refused change put back, moderation, and the coach's findings on each card.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { fakePocketBase, json, on } from "../support/fake-pocketbase";
import {
  button,
  COHORT,
  commitment,
  first,
  listedIds,
  live,
  openWall,
  patches,
  resetLiveWall,
  room40,
  second,
} from "../support/live-wall";

beforeEach(resetLiveWall);

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
    await waitFor(() => expect(listedIds()).toEqual([second.id, first.id]));
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
    live.shared = room40(40);
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
    live.room.showNamesOnWall = false;
    const vague = commitment("commitment00009", {
      action: "我会更好地服务客户",
      trigger: "",
      measure: "",
      created: "2026-11-24 09:09:00.000Z",
      expand: { participant: { name: "孙丽" } },
    });
    live.shared = [vague, second, first];
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
