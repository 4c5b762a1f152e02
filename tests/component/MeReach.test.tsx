// "How to reach me" on /me/ and the one-channel withdrawal page, in jsdom: nothing is asked of the server
// until the section is opened; consent to a channel sends the number with it; withdrawing takes one tap
// and sends only the flag; a refused number is explained in Chinese; a message's withdrawal link ends
// that channel only. fetch answers as PocketBase and pocketbase/pb_hooks/participant-routes.pb.js do.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import Unsubscribe from "../../src/islands/unsubscribe/Unsubscribe";
import { openSection, renderMyPage, useSignedInDevice } from "../support/my-page";
import { fakePocketBase, fieldError, json, list, on, unexpected } from "../support/fake-pocketbase";
import { participantRecord, participantSession } from "../support/records";

const ME = participantRecord({ id: "participant0001" });
const CHOICES = "/api/collections/reach_channels/records";
const smsChoice = {
  id: "choice000000sms",
  collectionId: "jn_reachchan001",
  collectionName: "reach_channels",
  participant: ME.id,
  channel: "sms",
  mobile: "13800138000",
  consent: true,
  consentAt: "2026-12-01 08:00:00.000Z",
  withdrawnAt: "",
  created: "2026-12-01 08:00:00.000Z",
  updated: "2026-12-01 08:00:00.000Z",
};

useSignedInDevice(() => participantSession(ME, { token: "participant-token", joinKey: "" }));

describe("how to reach me", () => {
  it("asks nothing until opened, then gives consent to a channel with the number, and withdraws it in one tap", async () => {
    const server = fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", "/api/jiannuo/me/reach", () => json(200, { channels: ["wecom_app", "sms"] })),
      on("GET", CHOICES, () => list([])),
      on("POST", CHOICES, ({ body }) =>
        json(200, { ...smsChoice, ...body, id: "choicewecomapp1", mobile: "13900139001" }),
      ),
      on("PATCH", `${CHOICES}/choicewecomapp1`, ({ body }) =>
        json(200, { ...smsChoice, id: "choicewecomapp1", channel: "wecom_app", ...body, mobile: "" }),
      ),
      unexpected,
    );
    renderMyPage();
    await waitFor(() => expect(document.querySelector("[data-reach-choices]")).toBeTruthy());
    const reachCalls = () => server.requests.filter((r) => r.path.includes("reach"));
    expect(reachCalls()).toEqual([]);

    await openSection("[data-reach-choices]");
    await waitFor(() => expect(document.querySelector("[data-reach=wecom_app]")).toBeTruthy());
    expect(screen.getByLabelText("通过企业微信提醒我")).toBeTruthy();
    expect(screen.getByLabelText("通过短信提醒我")).toBeTruthy();
    expect(document.querySelector("[data-reach=dingtalk_notice]")).toBeNull();

    fireEvent.click(screen.getByLabelText("通过企业微信提醒我"));
    fireEvent.change(screen.getByLabelText("手机号"), { target: { value: "+86 139-0013-9001" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "同意并开始提醒" })));
    await waitFor(() => expect(screen.getByText("已保存：会通过企业微信提醒你。")).toBeTruthy());
    expect(server.sent("POST", CHOICES).map((r) => r.body)).toEqual([
      { participant: ME.id, channel: "wecom_app", consent: true, mobile: "+86 139-0013-9001" },
    ]);
    const box = screen.getByLabelText<HTMLInputElement>("通过企业微信提醒我");
    expect(box.checked).toBe(true);

    // Withdrawing: one tap, only the flag.
    await act(async () => fireEvent.click(box));
    await waitFor(() => expect(screen.getByText("已关掉：不会再通过企业微信提醒你，手机号已删除。")).toBeTruthy());
    expect(server.sent("PATCH").map((r) => r.body)).toEqual([{ consent: false }]);
    expect(box.checked).toBe(false);
  });

  it("explains a refused number in Chinese and keeps what was typed", async () => {
    fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", "/api/jiannuo/me/reach", () => json(200, { channels: ["sms"] })),
      on("GET", CHOICES, () => list([])),
      on("POST", CHOICES, () => fieldError(400, "mobile", "jiannuo_mobile_invalid")),
      unexpected,
    );
    renderMyPage();
    await openSection("[data-reach-choices]");
    await waitFor(() => expect(document.querySelector("[data-reach=sms]")).toBeTruthy());
    fireEvent.click(screen.getByLabelText("通过短信提醒我"));
    fireEvent.change(screen.getByLabelText("手机号"), { target: { value: "12345" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "同意并开始提醒" })));
    await waitFor(() => expect(screen.getByText("这不是一个中国大陆手机号。请检查后再试。")).toBeTruthy());
    expect(screen.getByLabelText<HTMLInputElement>("手机号").value).toBe("12345");
  });

  it("keeps a consented channel the server no longer offers, so it can still be withdrawn", async () => {
    fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", "/api/jiannuo/me/reach", () => json(200, { channels: [] })),
      on("GET", CHOICES, () => list([smsChoice])),
      unexpected,
    );
    renderMyPage();
    await openSection("[data-reach-choices]");
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("通过短信提醒我").checked).toBe(true));
  });
});

describe("a channel message's withdrawal link", () => {
  it("changes nothing on opening; one tap ends that channel, named, and nothing else", async () => {
    const token = "W".repeat(43);
    const server = fakePocketBase(() => json(200, { withdrawn: true, channel: "wecom_robot" }));
    window.history.replaceState(null, "", `/unsubscribe/#t=${token}&ch=wecom_robot`);
    render(<Unsubscribe strings={pickMessages("zh-CN", ISLAND_KEYS.unsubscribe)} meHref="/me/" />);
    const button = await screen.findByRole("button", { name: "不再通过企业微信群提醒我" });
    expect(server.requests).toEqual([]);
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(document.querySelector("[data-channel-withdrawn=wecom_robot]")).toBeTruthy());
    expect(server.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/api/jiannuo/reach/withdraw", body: { t: token, ch: "wecom_robot" } },
    ]);
    expect(screen.getByText(/不会再通过企业微信群给你发课后提醒/)).toBeTruthy();
  });
});
