// Sign in with an emailed one-time code, in jsdom; fetch answers as PocketBase's OTP routes do (the
// real routes and the email are tested in tests/integration/sign-in-code.test.ts).
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import SignIn from "../../src/islands/signin/SignIn";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import {
  fakePocketBase,
  json,
  noNetwork,
  on,
  pbError,
  type FakePocketBase,
  type SentRequest,
} from "../support/fake-pocketbase";
import { demoCohort, participantRecord } from "../support/records";

const record = participantRecord({ id: "participant0001", email: "zhao@example.com" });
const cohortRecord = { ...demoCohort, collectionId: "jn_cohorts00001", collectionName: "cohorts" };
/** PocketBase's OTP routes: each request gets a fresh otpId; `code` is accepted unless `authAnswer` says otherwise. */
function stubApi(
  authAnswer?: () => Response | Promise<Response>,
  cohortAnswer?: () => Response | Promise<Response>,
): SentRequest[] {
  const server: FakePocketBase = fakePocketBase(
    on("POST", /\/request-otp$/, () => json(200, { otpId: `otp${server.requests.length}` })),
    on("POST", /\/auth-with-otp$/, () => (authAnswer ? authAnswer() : json(200, { token: "fresh-token", record }))),
    on("GET", `/api/collections/cohorts/records/${demoCohort.id}`, () =>
      cohortAnswer ? cohortAnswer() : json(200, cohortRecord),
    ),
  );
  return server.requests;
}

function renderSignIn(locale: Locale = "zh-CN") {
  return render(
    <SignIn
      strings={pickMessages(locale, ISLAND_KEYS.signin)}
      meHref={locale === "en" ? "/en/me/" : "/me/"}
      joinHref="/join/"
    />,
  );
}

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;

async function requestCode(email = "zhao@example.com") {
  fireEvent.change(field("email"), { target: { value: ` ${email} ` } });
  fireEvent.click(screen.getByRole("button", { name: "给我发验证码" }));
  await waitFor(() => expect(field("code")).toBeTruthy());
}

async function enterCode(code: string) {
  fireEvent.change(field("code"), { target: { value: code } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "登录" })));
}

useFreshDevice();

describe("sign in with a code", () => {
  it("asks for a code, takes it, and signs the participant in on this device", async () => {
    const calls = stubApi();
    renderSignIn();
    await requestCode();
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/api/collections/participants/request-otp",
      body: { email: "zhao@example.com" },
    });
    await waitFor(() => expect(document.activeElement).toBe(field("code")));
    expect(field("code").getAttribute("inputmode")).toBe("numeric");
    expect(field("code").getAttribute("autocomplete")).toBe("one-time-code");
    expect(screen.getByText(/如果 zhao@example.com 在践诺里登记过/)).toBeTruthy();

    // Full-width digits and a space, as a Chinese keyboard may type them.
    await enterCode("１２３ ４５６");
    expect(calls[1]).toMatchObject({
      path: "/api/collections/participants/auth-with-otp",
      body: { otpId: "otp1", password: "123456" },
    });
    expect(calls[2]).toMatchObject({ method: "GET", authorization: "fresh-token" });
    expect(calls[2]?.query.get("fields")).toBe("id,name,organization,locale");
    expect($session.get()).toEqual({ token: "fresh-token", participant: record, cohort: demoCohort, joinKey: "" });

    const panel = await screen.findByTestId("signed-in");
    expect(panel.textContent).toContain("欢迎回来，赵敏！");
    expect(panel.textContent).toContain("演示班");
    expect(panel.querySelector("a[data-go-to-me]")?.getAttribute("href")).toBe("/me/");
    await waitFor(() => expect(document.activeElement?.id).toBe("signed-in-heading"));
  });

  it("checks the email and the code's format before asking the server", async () => {
    const calls = stubApi();
    renderSignIn();
    fireEvent.click(screen.getByRole("button", { name: "给我发验证码" }));
    expect(screen.getByRole("alert").textContent).toBe("请先填写邮箱。");
    fireEvent.change(field("email"), { target: { value: "zhao@" } });
    fireEvent.click(screen.getByRole("button", { name: "给我发验证码" }));
    expect(screen.getByRole("alert").textContent).toContain("邮箱格式不对");
    expect(calls).toEqual([]);

    await requestCode();
    await enterCode("12345");
    expect(screen.getByRole("alert").textContent).toBe("验证码是 6 位数字，请再核对一下。");
    expect(field("code").getAttribute("aria-invalid")).toBe("true");
    expect(calls).toHaveLength(1);
  });

  it.each([
    ["a wrong or expired code", () => pbError(400, "Invalid or expired OTP"), "验证码不对，或者已经过期了"],
    [
      "too many attempts",
      () => pbError(429, "Too many attempts, please try again later with a new OTP."),
      "尝试次数太多了",
    ],
    ["no network", () => Promise.reject(new TypeError("Failed to fetch")), "连不上服务器"],
  ])("explains %s in the page's language and keeps the code", async (_case, answer, message) => {
    stubApi(answer);
    renderSignIn();
    await requestCode();
    await enterCode("654321");
    expect((await screen.findByRole("alert")).textContent).toContain(message);
    expect(field("code").value).toBe("654321");
    await waitFor(() => expect(document.activeElement).toBe(field("code")));
    expect($session.get()).toBeNull();
  });

  it("says so when the device is offline", async () => {
    stubApi();
    renderSignIn();
    await requestCode();
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    noNetwork();
    await enterCode("654321");
    expect((await screen.findByRole("alert")).textContent).toContain("设备现在没有联网");
  });

  it("sends a new code and uses it", async () => {
    const calls = stubApi();
    renderSignIn();
    await requestCode();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "重新发送验证码" })));
    expect(screen.getByText("新的验证码已经发出，请用最新的那一个。")).toBeTruthy();
    await enterCode("123456");
    expect(calls[2]?.body).toEqual({ otpId: "otp2", password: "123456" });
  });

  it("does not spend the code twice when only reading the cohort failed", async () => {
    let cohortFails = true;
    const calls = stubApi(undefined, () => (cohortFails ? pbError(500, "boom") : json(200, cohortRecord)));
    renderSignIn();
    await requestCode();
    await enterCode("123456");
    expect((await screen.findByRole("alert")).textContent).toContain("服务器暂时出了问题");
    cohortFails = false;
    await enterCode("123456");
    await screen.findByTestId("signed-in");
    expect(calls.filter((c) => c.path.endsWith("/auth-with-otp"))).toHaveLength(1);
  });

  it("says who is signed in already, and switches only after confirmation", async () => {
    $session.set({ token: "old", participant: record, cohort: demoCohort, joinKey: "" });
    renderSignIn("en");
    const panel = screen.getByTestId("signed-in");
    expect(panel.textContent).toContain("赵敏 is signed in here");
    expect(panel.querySelector("a")?.getAttribute("href")).toBe("/en/me/");
    fireEvent.click(panel.querySelector("button[data-switch-participant]")!);
    await waitFor(() => expect(document.activeElement?.textContent).toContain("This device will sign 赵敏 out"));
    await act(async () => fireEvent.click(document.querySelector("button[data-switch-participant-confirm]")!));
    expect($session.get()).toBeNull();
    expect(screen.getByLabelText("Email")).toBe(field("email"));
  });
});
