// Sign in with an emailed one-time code, in jsdom; fetch answers as PocketBase's OTP routes do (the
// real routes and the email are tested in tests/integration/sign-in-code.test.ts).
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import SignIn from "../../src/islands/signin/SignIn";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, json, noNetwork, on, pbError, type SentRequest } from "../support/fake-pocketbase";
import { demoCohort, participantRecord } from "../support/records";

const record = participantRecord({ id: "participant0001" });
const otherRecord = participantRecord({ id: "participant0002", name: "Zhao Min", cohort: "cohort000000002" });
const otherCohort = {
  id: "cohort000000002",
  name: "English cohort",
  organization: "Example Hotel",
  locale: "en" as const,
};
const participation = (p: typeof record, cohort: typeof demoCohort | typeof otherCohort, joinedAt: string) => ({
  id: p.id,
  name: p.name,
  joinedAt,
  cohort,
});

interface Answers {
  auth?: () => Response | Promise<Response>;
  choice?: () => Response | Promise<Response>;
  mail?: boolean;
}

/**
 * The server as the sign-in page meets it: PocketBase's OTP routes on addresses (each request a fresh
 * otpId; any code accepted unless `auth` says otherwise), the address's workshops, and signing in as one.
 * Returns the requests after the page's question whether the server has mail.
 */
function stubApi({ auth, choice, mail = true }: Answers = {}): SentRequest[] {
  const calls: SentRequest[] = [];
  fakePocketBase(
    on("GET", "/api/jiannuo/site", () => json(200, { appUrl: "https://jiannuo.example", mail })),
    (request) => {
      calls.push(request);
      return undefined;
    },
    on("POST", "/api/collections/addresses/request-otp", () => json(200, { otpId: `otp${calls.length}` })),
    on("POST", "/api/collections/addresses/auth-with-otp", () =>
      auth ? auth() : json(200, { token: "address-token", record: { id: "address00000001" } }),
    ),
    on("GET", "/api/jiannuo/address/participations", () =>
      choice
        ? choice()
        : json(200, {
            email: "zhao@example.com",
            unsubscribed: false,
            participations: [participation(record, demoCohort, "2026-11-24 08:00:00.000Z")],
          }),
    ),
    on("POST", "/api/jiannuo/address/sign-in", (request) => {
      const chosen =
        request.body?.participant === otherRecord.id
          ? { record: otherRecord, cohort: otherCohort }
          : { record, cohort: demoCohort };
      return json(200, { token: "fresh-token", ...chosen, email: "zhao@example.com" });
    }),
  );
  return calls;
}

function renderSignIn(locale: Locale = "zh-CN") {
  return render(
    <SignIn
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.signin)}
      meHref={locale === "en" ? "/en/me/" : "/me/"}
      joinHref="/join/"
    />,
  );
}

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;

async function requestCode(email = "zhao@example.com") {
  await waitFor(() => expect(field("email")).toBeTruthy());
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
  it("asks for a code for the address as the server keeps it, takes it, and signs the one workshop in on this device", async () => {
    const calls = stubApi();
    renderSignIn();
    // Full-width letters and ＠ (a Chinese keyboard), capitals and spaces: the one normal form is sent.
    await requestCode("Ｚhao＠Example.com");
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/api/collections/addresses/request-otp",
      body: { email: "zhao@example.com" },
    });
    await waitFor(() => expect(document.activeElement).toBe(field("code")));
    expect(field("code").getAttribute("inputmode")).toBe("numeric");
    expect(field("code").getAttribute("autocomplete")).toBe("one-time-code");
    expect(screen.getByText(/如果 zhao@example.com 在践诺里登记过/)).toBeTruthy();

    // Full-width digits and a space, as a Chinese keyboard may type them.
    await enterCode("１２３ ４５６");
    expect(calls[1]).toMatchObject({
      path: "/api/collections/addresses/auth-with-otp",
      body: { otpId: "otp1", password: "123456" },
    });
    expect(calls[2]).toMatchObject({
      method: "GET",
      path: "/api/jiannuo/address/participations",
      authorization: "address-token",
    });
    expect(calls[3]).toMatchObject({
      method: "POST",
      path: "/api/jiannuo/address/sign-in",
      authorization: "address-token",
      body: { participant: record.id, resume: false },
    });
    expect($session.get()).toEqual({
      token: "fresh-token",
      participant: record,
      cohort: demoCohort,
      joinKey: "",
      email: "zhao@example.com",
    });

    const panel = await screen.findByTestId("signed-in");
    expect(panel.textContent).toContain("欢迎回来，赵敏！");
    expect(panel.textContent).toContain("演示班");
    expect(panel.querySelector("a[data-go-to-me]")?.getAttribute("href")).toBe("/me/");
    await waitFor(() => expect(document.activeElement?.id).toBe("signed-in-heading"));
  });

  it("lets the person choose among the address's workshops, the newest chosen already", async () => {
    const calls = stubApi({
      choice: () =>
        json(200, {
          email: "zhao@example.com",
          unsubscribed: false,
          participations: [
            participation(otherRecord, otherCohort, "2026-12-01 08:00:00.000Z"),
            participation(record, demoCohort, "2026-11-24 08:00:00.000Z"),
          ],
        }),
    });
    renderSignIn();
    await requestCode();
    await enterCode("123456");
    const options = await waitFor(() => {
      const radios = [...document.querySelectorAll<HTMLInputElement>("input[name=participant]")];
      expect(radios).toHaveLength(2);
      return radios;
    });
    expect(options.map((o) => [o.value, o.checked])).toEqual([
      [otherRecord.id, true],
      [record.id, false],
    ]);
    expect(document.body.textContent).toContain("English cohort");
    expect(document.body.textContent).toContain("名字：赵敏");
    expect(document.querySelector("input[name=resume]")).toBeNull();
    fireEvent.click(options[1]!);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "用这个身份登录" })));
    expect(calls.at(-1)).toMatchObject({
      path: "/api/jiannuo/address/sign-in",
      body: { participant: record.id, resume: false },
    });
    expect((await screen.findByTestId("signed-in")).textContent).toContain("演示班");
  });

  it("offers to undo the address's unsubscribe (the code proved the address), only when asked", async () => {
    const calls = stubApi({
      choice: () =>
        json(200, {
          email: "zhao@example.com",
          unsubscribed: true,
          participations: [participation(record, demoCohort, "2026-11-24 08:00:00.000Z")],
        }),
    });
    renderSignIn();
    await requestCode();
    await enterCode("123456");
    await waitFor(() => expect(field("resume")).toBeTruthy());
    expect(field("resume").checked).toBe(false);
    fireEvent.click(field("resume"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "用这个身份登录" })));
    expect(calls.at(-1)).toMatchObject({
      path: "/api/jiannuo/address/sign-in",
      body: { participant: record.id, resume: true },
    });
  });

  it("says when the address joined no workshop", async () => {
    stubApi({ choice: () => json(200, { email: "zhao@example.com", unsubscribed: false, participations: [] }) });
    renderSignIn();
    await requestCode();
    await enterCode("123456");
    await waitFor(() => expect(document.querySelector("[data-pick-none]")).not.toBeNull());
    const none = document.querySelector("[data-pick-none]")!;
    expect(none.textContent).toContain("这个邮箱还没有加入任何工作坊");
    expect($session.get()).toBeNull();
  });

  it("says when this server has no mail server, instead of promising a code", async () => {
    const calls = stubApi({ mail: false });
    renderSignIn();
    await waitFor(() => expect(document.querySelector("[data-no-mail]")).not.toBeNull());
    const notice = document.querySelector("[data-no-mail]")!;
    expect(notice.textContent).toContain("没有设置发邮件");
    expect(notice.textContent).toContain("请找培训师");
    expect(field("email")).toBeNull();
    expect(calls).toEqual([]);
  });

  it("checks the email and the code's format before asking the server", async () => {
    const calls = stubApi();
    renderSignIn();
    await waitFor(() => expect(field("email")).toBeTruthy());
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
    stubApi({ auth: answer });
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

  it("does not spend the code twice when only reading the address's workshops failed", async () => {
    let choiceFails = true;
    const calls = stubApi({
      choice: () =>
        choiceFails
          ? pbError(500, "boom")
          : json(200, {
              email: "zhao@example.com",
              unsubscribed: false,
              participations: [participation(record, demoCohort, "")],
            }),
    });
    renderSignIn();
    await requestCode();
    await enterCode("123456");
    expect((await screen.findByRole("alert")).textContent).toContain("服务器暂时出了问题");
    choiceFails = false;
    await enterCode("123456");
    await screen.findByTestId("signed-in");
    expect(calls.filter((c) => c.path.endsWith("/auth-with-otp"))).toHaveLength(1);
  });

  it("says who is signed in already, and switches only after confirmation", async () => {
    stubApi();
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
