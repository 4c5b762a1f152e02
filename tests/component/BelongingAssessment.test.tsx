// The belonging self-assessment in jsdom: answer every item, see the chart, the numbers and one
// reflection prompt for the weakest component, and keep the answers across a remount.
import { fireEvent, render, screen, within, waitFor } from "@testing-library/react";
import { cleanStores } from "nanostores";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import BelongingAssessment from "../../src/islands/exercises/belonging/BelongingAssessment";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import type { BelongingComponent } from "../../src/lib/belonging";
import { type BelongingAssessmentData } from "../../src/lib/exercise-schemas";
import { $belongingAssessment, EMPTY_BELONGING } from "../../src/stores/belonging-assessment";
import { $exerciseResults } from "../../src/stores/exercise-results";
import { $progress } from "../../src/stores/progress";
import { loadExercise, startFresh } from "../support/exercise-data";

const KEY = "jiannuo:exercise:belonging-assessment";

const load = (locale: Locale) => loadExercise(locale, "belonging-assessment");

function renderAssessment(locale: Locale = "zh-CN") {
  const data = load(locale);
  const view = render(
    <BelongingAssessment data={data} strings={pickMessages(locale, ISLAND_KEYS["belonging-assessment"])} />,
  );
  return { data, ...view };
}

function answer(itemId: string, point: number) {
  fireEvent.click(document.querySelector(`[data-item="${itemId}"] input[value="${point}"]`)!);
}

/** Answers every item with the point given for its component. */
function answerAll(data: BelongingAssessmentData, points: Record<BelongingComponent, number>) {
  for (const item of data.items) answer(item.id, points[item.component]);
}

function submit() {
  fireEvent.click(document.querySelector('button[data-action="submit"]')!);
}

beforeEach(() => startFresh($belongingAssessment, EMPTY_BELONGING));

describe("BelongingAssessment", () => {
  it("asks each item as a fieldset of five labelled choices", () => {
    const { data } = renderAssessment();
    const groups = screen.getAllByRole("group");
    expect(groups).toHaveLength(data.items.length);
    const first = within(groups[0]!);
    expect(groups[0]!.querySelector("legend")?.textContent).toBe(data.items[0]!.text);
    expect(first.getAllByRole("radio")).toHaveLength(5);
    expect(first.getByLabelText(/非常同意/)).toBeTruthy();
  });

  it("asks for the missing answers first and moves focus to the first of them", async () => {
    const { data } = renderAssessment();
    answer(data.items[0]!.id, 4);
    submit();
    expect(screen.getByText(`还有 ${data.items.length - 1} 题没有选，请先选完。`)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector(`[data-item="${data.items[1]!.id}"] input`)),
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect($progress.get().exercisesDone).toEqual([]);
  });

  it("shows the radar chart, the means as text and the weakest component's prompt, and records the means", async () => {
    const { data } = renderAssessment();
    answerAll(data, { identification: 4, security: 2, value: 5, engagement: 3 });
    answer(data.items.find((i) => i.component === "security")!.id, 3);
    submit();

    const chart = screen.getByRole("img", { name: /四个方面平均分的雷达图/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.querySelector("desc")?.textContent).toBe("认同感 4.0 分；安全感 2.3 分；价值感 5.0 分；投入感 3.0 分");
    const row = screen.getByRole("row", { name: /安全感/ });
    expect(row.textContent).toContain("2.3");
    expect(document.querySelector("[data-weakest]")?.getAttribute("data-weakest")).toBe("security");
    expect(screen.getByText(data.components.security.reflection)).toBeTruthy();
    expect(screen.getByText("可以多想一想：安全感")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe("belonging-result-heading"));

    expect($progress.get().exercisesDone).toEqual(["belonging-assessment"]);
    expect($exerciseResults.get()["belonging-assessment"]).toMatchObject({
      module: "belonging",
      summary: { identification: 4, security: 2.3, value: 5, engagement: 3, weakest: "security" },
    });
  });

  it("breaks a tie for the weakest component by the course's order", () => {
    const { data } = renderAssessment("en");
    answerAll(data, { identification: 5, security: 3, value: 4, engagement: 3 });
    submit();
    expect(document.querySelector("[data-weakest]")?.getAttribute("data-weakest")).toBe("security");
    expect(screen.getByText("Worth thinking about: Security")).toBeTruthy();
  });

  it("updates the result when an answer changes afterwards", () => {
    const { data } = renderAssessment("en");
    answerAll(data, { identification: 5, security: 3, value: 4, engagement: 3 });
    submit();
    for (const item of data.items.filter((i) => i.component === "value")) answer(item.id, 1);
    expect(document.querySelector("[data-weakest]")?.getAttribute("data-weakest")).toBe("value");
    expect($exerciseResults.get()["belonging-assessment"]?.summary).toMatchObject({ value: 1, weakest: "value" });
  });

  it("keeps answers, result and reflection across a remount, and clears them on Answer again", () => {
    const { data, unmount } = renderAssessment();
    answerAll(data, { identification: 2, security: 4, value: 4, engagement: 4 });
    submit();
    fireEvent.change(screen.getByLabelText(/写下你的想法/), { target: { value: "想找组长聊聊" } });
    unmount();
    cleanStores($belongingAssessment);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "{}")).toMatchObject({
      submitted: true,
      reflection: "想找组长聊聊",
    });

    renderAssessment();
    expect(
      (document.querySelector(`[data-item="${data.items[0]!.id}"] input[value="2"]`) as HTMLInputElement).checked,
    ).toBe(true);
    expect(document.querySelector("[data-weakest]")?.getAttribute("data-weakest")).toBe("identification");
    expect((screen.getByLabelText(/写下你的想法/) as HTMLTextAreaElement).value).toBe("想找组长聊聊");

    fireEvent.click(screen.getByRole("button", { name: "重新作答" }));
    expect(screen.queryByRole("img")).toBeNull();
    expect(document.querySelectorAll("input:checked")).toHaveLength(0);
    expect(screen.getByText(`已回答 0/${data.items.length} 题`)).toBeTruthy();
  });
});
