// The join island in jsdom, with fetch answering in PocketBase's shape (the real route is tested elsewhere).
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import JoinForm from "../../src/islands/join/JoinForm";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $session, leaveSession, type Session } from "../../src/stores/session";
import { fakePocketBase, fieldError, json, networkFailure, pbError, type Route } from "../support/fake-pocketbase";
import { demoCohort, participantRecord, participantSession } from "../support/records";

const cohort = demoCohort;

/** A join route that joins whoever asks, echoing the name and id. */
const joinOk: Route = ({ body }) =>
  json(200, { token: "token", record: participantRecord({ id: body.id, name: body.name }), cohort });

function renderForm(locale: Locale = "zh-CN") {
  const strings = pickMessages(locale, ISLAND_KEYS.join);
  return render(<JoinForm locale={locale} strings={strings} homeHref={locale === "en" ? "/en/" : "/"} />);
}

function input(name: string): HTMLInputElement {
  const element = document.querySelector(`[name="${name}"]`);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) throw new Error(`no ${name}`);
  return element as HTMLInputElement;
}

function type(name: string, value: string) {
  fireEvent.change(input(name), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole("button", { name: /加入|Join/ }));
}

beforeEach(() => {
  leaveSession();
  window.history.replaceState(null, "", "/join/");
});

describe("JoinForm", () => {
  it("prefills the normalized code from ?code= and starts with both consents unticked", () => {
    window.history.replaceState(null, "", "/join/?code=ab3-k7q");
    renderForm();
    expect(input("code").value).toBe("AB3K7Q");
    expect(input("code").getAttribute("autocapitalize")).toBe("characters");
    expect(input("followUpConsent").checked).toBe(false);
    expect(input("namedInReport").checked).toBe(false);
    expect(input("locale").value).toBe("zh-CN");
    expect(input("email").type).toBe("email");
    expect(screen.getByLabelText("你的名字")).toBe(input("name"));
  });

  it("defaults the language to the page's locale", () => {
    renderForm("en");
    expect(input("locale").value).toBe("en");
    expect(screen.getByLabelText("Your name")).toBe(input("name"));
  });

  it("gives instant feedback on the code format", () => {
    renderForm();
    type("code", "ab");
    expect(document.getElementById("code-hint")?.textContent).toBe("还差 4 位");
    type("code", "ab0");
    expect(document.getElementById("code-hint")?.textContent).toContain("0、1、I、L、O");
    type("code", "ab3 k7q");
    expect(document.getElementById("code-hint")?.textContent).toBe("格式没问题");
  });

  it("shows field errors without sending, and keeps what was typed", async () => {
    const server = fakePocketBase(joinOk);
    renderForm();
    type("code", "AB0");
    type("email", "zhao@");
    submit();

    const codeError = document.getElementById("code-error");
    expect(codeError?.getAttribute("role")).toBe("alert");
    expect(input("code").getAttribute("aria-invalid")).toBe("true");
    expect(input("code").getAttribute("aria-describedby")).toContain("code-error");
    expect(document.getElementById("name-error")?.textContent).toBe("请填写你的名字。");
    expect(document.getElementById("email-error")?.textContent).toContain("邮箱格式不对");
    expect(input("code").value).toBe("AB0");
    expect(input("email").value).toBe("zhao@");
    await waitFor(() => expect(document.activeElement).toBe(input("code")));
    expect(server.requests).toEqual([]);
  });

  it("says at once that follow-up emails need an email address", () => {
    renderForm();
    fireEvent.click(input("followUpConsent"));
    expect(document.getElementById("email-error")?.textContent).toContain("请先填写邮箱");
    type("email", "zhao@example.com");
    expect(document.getElementById("email-error")).toBeNull();
  });

  it("joins, then greets the participant and names the cohort", async () => {
    const server = fakePocketBase(joinOk);
    window.history.replaceState(null, "", "/join/?code=AB3K7Q");
    renderForm();
    type("name", "赵敏");
    fireEvent.click(input("namedInReport"));
    submit();

    const joined = await screen.findByTestId("joined");
    expect(joined.textContent).toContain("赵敏");
    expect(joined.textContent).toContain("演示班");
    expect(joined.textContent).toContain("示例酒店");
    expect(joined.querySelector("a")?.getAttribute("href")).toBe("/");
    await waitFor(() => expect(document.activeElement?.id).toBe("joined-heading"));

    const [body] = server.requests.map((r) => r.body);
    expect(body).toMatchObject({
      code: "AB3K7Q",
      name: "赵敏",
      followUpConsent: false,
      namedInReport: true,
      locale: "zh-CN",
    });
    expect(body.id).toMatch(/^[a-z0-9]{15}$/);
    expect(body.joinKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The device's own id, apart from this person's join key (one belonging answer per device).
    expect(body.device).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.device).not.toBe(body.joinKey);
    expect($session.get()?.participant.name).toBe("赵敏");
  });

  it("disables the button and says so while sending", async () => {
    let answer: (response: Response) => void = () => {};
    fakePocketBase(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderForm();
    type("code", "AB3K7Q");
    type("name", "赵敏");
    submit();

    const button = screen.getByRole("button", { name: "正在加入…" });
    expect(button).toHaveProperty("disabled", true);
    await act(async () => answer(fieldError(400, "code", "jiannuo_code_unknown")));
    expect(screen.getByRole("button", { name: "加入" })).toHaveProperty("disabled", false);
  });

  it("shows the server's field error in Chinese and keeps the input", async () => {
    fakePocketBase(() => fieldError(400, "code", "jiannuo_code_unknown"));
    renderForm();
    type("code", "ZZZZZZ");
    type("name", "钱多多");
    submit();

    const error = await waitFor(() => {
      const element = document.getElementById("code-error");
      if (!element) throw new Error("no error yet");
      return element;
    });
    expect(error.textContent).toBe("没有找到这个加入码，请向培训师确认一下。");
    expect(input("code").getAttribute("aria-invalid")).toBe("true");
    expect(input("code").value).toBe("ZZZZZZ");
    expect(input("name").value).toBe("钱多多");
  });

  it.each([
    ["email", "jiannuo_email_invalid", "邮箱格式不对"],
    ["code", "jiannuo_cohort_full", "名额已经满了"],
    ["name", "jiannuo_name_too_long", "最多 40 个字"],
  ])("puts a %s error (%s) next to its field", async (field, code, expected) => {
    fakePocketBase(() => fieldError(400, field, code));
    renderForm();
    type("code", "AB3K7Q");
    type("name", "赵敏");
    type("email", "zhao@example.com");
    submit();
    await waitFor(() => expect(document.getElementById(`${field}-error`)?.textContent).toContain(expected));
  });

  it("shows a form error when the network fails, and retries with the same identity", async () => {
    let attempts = 0;
    const server = fakePocketBase(
      networkFailure(() => ++attempts === 1),
      joinOk,
    );
    renderForm("en");
    type("code", "AB3K7Q");
    type("name", "Zhao Min");
    submit();

    await waitFor(() => expect(document.getElementById("form-error")?.textContent).toContain("could not reach"));
    expect(document.getElementById("form-error")?.getAttribute("role")).toBe("alert");
    expect(input("name").value).toBe("Zhao Min");

    submit();
    const joined = await screen.findByTestId("joined");
    expect(joined.querySelector("a")?.getAttribute("href")).toBe("/en/");
    const [first, second] = server.requests.map((r) => r.body);
    expect(second.id).toBe(first.id);
    expect(second.joinKey).toBe(first.joinKey);
  });

  it("asks to wait a few minutes after too many attempts", async () => {
    fakePocketBase(() => pbError(429, "Too Many Requests."));
    renderForm();
    type("code", "AB3K7Q");
    type("name", "赵敏");
    submit();
    await waitFor(() => expect(document.getElementById("form-error")?.textContent).toContain("过几分钟"));
  });
});

describe("JoinForm with a session already on this device", () => {
  const session: Session = participantSession(participantRecord({ id: "p00000000000001", name: "孙丽" }), {
    joinKey: "k",
  });

  it("shows who is signed in, and switches person only after an in-page confirmation", () => {
    $session.set(session);
    renderForm();
    const joined = screen.getByTestId("joined");
    expect(joined.textContent).toContain("演示班");
    expect(joined.textContent).toContain("孙丽");

    fireEvent.click(screen.getByRole("button", { name: "换一个人加入" }));
    expect(screen.getByText(/确定要换人吗/)).toBe(document.activeElement);
    fireEvent.click(screen.getByRole("button", { name: "先不换" }));
    expect($session.get()).not.toBeNull();
    expect(screen.getByRole("button", { name: "换一个人加入" })).toBe(document.activeElement);

    fireEvent.click(screen.getByRole("button", { name: "换一个人加入" }));
    fireEvent.click(screen.getByRole("button", { name: "确定换人" }));
    expect($session.get()).toBeNull();
    expect(screen.queryByTestId("joined")).toBeNull();
    expect(input("name").value).toBe("");
  });
});
