// The dashboard's channels section in jsdom, with fetch answering as pocketbase/pb_hooks/lib/channel-stats.js
// and lib/channels/routes.js do: nothing is asked until the section is opened; then each channel's
// figures (failures in the provider's reason, in plain Chinese), the response rate by round and each
// channel's message preview; "send me a test message" sends only what the channel needs and shows the
// server's plain-words answer, and a wrong number is explained.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { textFor } from "../../src/i18n/format";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { DashboardProvider } from "../../src/islands/trainer/dashboard/dashboard-context";
import { ChannelsSection } from "../../src/islands/trainer/dashboard/ChannelsSection";
import { fakePocketBase, fieldError, json, on, signInTrainer, unexpected } from "../support/fake-pocketbase";

const COHORT = "cohort000000001";
const ROUTE = `/api/jiannuo/cohorts/${COHORT}/channels`;
const TEST = `/api/jiannuo/cohorts/${COHORT}/channels/test`;
const WEBHOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0";

const none = { sent: 0, waiting: 0, failed: {}, answered: 0, responseRate: 0, rounds: [] };
const VIEW = {
  channels: [
    { channel: "email", ready: true, ...none },
    { channel: "wecom_robot", ready: false, ...none },
    { channel: "dingtalk_robot", ready: false, ...none },
    {
      channel: "wecom_app",
      ready: true,
      sent: 4,
      waiting: 1,
      failed: { wecom_user_not_found: 2 },
      answered: 3,
      responseRate: 0.75,
      rounds: [
        { round: 7, sent: 3, answered: 3, responseRate: 1 },
        { round: 21, sent: 1, answered: 0, responseRate: 0 },
      ],
    },
    { channel: "dingtalk_notice", ready: true, ...none },
    { channel: "sms", ready: true, ...none },
  ],
  previews: {
    email: { title: "王老师想问问：你的行动承诺进展如何？", text: "（参与者），你好：" },
    wecom_robot: { title: "今日打卡 · 服务之道", text: "（参与者）：有 1 个承诺等你打卡。" },
    dingtalk_robot: { title: "今日打卡 · 服务之道", text: "@13800000000 （参与者）：有 1 个承诺等你打卡。" },
    wecom_app: {
      title: "践诺：你的承诺进展如何？",
      text: "（参与者），王老师 想知道你的承诺进展如何：\n• （参与者的承诺）",
    },
    dingtalk_notice: { title: "践诺：你的承诺进展如何？", text: "（参与者）" },
    sms: { title: "", text: "https://jiannuo.example/checkin/#t=PREVIEW000&c=preview0000000" },
  },
};

function renderChannels() {
  const context = {
    text: textFor(pickMessages("zh-CN", ISLAND_KEYS.dashboard)),
    locale: "zh-CN" as const,
    moduleTitles: {},
  };
  return render(
    <DashboardProvider value={context}>
      <ChannelsSection cohortId={COHORT} />
    </DashboardProvider>,
  );
}

async function open() {
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "渠道（邮件、企业微信、钉钉、短信）" })));
}

const row = (channel: string) => document.querySelector<HTMLTableRowElement>(`tr[data-channel=${channel}]`)!;

describe("the cohort's channels", () => {
  it("asks nothing until opened; then shows each channel's figures, failures in plain words, rounds and previews", async () => {
    signInTrainer();
    const server = fakePocketBase(
      on("GET", ROUTE, () => json(200, VIEW)),
      unexpected,
    );
    renderChannels();
    expect(server.requests).toEqual([]);
    await open();
    await waitFor(() => expect(row("wecom_app")).toBeTruthy());
    const app = row("wecom_app");
    expect(app.querySelector("th")!.textContent).toBe("企业微信");
    expect(app.querySelector("[data-sent]")!.textContent).toBe("4");
    expect(app.querySelector("[data-waiting]")!.textContent).toBe("1");
    expect(app.querySelector("[data-answered]")!.textContent).toBe("3");
    expect(app.querySelector("[data-rate]")!.textContent).toBe("75%");
    expect(app.querySelector("[data-reason=wecom_user_not_found]")!.textContent).toBe(
      "企业微信通讯录里找不到这个手机号，或应用看不到这位成员。：2 条",
    );
    expect([...app.querySelectorAll("[data-round]")].map((r) => r.textContent)).toEqual([
      "第 7 天：3/3（100%）",
      "第 21 天：0/1（0%）",
    ]);
    expect(row("wecom_robot").querySelector("th")!.textContent).toBe("企业微信群 (未设置)");
    expect(row("email").querySelector("th")!.textContent).toBe("邮件");
    const preview = document.querySelector("details[data-preview=wecom_app]")!;
    expect(preview.querySelector("summary")!.textContent).toBe("企业微信");
    expect(preview.textContent).toContain("• （参与者的承诺）");
    expect(document.querySelector("details[data-preview=sms]")!.textContent).toContain("服务商审核通过的模板");
    expect(server.sent("GET", ROUTE)).toHaveLength(1);
  });

  it("sends a test through a group robot with only what it needs, and shows the server's plain-words answer", async () => {
    signInTrainer();
    const answer = {
      outcome: "config-error",
      reason: "wecom_robot_key_invalid",
      providerCode: 93000,
      message:
        "这个企业微信群机器人的 Webhook 地址已失效（机器人可能被移出了群）：请在群机器人的设置里重新复制 Webhook 地址。",
    };
    const server = fakePocketBase(
      on("GET", ROUTE, () => json(200, VIEW)),
      on("POST", TEST, ({ body }) =>
        body.mobile === "123" ? fieldError(400, "target", "jiannuo_mobile_invalid") : json(200, answer),
      ),
      unexpected,
    );
    renderChannels();
    await open();
    const form = await waitFor(() => document.querySelector<HTMLFormElement>("form[data-channel-test]")!);
    // Email needs nothing more: no number is asked.
    expect(form.querySelector("input[name=mobile]")).toBeNull();
    fireEvent.change(form.querySelector("select[name=channel]")!, { target: { value: "wecom_robot" } });
    fireEvent.change(form.querySelector("input[name=mobile]")!, { target: { value: "123" } });
    fireEvent.change(form.querySelector("input[name=webhook]")!, { target: { value: WEBHOOK } });
    await act(async () => fireEvent.submit(form));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("这不是一个中国大陆手机号。请检查后再试。"));
    fireEvent.change(form.querySelector("input[name=mobile]")!, { target: { value: " 13800138000 " } });
    await act(async () => fireEvent.submit(form));
    const shown = await waitFor(() => document.querySelector("[data-test-outcome=config-error]")!);
    expect(shown.textContent).toBe(`有问题：${answer.message}`);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(server.sent("POST", TEST).map((r) => r.body)).toEqual([
      { channel: "wecom_robot", locale: "zh-CN", mobile: "123", webhook: WEBHOOK },
      { channel: "wecom_robot", locale: "zh-CN", mobile: "13800138000", webhook: WEBHOOK },
    ]);
  });
});
