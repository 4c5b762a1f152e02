// The /rejoin/ page in jsdom: the trainer's link (token in the fragment) becomes the participant's
// session on this device; the real route is tested in tests/integration/rejoin.test.ts.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import Rejoin from "../../src/islands/rejoin/Rejoin";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, fieldError, json, noNetwork, on, type SentRequest } from "../support/fake-pocketbase";
import { demoCohort, participantRecord, participantSession } from "../support/records";

useFreshDevice();

const TOKEN = "a".repeat(43);
const record = participantRecord({ id: "participant0001", name: "前台小刘" });

function renderAt(address: string, locale: Locale = "zh-CN") {
  window.history.replaceState({}, "", address);
  return render(
    <Rejoin strings={pickMessages(locale, ISLAND_KEYS.rejoin)} meHref={locale === "en" ? "/en/me/" : "/me/"} />,
  );
}

function stub(answer: () => Response): SentRequest[] {
  return fakePocketBase(on("POST", "/api/jiannuo/rejoin", answer)).requests;
}

describe("a re-join link", () => {
  it("signs the participant in on this device, sends the token only in a POST body, and clears it from the address", async () => {
    const requests = stub(() =>
      json(200, { token: "session-token", record, cohort: demoCohort, email: "xiaoliu@example.com" }),
    );
    renderAt(`/rejoin/#t=${TOKEN}`);
    expect(await screen.findByRole("heading", { name: "欢迎回来，前台小刘！" })).toBeTruthy();
    expect(screen.getByText(`你在「${demoCohort.name}」。`)).toBeTruthy();
    expect(screen.getByRole("link", { name: "去看我的承诺" }).getAttribute("href")).toBe("/me/");
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({ t: TOKEN });
    expect(requests[0]?.query.toString()).toBe("");
    expect(window.location.href).not.toContain(TOKEN);
    expect($session.get()).toMatchObject({
      token: "session-token",
      participant: { id: "participant0001" },
      email: "xiaoliu@example.com",
    });
  });

  it.each([
    ["jiannuo_rejoin_used", 410, "这个登录链接已经用过了，每个链接只能用一次。请培训师再生成一个。"],
    ["jiannuo_rejoin_expired", 410, "这个登录链接已经过期了。请培训师再生成一个，生成后马上扫码。"],
    ["jiannuo_token_invalid", 404, "这个链接无效，可能不完整。请向培训师确认一下。"],
  ])("says plainly why not (%s) and signs no one in", async (code, status, message) => {
    stub(() => fieldError(status, "t", code));
    renderAt(`/rejoin/#t=${TOKEN}`);
    expect((await screen.findByRole("alert")).textContent).toBe(message);
    expect(screen.getByRole("heading", { name: "没能登录" })).toBeTruthy();
    // The message says what to do; retrying the same link would not help.
    expect(screen.queryByRole("button")).toBeNull();
    expect($session.get()).toBeNull();
  });

  it("without a token asks nothing of the server", async () => {
    const requests = stub(() => json(500, {}));
    renderAt("/rejoin/");
    expect((await screen.findByRole("alert")).textContent).toContain("这个链接无效");
    expect(requests).toEqual([]);
  });

  it("speaks English on /en/; offline, it offers to try the same link again", async () => {
    const server = noNetwork();
    renderAt(`/en/rejoin/#t=${TOKEN}`, "en");
    expect(await screen.findByRole("heading", { name: "Could not sign you in" })).toBeTruthy();
    server.offline = false;
    fakePocketBase(
      on("POST", "/api/jiannuo/rejoin", () => json(200, { token: "session-token", record, cohort: demoCohort })),
    );
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Welcome back, 前台小刘!" })).toBeTruthy();
  });

  it("asks first on a device where someone else is signed in, and uses the link only once they agree", async () => {
    $session.set(participantSession(participantRecord({ id: "participant0009", name: "赵敏" })));
    const requests = stub(() => json(200, { token: "session-token", record, cohort: demoCohort }));
    renderAt(`/rejoin/#t=${TOKEN}`);
    expect(await screen.findByText(/现在登录的是 赵敏/)).toBeTruthy();
    expect(requests).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "用这个二维码登录" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "退出并换人" })));
    await waitFor(() => expect($session.get()?.participant.id).toBe("participant0001"));
    expect(requests).toHaveLength(1);
  });
});
