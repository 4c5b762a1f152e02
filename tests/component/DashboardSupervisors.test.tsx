// The dashboard's list of supervisors to propose, in jsdom, with fetch answering as
// pocketbase/pb_hooks/lib/supervisors.js does: nothing is asked until the section is opened; the list is
// sent once with its cohort and only counts come back; each bad line is named in Chinese.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { textFor } from "../../src/i18n/format";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { DashboardProvider } from "../../src/islands/trainer/dashboard/dashboard-context";
import { SupervisorProposals } from "../../src/islands/trainer/dashboard/SupervisorProposals";
import { fakePocketBase, json, on, pbError, signInTrainer, unexpected } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const COUNTS = `/api/jiannuo/cohorts/${COHORT}/supervisors`;
const PROPOSE = "/api/jiannuo/supervisors/propose";
const counts = (proposed: number) => ({ links: { proposed, active: 1, withdrawn: 0, shared: 2 } });

function renderSection() {
  const text = textFor(pickMessages("zh-CN", ISLAND_KEYS.dashboard));
  return render(
    <DashboardProvider value={{ text, locale: "zh-CN", moduleTitles: {} }}>
      <SupervisorProposals cohortId={COHORT} />
    </DashboardProvider>,
  );
}

async function openWithList(list: string) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "请主管关注" })));
  const field = await waitFor(() => screen.getByLabelText<HTMLTextAreaElement>("名单"));
  fireEvent.change(field, { target: { value: list } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "发出建议" })));
  return field;
}

describe("proposing supervisors", () => {
  it("asks nothing until opened, sends the list once with its cohort, and shows counts only", async () => {
    signInTrainer();
    const server = fakePocketBase(
      on("GET", COUNTS, () => json(200, counts(0))),
      on("POST", PROPOSE, () => json(200, { lines: 2, proposed: 2, ...counts(2) })),
      unexpected,
    );
    renderSection();
    expect(server.requests).toEqual([]);
    const field = await openWithList("张三，王店长，wang@example.com\n李四，王店长，wang@example.com");
    await waitFor(() => expect(screen.getByText("已发出 2 条新建议（共 2 行）。")).toBeTruthy());
    expect(server.sent("POST", PROPOSE).map((r) => r.body)).toEqual([
      { cohort: COHORT, list: "张三，王店长，wang@example.com\n李四，王店长，wang@example.com" },
    ]);
    expect(screen.getByText(/待参与者同意 2 位，已同意 1 位，已撤回 0 位；主管现在能看到 2 条承诺。/)).toBeTruthy();
    expect(field.value).toBe("");
  });

  it("names each bad line in Chinese and keeps the list", async () => {
    signInTrainer();
    fakePocketBase(
      on("GET", COUNTS, () => json(200, counts(0))),
      on("POST", PROPOSE, () =>
        pbError(400, "Nothing was proposed.", {
          line2: { code: "jiannuo_supervisor_list_unknown", message: "" },
          line3: { code: "jiannuo_supervisor_list_columns", message: "" },
        }),
      ),
      unexpected,
    );
    renderSection();
    const field = await openWithList("张三，王店长，wang@example.com\n没有这个人，王店长，w@x.cn\nx, y");
    const alert = await waitFor(() => screen.getByRole("alert"));
    expect([...alert.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "第 2 行：这个工作坊里没有叫这个名字的参与者。",
      "第 3 行：每行要有三项，用逗号隔开：参与者姓名，主管姓名，主管邮箱。",
    ]);
    expect(field.value).toContain("没有这个人");
  });
});
