// The EOAC builder in jsdom: write four parts, check them, read the hints, see the model answer, and keep
// the draft on the device across a remount.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { cleanStores } from "nanostores";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import EoacBuilder from "../../src/islands/exercises/eoac/EoacBuilder";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import type { EoacPart } from "../../src/lib/eoac";
import { $eoacBuilder, EMPTY_EOAC_BUILDER } from "../../src/stores/eoac-builder";
import { $exerciseResults } from "../../src/stores/exercise-results";
import { $progress } from "../../src/stores/progress";
import { loadExercise, startFresh } from "../support/exercise-data";

const KEY = "jiannuo:exercise:eoac-builder";

const load = (locale: Locale) => loadExercise(locale, "eoac-builder");

function renderBuilder(locale: Locale = "zh-CN") {
  const data = load(locale);
  const view = render(
    <EoacBuilder locale={locale} data={data} strings={pickMessages(locale, ISLAND_KEYS["eoac-builder"])} />,
  );
  return { data, ...view };
}

function field(part: EoacPart): HTMLTextAreaElement {
  return document.querySelector<HTMLTextAreaElement>(`textarea[name="${part}"]`)!;
}

function write(part: EoacPart, text: string) {
  fireEvent.change(field(part), { target: { value: text } });
}

function check() {
  fireEvent.click(document.querySelector('button[data-action="check"]')!);
}

function codeOf(part: EoacPart): string | undefined {
  return document.querySelector<HTMLElement>(`[data-part="${part}"]`)?.dataset["code"];
}

beforeEach(() => startFresh($eoacBuilder, EMPTY_EOAC_BUILDER));

describe("EoacBuilder", () => {
  it("offers the starting remarks, the first one chosen, with its situation", () => {
    const { data } = renderBuilder();
    const radios = screen.getAllByRole("radio");
    expect(radios).toHaveLength(data.remarks.length);
    expect((screen.getByLabelText("你服务态度不好。") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(data.remarks[0]!.context)).toBeTruthy();
    expect(screen.getByLabelText(data.parts.example.label)).toBe(field("example"));
    expect(codeOf("example")).toBeUndefined();
  });

  it("gives a specific hint per part after Check, and says the vague draft is not done yet", () => {
    renderBuilder();
    write("example", "你服务态度不好，总是不理客户。");
    write("outcome", "这样很不专业。");
    write("action", "以后要更加注意服务态度。");
    check();

    expect(codeOf("example")).toBe("e-judgement");
    expect(codeOf("outcome")).toBe("o-missing-effect");
    expect(codeOf("action")).toBe("a-not-actionable");
    expect(codeOf("change")).toBe("empty");
    expect(document.getElementById("eoac-example-hint")?.textContent).toContain("评价或标签");
    expect(field("action").getAttribute("aria-describedby")).toBe("eoac-action-help eoac-action-hint");
    expect(field("action").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("还有部分没写，把四个部分都写上再检查吧。")).toBeTruthy();
    expect($progress.get().exercisesDone).toEqual([]);
  });

  it("completes with all four parts written, recording how many pass", () => {
    const { data } = renderBuilder("en");
    fireEvent.click(screen.getByLabelText(data.remarks[1]!.text));
    const model = data.remarks[1]!.model;
    write("example", model.example);
    write("outcome", model.outcome);
    write("action", "Be more careful from now on.");
    write("change", model.change);
    check();

    expect(screen.getByText("3 of the four parts are there.")).toBeTruthy();
    expect(document.querySelector(".exercise-status")?.getAttribute("aria-live")).toBe("polite");
    expect(document.getElementById("eoac-example-hint")?.textContent).toContain("Good:");
    expect($progress.get().exercisesDone).toEqual(["eoac-builder"]);
    expect($exerciseResults.get()["eoac-builder"]).toMatchObject({
      module: "eoac",
      summary: { partsOk: 3, parts: 4, remark: data.remarks[1]!.id },
    });

    // The hints follow the text once checked; the recorded result follows the next Check.
    write("action", model.action);
    expect(codeOf("action")).toBe("ok");
    check();
    expect(screen.getByText(/All four parts are there/)).toBeTruthy();
    expect($exerciseResults.get()["eoac-builder"]?.summary["partsOk"]).toBe(4);
  });

  it("reveals the model answer of the chosen remark on request", () => {
    const { data } = renderBuilder();
    const toggle = screen.getByRole("button", { name: "看参考答案" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById("eoac-model-answer")?.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("收起参考答案");
    expect(document.getElementById("eoac-model-answer")?.hidden).toBe(false);
    expect(screen.getByText(data.remarks[0]!.model.action)).toBeTruthy();
  });

  it("keeps the draft, the checks and the chosen remark across a remount", () => {
    const { data, unmount } = renderBuilder();
    fireEvent.click(screen.getByLabelText(data.remarks[2]!.text));
    write("example", "昨天下午三点，那位客户问了两次，你没有回复。");
    check();
    unmount();
    cleanStores($eoacBuilder);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "{}")).toMatchObject({ remark: data.remarks[2]!.id, checked: true });

    renderBuilder();
    expect((screen.getByLabelText(data.remarks[2]!.text) as HTMLInputElement).checked).toBe(true);
    expect(field("example").value).toBe("昨天下午三点，那位客户问了两次，你没有回复。");
    expect(codeOf("example")).toBe("ok");
  });

  it("clears the parts on Clear and start again", async () => {
    renderBuilder();
    write("example", "昨天下午三点，那位客户问了两次。");
    check();
    fireEvent.click(screen.getByRole("button", { name: "清空重写" }));
    expect(field("example").value).toBe("");
    expect(codeOf("example")).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(field("example")));
  });
});
