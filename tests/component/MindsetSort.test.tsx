// The mindset sort in jsdom: sort every statement, see the feedback and score, retry, and keep the round
// on the device across a remount.
import { fireEvent, render, screen, within, waitFor } from "@testing-library/react";
import { cleanStores } from "nanostores";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import MindsetSort from "../../src/islands/exercises/mindset/MindsetSort";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $exerciseResults } from "../../src/stores/exercise-results";
import { $mindsetSort, EMPTY_MINDSET_SORT } from "../../src/stores/mindset-sort";
import { $progress } from "../../src/stores/progress";
import { loadExercise, startFresh } from "../support/exercise-data";

const KEY = "jiannuo:exercise:mindset-sort";

const load = (locale: Locale) => loadExercise(locale, "mindset-sort");

function renderSort(locale: Locale = "zh-CN") {
  const data = load(locale);
  const view = render(<MindsetSort data={data} strings={pickMessages(locale, ISLAND_KEYS["mindset-sort"])} />);
  return { data, ...view };
}

function card(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-statement="${id}"]`);
  if (!element) throw new Error(`no statement ${id}`);
  return element;
}

function choose(id: string, choice: "product" | "customer") {
  fireEvent.click(card(id).querySelector(`button[data-choice="${choice}"]`)!);
}

beforeEach(() => startFresh($mindsetSort, EMPTY_MINDSET_SORT));

describe("MindsetSort", () => {
  it("shows every statement with two labelled buttons of the page's language", () => {
    const { data } = renderSort();
    expect(document.querySelectorAll("[data-statement]")).toHaveLength(data.statements.length);
    const first = within(card(data.statements[0]!.id));
    expect(first.getByRole("button", { name: "以产品为中心" }).getAttribute("aria-pressed")).toBe("false");
    expect(first.getByRole("button", { name: "以客户为中心" })).toBeTruthy();
    expect(screen.getByText(`已分好 0/${data.statements.length} 条`)).toBeTruthy();
  });

  it("says at once whether a sort was right, and why", () => {
    const { data } = renderSort();
    const statement = data.statements.find((s) => s.answer === "product")!;
    choose(statement.id, "customer");
    const feedback = card(statement.id);
    expect(feedback.dataset["result"]).toBe("incorrect");
    expect(feedback.textContent).toContain("这一条更接近「以产品为中心」");
    expect(feedback.textContent).toContain(statement.why);
    expect(feedback.querySelector(".statement-feedback")?.getAttribute("aria-live")).toBe("polite");

    // The round's answer stands: the buttons stay focusable but a second tap changes nothing.
    const other = feedback.querySelector<HTMLButtonElement>('button[data-choice="product"]')!;
    expect(other.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(other);
    expect($mindsetSort.get().answers[statement.id]).toBe("customer");
  });

  it("scores a finished round, marks the exercise done and records correct/total", () => {
    const { data } = renderSort("en");
    const [wrong, ...rest] = data.statements;
    choose(wrong!.id, wrong!.answer === "product" ? "customer" : "product");
    for (const statement of rest) choose(statement.id, statement.answer);

    const total = data.statements.length;
    expect(screen.getByText(`You got ${total - 1} of ${total} right.`)).toBeTruthy();
    expect(document.querySelectorAll('[data-result="correct"]')).toHaveLength(total - 1);
    expect($progress.get().exercisesDone).toEqual(["mindset-sort"]);
    expect($exerciseResults.get()["mindset-sort"]).toMatchObject({
      module: "service-mindset",
      summary: { correct: total - 1, total },
    });
  });

  it("starts a new round on Try again, with focus on the first statement", async () => {
    const { data } = renderSort("en");
    for (const statement of data.statements) choose(statement.id, statement.answer);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(document.querySelectorAll("[data-result]")).toHaveLength(0);
    expect(screen.queryByText(/You got/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(card(data.statements[0]!.id).querySelector("button")));
  });

  it("keeps the round on the device across a remount", () => {
    const { data, unmount } = renderSort();
    const [a, b] = data.statements;
    choose(a!.id, a!.answer);
    choose(b!.id, b!.answer);
    unmount();
    cleanStores($mindsetSort);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "{}")).toEqual({
      answers: { [a!.id]: a!.answer, [b!.id]: b!.answer },
    });

    renderSort();
    expect(card(a!.id).dataset["result"]).toBe("correct");
    expect(card(b!.id).querySelector(`button[data-choice="${b!.answer}"]`)?.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(`已分好 2/${data.statements.length} 条`)).toBeTruthy();
  });

  it("reads a round saved earlier on this device, and ignores a malformed one", () => {
    const data = load("zh-CN");
    const first = data.statements[0]!;
    cleanStores($mindsetSort);
    localStorage.setItem(KEY, JSON.stringify({ answers: { [first.id]: first.answer } }));
    const { unmount } = renderSort();
    expect(card(first.id).dataset["result"]).toBe("correct");
    unmount();

    cleanStores($mindsetSort);
    localStorage.setItem(KEY, JSON.stringify({ answers: { [first.id]: "both" } }));
    renderSort();
    expect(card(first.id).dataset["result"]).toBeUndefined();
  });
});
