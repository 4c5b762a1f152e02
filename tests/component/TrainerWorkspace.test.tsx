// The trainer workspace in jsdom, with fetch answering in PocketBase's shape (the real server rules are
// tested in tests/integration/cohorts.test.ts).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import { trainerPb } from "../../src/lib/pocketbase";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import TrainerWorkspace from "../../src/islands/trainer/workspace/TrainerWorkspace";
import {
  fakePocketBase,
  fakeToken,
  fieldError,
  json,
  list,
  noNetwork,
  on,
  pbError,
  signInTrainer,
  TRAINER,
  unexpected,
  type FakePocketBase,
  type Route,
} from "../support/fake-pocketbase";
import { cohortRecord } from "../support/records";

const paths = { joinView: "/trainer/join/", wall: "/trainer/wall/", dashboard: "/trainer/cohort/" };

/** A fake server answering only `routes`; any other request fails the test loudly. */
const serve = (...routes: Route[]) => fakePocketBase(...routes, unexpected);

/** Bodies of the requests sent to `path` with `method`. */
const bodiesOf = (server: FakePocketBase, method: string, path: string) =>
  server.sent(method, path).map((r) => r.body as Record<string, unknown>);

const LIST = "/api/collections/cohorts/records";

function renderWorkspace(locale: Locale = "zh-CN") {
  return render(
    <TrainerWorkspace locale={locale} strings={pickMessages(locale, ISLAND_KEYS.workspace)} paths={paths} />,
  );
}

function field(name: string): HTMLInputElement {
  const element = document.querySelector(`[name="${name}"]`);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement))
    throw new Error(`no field ${name}`);
  return element as HTMLInputElement;
}

/** The element matching `selector`; throws (so waitFor retries) while there is none. */
function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(name: string, value: string) {
  fireEvent.change(field(name), { target: { value } });
}

beforeEach(() => {
  trainerPb.authStore.clear();
});

// Signing in through the form saves the trainer's session like a real sign-in does.
afterEach(() => {
  trainerPb.authStore.clear();
});

describe("sign-in", () => {
  it("signs in with email and password, then shows the trainer's cohorts", async () => {
    const server = serve(
      on("POST", "/api/collections/trainers/auth-with-password", () =>
        json(200, { token: fakeToken({ id: TRAINER.id }), record: TRAINER }),
      ),
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001" })])),
    );
    renderWorkspace();
    type("email", " zhou@example.com ");
    type("password", "secret-password");
    fireEvent.click(screen.getByRole("button", { name: "登录" }));

    expect(await screen.findByText("已登录：周老师")).toBeTruthy();
    expect(bodiesOf(server, "POST", "/api/collections/trainers/auth-with-password")).toEqual([
      { identity: "zhou@example.com", password: "secret-password" },
    ]);
    expect(await screen.findByText("城东支行服务提升班")).toBeTruthy();
    expect(document.querySelector("form[data-trainer-signin]")).toBeNull();
    const listCall = server.requests.find((r) => r.path === LIST);
    expect(listCall?.query.get("sort")).toBe("-startsOn");
  });

  it("says plainly when the email or password is wrong, and keeps what was typed", async () => {
    serve(on("POST", "/api/collections/trainers/auth-with-password", () => pbError(400, "Failed to authenticate.")));
    renderWorkspace();
    type("email", "zhou@example.com");
    type("password", "wrong");
    fireEvent.click(screen.getByRole("button", { name: "登录" }));

    expect((await screen.findByRole("alert")).textContent).toBe("邮箱或密码不对，请再核对一下。");
    expect(field("email").value).toBe("zhou@example.com");
    expect(trainerPb.authStore.isValid).toBe(false);
  });

  it("asks for both fields before sending, and speaks English on /en/", async () => {
    const server = serve();
    renderWorkspace("en");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(server.requests).toEqual([]);
    expect(field("email").getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("password-error")?.textContent).toBe("This field is required.");
    await waitFor(() => expect(document.activeElement).toBe(field("email")));
  });

  it("shows a network failure as such", async () => {
    noNetwork();
    renderWorkspace();
    type("email", "zhou@example.com");
    type("password", "x");
    fireEvent.click(screen.getByRole("button", { name: "登录" }));
    expect((await screen.findByRole("alert")).textContent).toContain("连不上服务器");
  });

  it("signs out back to the form", async () => {
    serve(on("GET", LIST, () => list([])));
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "退出登录" }));
    expect(document.querySelector("form[data-trainer-signin]")).not.toBeNull();
    expect(trainerPb.authStore.token).toBe("");
  });
});

describe("the cohort list", () => {
  it("shows each cohort's facts, code and links; archived ones folded away below", async () => {
    serve(
      on("GET", LIST, () =>
        list([
          cohortRecord({
            id: "cohortarchived1",
            name: "去年的班",
            archived: true,
            startsOn: "2026-12-01 00:00:00.000Z",
            endsOn: "2026-12-02 00:00:00.000Z",
          }),
          cohortRecord({ id: "cohort000000001", followUpDays: [3, 30] }),
        ]),
      ),
    );
    signInTrainer();
    renderWorkspace();
    const item = await waitFor(() => element('[data-cohort="cohort000000001"]'));
    const inItem = within(item);
    expect(inItem.getByText(/示例银行/).textContent).toContain("2026年11月24日 至 2026年11月25日");
    expect(item.querySelector("[data-join-code]")?.textContent).toBe("AB3K7Q");
    expect(inItem.getByText("回访：最后一天之后第 3, 30 天")).toBeTruthy();
    expect(item.querySelector("a[data-join-view]")?.getAttribute("href")).toBe("/trainer/join/?cohort=cohort000000001");
    expect(item.querySelector("a[data-wall]")?.getAttribute("href")).toBe("/trainer/wall/?cohort=cohort000000001");
    expect(item.querySelector("a[data-dashboard]")?.getAttribute("href")).toBe(
      "/trainer/cohort/?cohort=cohort000000001",
    );

    const archived = document.querySelector<HTMLDetailsElement>("details[data-archived-cohorts]")!;
    expect(archived.open).toBe(false);
    expect(archived.querySelector("summary")?.textContent).toBe("已归档的工作坊（1）");
    expect(archived.querySelector('[data-cohort="cohortarchived1"] button[data-restore]')).not.toBeNull();
    // Active first, even though the archived one starts later.
    const order = [...document.querySelectorAll("[data-cohort]")].map((el) => el.getAttribute("data-cohort"));
    expect(order).toEqual(["cohort000000001", "cohortarchived1"]);
  });

  it("offers a retry when the list cannot be loaded", async () => {
    let calls = 0;
    serve(on("GET", LIST, () => (++calls === 1 ? pbError(500, "x") : list([cohortRecord({ id: "cohort000000001" })]))));
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "再试一次" }));
    expect(await screen.findByText("城东支行服务提升班")).toBeTruthy();
  });
});

describe("creating and editing", () => {
  async function openCreateForm() {
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await waitFor(() => element("button[data-create-cohort]")));
    type("name", " 城西网点班 ");
    type("organization", "示例银行");
    type("startsOn", "2026-11-24");
    type("endsOn", "2026-11-25");
  }

  it("sends the trainer's id and numeric follow-up days, never a join code", async () => {
    const server = serve(
      on("GET", LIST, () => list([])),
      on("POST", LIST, (request) =>
        json(200, cohortRecord({ id: "cohortcreated01", ...request.body, joinCode: "Q7K3BA" })),
      ),
    );
    await openCreateForm();
    expect(field("followUpDays").value).toBe("7, 21, 45, 90");
    expect(screen.getByText(/回访日期：/).textContent).toBe("回访日期：12月2日、12月16日、1月9日和2月23日");
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));

    expect((await screen.findByRole("status")).textContent).toBe("已创建“城西网点班”，加入码是 Q7K3BA。");
    const [body] = bodiesOf(server, "POST", LIST);
    expect(body).toEqual({
      name: "城西网点班",
      organization: "示例银行",
      trainer: TRAINER.id,
      startsOn: "2026-11-24",
      endsOn: "2026-11-25",
      locale: "zh-CN",
      followUpDays: [7, 21, 45, 90],
      showNamesOnWall: false,
    });
    expect(body).not.toHaveProperty("joinCode");
    const item = document.querySelector('[data-cohort="cohortcreated01"]')!;
    expect(item.querySelector("[data-join-code]")?.textContent).toBe("Q7K3BA");
    await waitFor(() => expect(document.activeElement).toBe(item.querySelector("h3")));
    expect(document.querySelector("form[data-cohort-form]")).toBeNull();
  });

  it("reads follow-up days typed with Chinese commas, the language and names-on-wall choice", async () => {
    const server = serve(
      on("GET", LIST, () => list([])),
      on("POST", LIST, (request) => json(200, cohortRecord({ id: "cohortcreated02", ...request.body }))),
    );
    await openCreateForm();
    type("followUpDays", "3，30、60");
    type("locale", "en");
    fireEvent.click(screen.getByLabelText("显示参与者的名字"));
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));
    await screen.findByRole("status");
    expect(bodiesOf(server, "POST", LIST)[0]).toMatchObject({
      followUpDays: [3, 30, 60],
      locale: "en",
      showNamesOnWall: true,
    });
  });

  it("sends the places the trainer set, from 1 to 300, and leaves them to the server when empty", async () => {
    const server = serve(
      on("GET", LIST, () => list([])),
      on("POST", LIST, (request) => json(200, cohortRecord({ id: "cohortcreated03", ...request.body }))),
    );
    await openCreateForm();
    expect(field("capacity").value).toBe("");
    type("capacity", "301");
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));
    expect(document.getElementById("capacity-error")?.textContent).toBeTruthy();
    expect(bodiesOf(server, "POST", LIST)).toEqual([]);
    type("capacity", "３００");
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));
    await screen.findByRole("status");
    expect(bodiesOf(server, "POST", LIST)[0]).toMatchObject({ capacity: 300 });
  });

  it("checks dates and follow-up days before sending", async () => {
    const server = serve(on("GET", LIST, () => list([])));
    await openCreateForm();
    type("endsOn", "2026-11-20");
    type("followUpDays", "30, 7");
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));
    expect(document.getElementById("endsOn-error")?.textContent).toBe("结束日期不能早于开始日期。");
    expect(document.getElementById("followUpDays-error")?.textContent).toContain("从小到大");
    await waitFor(() => expect(document.activeElement).toBe(field("endsOn")));
    expect(bodiesOf(server, "POST", LIST)).toEqual([]);
  });

  it("shows the server's field error at the field, in the page's language, and keeps the form", async () => {
    serve(
      on("GET", LIST, () => list([])),
      on("POST", LIST, () => fieldError(400, "endsOn", "jiannuo_dates_order")),
    );
    await openCreateForm();
    fireEvent.click(screen.getByRole("button", { name: "创建工作坊" }));
    expect(await screen.findByText("结束日期不能早于开始日期。")).toBeTruthy();
    expect(field("endsOn").getAttribute("aria-invalid")).toBe("true");
    expect(field("endsOn").getAttribute("aria-describedby")).toContain("endsOn-error");
    expect(field("name").value).toBe(" 城西网点班 ");
    await waitFor(() => expect(document.activeElement).toBe(field("endsOn")));
    type("endsOn", "2026-11-26");
    expect(document.getElementById("endsOn-error")).toBeNull();
  });

  it("edits a cohort with a PATCH that leaves trainer and join code alone", async () => {
    const server = serve(
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001" })])),
      on("PATCH", `${LIST}/cohort000000001`, (request) =>
        json(200, cohortRecord({ id: "cohort000000001", ...request.body })),
      ),
    );
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "编辑" }));
    expect(field("name").value).toBe("城东支行服务提升班");
    expect(field("startsOn").value).toBe("2026-11-24");
    type("name", "城东支行服务提升班（二期）");
    fireEvent.click(screen.getByRole("button", { name: "保存修改" }));
    expect((await screen.findByRole("status")).textContent).toBe("已保存“城东支行服务提升班（二期）”。");
    const [body] = bodiesOf(server, "PATCH", `${LIST}/cohort000000001`);
    expect(body).not.toHaveProperty("trainer");
    expect(body).not.toHaveProperty("joinCode");
    expect(body).toMatchObject({ name: "城东支行服务提升班（二期）", followUpDays: [7, 21, 45, 90] });
  });
});

describe("archive and new join code", () => {
  it("archives only after the in-page confirmation, and cancel sends nothing", async () => {
    const server = serve(
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001" })])),
      on("PATCH", `${LIST}/cohort000000001`, () => json(200, cohortRecord({ id: "cohort000000001", archived: true }))),
    );
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "归档" }));
    const box = document.querySelector<HTMLElement>("[data-confirm-box]")!;
    expect(box.textContent).toContain("已经加入的人和他们的承诺都会保留");
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.click(within(box).getByRole("button", { name: "取消" }));
    expect(document.querySelector("[data-confirm-box]")).toBeNull();
    expect(bodiesOf(server, "PATCH", `${LIST}/cohort000000001`)).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "归档" }));
    fireEvent.click(screen.getByRole("button", { name: "确认归档" }));
    expect((await screen.findByRole("status")).textContent).toBe("已归档“城东支行服务提升班”。");
    expect(bodiesOf(server, "PATCH", `${LIST}/cohort000000001`)).toEqual([{ archived: true }]);
    const archived = document.querySelector<HTMLDetailsElement>("details[data-archived-cohorts]")!;
    expect(archived.querySelector('[data-cohort="cohort000000001"]')).not.toBeNull();
    expect(archived.open).toBe(true);
  });

  it("restores an archived cohort after confirming", async () => {
    const server = serve(
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001", archived: true })])),
      on("PATCH", `${LIST}/cohort000000001`, () => json(200, cohortRecord({ id: "cohort000000001", archived: false }))),
    );
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "恢复" }));
    expect(screen.getByText(/又可以用加入码 AB3K7Q 加入/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "确认恢复" }));
    await screen.findByText("已恢复“城东支行服务提升班”。");
    expect(bodiesOf(server, "PATCH", `${LIST}/cohort000000001`)).toEqual([{ archived: false }]);
    expect(document.querySelector("details[data-archived-cohorts]")).toBeNull();
  });

  it("replaces the join code after warning that the old one stops working", async () => {
    const server = serve(
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001" })])),
      on("POST", "/api/jiannuo/cohorts/cohort000000001/join-code", () => json(200, { joinCode: "ZX9W2M" })),
    );
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "换加入码" }));
    expect(document.querySelector("[data-confirm-box]")?.textContent).toContain(
      "旧加入码 AB3K7Q 会马上失效；已经加入的人不受影响",
    );
    fireEvent.click(screen.getByRole("button", { name: "换新加入码" }));
    expect((await screen.findByRole("status")).textContent).toBe(
      "“城东支行服务提升班”的新加入码是 ZX9W2M，旧加入码已失效。",
    );
    expect(document.querySelector('[data-cohort="cohort000000001"] [data-join-code]')?.textContent).toBe("ZX9W2M");
    expect(server.requests.some((r) => r.path.endsWith("/join-code") && r.method === "POST")).toBe(true);
  });

  it("keeps the confirmation open and explains when the request fails", async () => {
    serve(
      on("GET", LIST, () => list([cohortRecord({ id: "cohort000000001" })])),
      on("POST", "/api/jiannuo/cohorts/cohort000000001/join-code", () => pbError(500, "x")),
    );
    signInTrainer();
    renderWorkspace();
    fireEvent.click(await screen.findByRole("button", { name: "换加入码" }));
    fireEvent.click(screen.getByRole("button", { name: "换新加入码" }));
    expect((await screen.findByRole("alert")).textContent).toContain("服务器暂时出了问题");
    expect(document.querySelector("[data-confirm-box]")).not.toBeNull();
    expect(document.querySelector("[data-join-code]")?.textContent).toBe("AB3K7Q");
  });
});
