// The dashboard's group robots in jsdom, with fetch answering as pocketbase/pb_hooks/lib/cohort-robots.js
// does: nothing is asked until the section is opened; a pasted webhook is sent once and only its last
// characters come back; a wrong address is explained in Chinese; a robot can be removed.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { textFor } from "../../src/i18n/format";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { DashboardProvider } from "../../src/islands/trainer/dashboard/dashboard-context";
import { GroupRobots } from "../../src/islands/trainer/dashboard/GroupRobots";
import { fakePocketBase, fieldError, json, on, signInTrainer, unexpected } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const ROUTE = `/api/jiannuo/cohorts/${COHORT}/robots`;
const KEY = "5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0";
const none = { wecom_robot: { set: false, hint: "" }, dingtalk_robot: { set: false, hint: "" } };

function renderRobots() {
  const context = {
    text: textFor(pickMessages("zh-CN", ISLAND_KEYS.dashboard)),
    locale: "zh-CN" as const,
    moduleTitles: {},
  };
  return render(
    <DashboardProvider value={context}>
      <GroupRobots cohortId={COHORT} />
    </DashboardProvider>,
  );
}

/** The robot's form once the opened section has loaded it. */
async function formOf(robot: string): Promise<HTMLFormElement> {
  return waitFor(() => {
    const form = document.querySelector<HTMLFormElement>(`form[data-robot=${robot}]`);
    expect(form).toBeTruthy();
    return form!;
  });
}

async function open() {
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "群机器人（企业微信、钉钉）" })));
}

describe("the cohort's group robots", () => {
  it("asks nothing until opened; saving sends the webhook once and shows only its last characters", async () => {
    signInTrainer();
    const server = fakePocketBase(
      on("GET", ROUTE, () => json(200, none)),
      on("POST", ROUTE, () => json(200, { ...none, wecom_robot: { set: true, hint: "…e1f0" } })),
      unexpected,
    );
    renderRobots();
    expect(server.requests).toEqual([]);
    await open();
    const form = await formOf("wecom_robot");
    expect(form.querySelector("[data-robot-state]")!.textContent).toBe("还没有设置");
    fireEvent.change(form.querySelector("input[name=webhook]")!, {
      target: { value: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}` },
    });
    await act(async () => fireEvent.submit(form));
    await waitFor(() => expect(form.querySelector("[data-robot-state]")!.textContent).toBe("已设置（…e1f0）"));
    expect(server.sent("POST", ROUTE).map((r) => r.body)).toEqual([
      { channel: "wecom_robot", webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`, secret: "" },
    ]);
    expect(form.querySelector<HTMLInputElement>("input[name=webhook]")!.value).toBe("");
    expect(document.body.textContent).not.toContain(KEY);
  });

  it("explains a wrong address in Chinese, and removes a robot that is set", async () => {
    signInTrainer();
    const set = { ...none, dingtalk_robot: { set: true, hint: "…c3d4" } };
    const server = fakePocketBase(
      on("GET", ROUTE, () => json(200, set)),
      on("POST", ROUTE, ({ body }) =>
        body.webhook === "" ? json(200, none) : fieldError(400, "webhook", "jiannuo_webhook_invalid"),
      ),
      unexpected,
    );
    renderRobots();
    await open();
    const form = await formOf("dingtalk_robot");
    fireEvent.change(form.querySelector("input[name=webhook]")!, { target: { value: "https://example.com/hook" } });
    await act(async () => fireEvent.submit(form));
    await waitFor(() =>
      expect(
        screen.getByText("这不是企业微信或钉钉群机器人的 Webhook 地址。请从群机器人的设置里复制完整地址。"),
      ).toBeTruthy(),
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "移除" })));
    await waitFor(() => expect(form.querySelector("[data-robot-state]")!.textContent).toBe("还没有设置"));
    expect(server.sent("POST", ROUTE).at(-1)!.body).toEqual({ channel: "dingtalk_robot", webhook: "", secret: "" });
  });
});
