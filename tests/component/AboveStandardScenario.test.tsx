// The branching scenario in jsdom: take decisions, see each consequence and why, reach an ending, step
// back or restart, and keep the path across a remount.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { cleanStores } from "nanostores";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import AboveStandardScenario from "../../src/islands/exercises/scenario/AboveStandardScenario";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $aboveStandardScenario, EMPTY_SCENARIO } from "../../src/stores/above-standard-scenario";
import { $exerciseResults } from "../../src/stores/exercise-results";
import { $progress } from "../../src/stores/progress";
import { loadExercise, startFresh } from "../support/exercise-data";

const KEY = "jiannuo:exercise:above-standard-scenario";

const load = (locale: Locale) => loadExercise(locale, "above-standard-scenario");

function renderScenario(locale: Locale = "zh-CN") {
  const data = load(locale);
  const view = render(
    <AboveStandardScenario data={data} strings={pickMessages(locale, ISLAND_KEYS["above-standard-scenario"])} />,
  );
  return { data, ...view };
}

function choose(selector: string) {
  const button = document.querySelector<HTMLButtonElement>(`button${selector}`);
  if (!button) throw new Error(`no choice ${selector}`);
  fireEvent.click(button);
}

const nodeId = () => document.querySelector<HTMLElement>("[data-node]")?.dataset["node"];

beforeEach(() => startFresh($aboveStandardScenario, EMPTY_SCENARIO));

describe("AboveStandardScenario", () => {
  it("opens at the first decision with a button per choice and no controls yet", () => {
    const { data } = renderScenario();
    expect(nodeId()).toBe(data.start);
    expect(screen.getByRole("heading", { name: "第 1 个决定" })).toBeTruthy();
    expect(document.querySelectorAll("button[data-choice]")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "从头再来" })).toBeNull();
  });

  it("shows the consequence and why of a choice, in a live region, and moves focus to the next decision", async () => {
    renderScenario();
    choose('[data-choice="arrival-quote-rule"]');
    const feedback = document.querySelector<HTMLElement>(".scenario-feedback")!;
    expect(feedback.dataset["verdict"]).toBe("poor");
    expect(feedback.parentElement?.getAttribute("aria-live")).toBe("polite");
    expect(feedback.textContent).toContain("这样做有风险");
    expect(feedback.textContent).toContain("相关原则：倾听并认可对方");
    expect(feedback.textContent).toContain("叫你们经理来");
    expect(nodeId()).toBe("confrontation");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("第 2 个决定"));
  });

  it("reaches the good ending on the best path, marks it done and records the ending and decisions", () => {
    renderScenario("en");
    for (let i = 0; i < 4; i++) choose('[data-verdict="best"]');
    const ending = document.querySelector<HTMLElement>("[data-ending]")!;
    expect(ending.dataset["ending"]).toBe("loyal-guest");
    expect(ending.dataset["outcome"]).toBe("good");
    expect(screen.getByText("You made 4 decisions, 4 of them the strongest response.")).toBeTruthy();
    expect(document.querySelectorAll(".scenario-path li")).toHaveLength(4);
    expect($progress.get().exercisesDone).toEqual(["above-standard-scenario"]);
    expect($exerciseResults.get()["above-standard-scenario"]).toMatchObject({
      module: "above-standard-demands",
      summary: { ending: "loyal-guest", outcome: "good", decisions: 4, best: 4 },
    });
  });

  it("steps back to the last decision, and restarts from the beginning", async () => {
    renderScenario("en");
    choose('[data-choice="arrival-acknowledge"]');
    choose('[data-choice="real-need-promise-room"]');
    expect(document.querySelector<HTMLElement>("[data-ending]")?.dataset["outcome"]).toBe("poor");
    expect($exerciseResults.get()["above-standard-scenario"]?.summary).toMatchObject({
      ending: "broken-promise",
      decisions: 2,
    });

    fireEvent.click(screen.getByRole("button", { name: "Back to my last decision" }));
    expect(nodeId()).toBe("real-need");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Decision 2"));
    choose('[data-choice="real-need-ask"]');
    expect(nodeId()).toBe("options");

    fireEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(nodeId()).toBe("arrival");
    expect(document.querySelector(".scenario-feedback")).toBeNull();
  });

  it("keeps the path across a remount, and trims a stored path that no longer fits", () => {
    const { unmount } = renderScenario();
    choose('[data-choice="arrival-acknowledge"]');
    choose('[data-choice="real-need-ask"]');
    unmount();
    cleanStores($aboveStandardScenario);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "{}")).toEqual({
      choices: ["arrival-acknowledge", "real-need-ask"],
    });

    const second = renderScenario();
    expect(nodeId()).toBe("options");
    expect(screen.getByRole("heading", { name: "第 3 个决定" })).toBeTruthy();
    second.unmount();

    cleanStores($aboveStandardScenario);
    localStorage.setItem(
      KEY,
      JSON.stringify({ choices: ["arrival-acknowledge", "removed-choice", "options-be-open"] }),
    );
    renderScenario();
    expect(nodeId()).toBe("real-need");
  });
});
