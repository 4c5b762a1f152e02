// The dashboard's results section in jsdom, with fetch answering in PocketBase's shape: setting a
// measure, typing a value, importing a CSV file (and the server's refusal of bad rows, named row by row),
// and the three-measure limit. The rules and the import itself run against a real server in
// tests/integration/results.test.ts.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { textFor } from "../../src/i18n/format";
import { DashboardProvider } from "../../src/islands/trainer/dashboard/dashboard-context";
import { ResultsSection } from "../../src/islands/trainer/dashboard/results/ResultsSection";
import {
  fakePocketBase,
  fieldError,
  json,
  list,
  on,
  pbError,
  signInTrainer,
  type Route,
} from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const moduleTitles = { "service-mindset": "以客户为中心的服务思维", eoac: "EOAC 沟通模式" };
const measure = {
  id: "measure00000001",
  collectionName: "result_measures",
  cohort: COHORT,
  name: "每千单投诉数",
  unit: "‰",
  direction: "lower",
  baseline: 4.2,
  baselineOn: "2026-10-01 00:00:00.000Z",
  modules: "eoac",
};
const value = (id: string, measuredOn: string, v: number) => ({
  id,
  collectionName: "result_values",
  measure: measure.id,
  value: v,
  measuredOn: `${measuredOn} 00:00:00.000Z`,
});

function stub(measures: unknown[], values: unknown[], ...extra: Route[]) {
  return fakePocketBase(
    ...extra,
    on("GET", "/api/collections/result_measures/records", () => list(measures)),
    on("GET", "/api/collections/result_values/records", () => list(values)),
  );
}

function renderSection() {
  const text = textFor(pickMessages("zh-CN", ISLAND_KEYS.dashboard));
  return render(
    <DashboardProvider value={{ text, locale: "zh-CN", moduleTitles }}>
      <ResultsSection cohortId={COHORT} />
    </DashboardProvider>,
  );
}

/** The element matching `selector`, once it appears. */
function appears(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  });
}

const card = () => appears(`[data-measure="${measure.id}"]`);

beforeEach(() => signInTrainer());

describe("results section", () => {
  it("shows each measure with its baseline, values and change in the better direction", async () => {
    stub([measure], [value("value0000000001", "2026-11-15", 3.9), value("value0000000002", "2027-01-05", 3.1)]);
    renderSection();
    const shown = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`[data-measure="${measure.id}"] [data-measure-change]`);
      if (!el) throw new Error("not yet");
      return el.closest<HTMLElement>("[data-measure]")!;
    });
    expect(within(shown).getByRole("heading").textContent).toBe("每千单投诉数");
    expect(shown.textContent).toContain("越低越好 · 关联模块：EOAC 沟通模式");
    expect(shown.querySelector("[data-measure-baseline]")?.textContent).toBe("基线：4.2 ‰（2026-10-01）");
    const change = shown.querySelector("[data-measure-change]")!;
    expect(change.getAttribute("data-measure-change")).toBe("better");
    expect(change.textContent).toBe("最新：3.1 ‰（2027-01-05），比基线 -1.1 ‰，变好了。");
    expect([...shown.querySelectorAll("tr[data-value-day]")].map((r) => r.textContent)).toEqual([
      "2026-11-153.9删除",
      "2027-01-053.1删除",
    ]);
  });

  it("sets a measure with its baseline and modules, and shows the server's refusal by field", async () => {
    let refuse = true;
    const server = stub([], [], (request) =>
      request.method === "POST" && request.path === "/api/collections/result_measures/records"
        ? refuse
          ? ((refuse = false), fieldError(400, "baselineOn", "validation_required"))
          : json(200, { ...measure, ...(request.body as object) })
        : undefined,
    );
    renderSection();
    const form = (await appears("[data-measure-form]")) as HTMLFormElement;
    fireEvent.change(within(form).getByLabelText("指标名称"), { target: { value: "顾客满意度" } });
    fireEvent.click(within(form).getByLabelText("越高越好"));
    fireEvent.change(within(form).getByLabelText("基线数值"), { target: { value: "0" } });
    fireEvent.click(within(form).getByLabelText("EOAC 沟通模式"));
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById("baselineOn-error")?.textContent).toBeTruthy());
    fireEvent.change(within(form).getByLabelText("基线日期"), { target: { value: "2026-10-01" } });
    fireEvent.submit(form);
    await waitFor(() => expect(server.sent("POST")).toHaveLength(2));
    expect(server.sent("POST")[1]!.body).toEqual({
      cohort: COHORT,
      name: "顾客满意度",
      unit: "",
      direction: "higher",
      baseline: 0,
      baselineOn: "2026-10-01",
      modules: "eoac",
    });
  });

  it("refuses a baseline that is not a number before sending", async () => {
    const server = stub([], []);
    renderSection();
    const form = (await appears("[data-measure-form]")) as HTMLFormElement;
    fireEvent.change(within(form).getByLabelText("基线数值"), { target: { value: "四" } });
    fireEvent.submit(form);
    expect((await screen.findByText("这里要填一个数字。")).id).toBe("baseline-error");
    expect(server.sent("POST")).toEqual([]);
  });

  it("types a value for a day", async () => {
    const server = stub(
      [measure],
      [],
      on("POST", "/api/collections/result_values/records", (r) => json(200, r.body)),
    );
    renderSection();
    const shown = await card();
    fireEvent.change(within(shown).getByLabelText("测量日期"), { target: { value: "2026-12-01" } });
    fireEvent.change(within(shown).getByLabelText("数值"), { target: { value: "1,250.5" } });
    fireEvent.submit(within(shown).getByRole("button", { name: "添加数值" }).closest("form")!);
    await waitFor(() => expect(server.sent("POST")).toHaveLength(1));
    expect(server.sent("POST")[0]!.body).toEqual({ measure: measure.id, value: 1250.5, measuredOn: "2026-12-01" });
  });

  it("imports a CSV file, and lists the rows the server refused, in the file's order", async () => {
    let calls = 0;
    const server = stub([measure], [], (request) => {
      if (request.path !== "/api/jiannuo/results/import") return undefined;
      calls += 1;
      return calls === 1
        ? pbError(400, "Nothing was imported.", {
            row12: { code: "jiannuo_results_csv_value", message: "" },
            row3: { code: "jiannuo_results_csv_date", message: "" },
          })
        : json(200, { rows: 2, added: 2, changed: 2 });
    });
    renderSection();
    const shown = await card();
    const input = within(shown).getByLabelText("从 CSV 文件导入数值");
    const file = (text: string) => new File([text], "values.csv", { type: "text/csv" });
    fireEvent.change(input, { target: { files: [file("日期,数值\n2026-02-30,1\n")] } });
    const refused = await appears("[data-import-outcome][role=alert]");
    expect([...refused.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "文件没有导入，请改正下面这些行：",
      "第 3 行：日期不对：请写成年-月-日，例如 2026-11-20。",
      "第 12 行：数值不对：请写数字，例如 3.2 或 1,250。",
    ]);
    expect(server.sent("POST")[0]!.body).toEqual({ measure: measure.id, csv: "日期,数值\n2026-02-30,1\n" });
    fireEvent.change(input, { target: { files: [file("2026-11-20,3\n2026-12-20,2\n")] } });
    const done = await appears("[data-import-outcome][role=status]");
    expect(done.textContent).toBe("已导入 2 行：新增 2 天，2 个数值有变化。");
  });

  it("offers no form for a fourth measure", async () => {
    stub([measure, { ...measure, id: "measure00000002" }, { ...measure, id: "measure00000003" }], []);
    renderSection();
    await screen.findByText("已经有三个结果指标了，这是上限。");
    expect(document.querySelector("[data-measure-form]")).toBeNull();
  });
});
