// The commitment island in jsdom: the draft kept at every keystroke, the coach in both languages, the
// low-confidence and over-commitment prompts, submitting, delivery states, not joined yet, and handing a
// shared tablet to the next participant. What submitting does with a draft is tested on the store in
// tests/unit/commitment-submit.test.ts; the server itself (rules, the outbox against it) in tests/integration.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { getTestStorage } from "@nanostores/persistent";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import CommitmentForm from "../../src/islands/commitment/CommitmentForm";
import { goTo } from "../../src/islands/commitment/navigate";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $drafts, EMPTY_DRAFT, editDraft } from "../../src/stores/commitment-draft";
import { $drops } from "../../src/stores/commitment-submit";
import { $outbox } from "../../src/stores/outbox";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, json, list, noNetwork } from "../support/fake-pocketbase";
import { outboxEntry, participantRecord, participantSession } from "../support/records";

vi.mock("../../src/islands/commitment/navigate", () => ({ goTo: vi.fn() }));

const PARTICIPANT = "participant0001";
const MODULES = [
  { slug: "service-mindset", title: "以客户为中心的服务思维" },
  { slug: "eoac", title: "EOAC 沟通模式" },
  { slug: "action-commitment", title: "行动承诺：从课堂到岗位" },
];
const OPEN = [
  { id: "open00000000001", module: "service-mindset", action: "每天交班前把客户待办写在交接本上" },
  { id: "open00000000002", module: "eoac", action: "每周五给一位同事一条 EOAC 反馈" },
  { id: "open00000000003", module: "eoac", action: "客户第二次来问时，先复述他的问题" },
];

/** A PocketBase listing `open` as the participant's open commitments and accepting every write. */
function stubServer(open: typeof OPEN = []) {
  return fakePocketBase(({ method, path, body }) =>
    method === "GET" ? list(open) : json(200, { id: path.split("/").pop(), ...body }),
  );
}

function signIn() {
  $session.set(participantSession(participantRecord({ id: PARTICIPANT, name: "赵敏" })));
}

/** Renders the island as a module page does (`module` given) or as the stand-alone page (null). */
function renderForm(locale: Locale = "zh-CN", module: string | null = "eoac") {
  const strings = pickMessages(locale, ISLAND_KEYS.commit);
  const joinHref = locale === "en" ? "/en/join/" : "/join/";
  return render(
    <CommitmentForm
      locale={locale}
      strings={strings}
      modules={MODULES}
      joinHref={joinHref}
      {...(module ? { module } : {})}
    />,
  );
}

function control(name: string): HTMLInputElement {
  const element = document.querySelector(`[data-commitment-form] [name="${name}"]`);
  if (!element) throw new Error(`no ${name}`);
  return element as HTMLInputElement;
}

function type(name: string, value: string) {
  fireEvent.focus(control(name));
  fireEvent.change(control(name), { target: { value } });
}

function pick(name: string, value: string | number) {
  fireEvent.click(document.querySelector(`[data-commitment-form] [name="${name}"][value="${value}"]`)!);
}

/** The element matching `selector`, once it appears. */
async function appears(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  });
}

const finding = (code: string) => appears(`[data-coach-finding="${code}"]`);

useFreshDevice();

beforeEach(() => {
  $outbox.set([]);
  $drafts.set({});
  $drops.set({});
  vi.mocked(goTo).mockClear();
  window.history.replaceState(null, "", "/modules/eoac/");
});

describe("writing a commitment", () => {
  it("labels every field and keeps each keystroke in the module's draft", () => {
    stubServer();
    renderForm();
    expect(document.querySelector('[data-commitment-form][data-module="eoac"]')).not.toBeNull();
    expect(screen.getByLabelText("我要做的一件事")).toBe(control("action"));
    expect(control("trigger").placeholder).toBe("当……时，我会……");
    expect(control("dueOn").type).toBe("date");
    expect(document.querySelectorAll('[name="confidence"]')).toHaveLength(10);
    expect(control("kind").closest("fieldset")?.querySelector("legend")?.textContent).toBe("这是谁的承诺");
    type("action", "每通电话结束前复述客户的需求");
    pick("kind", "team");
    pick("confidence", 8);
    expect(JSON.parse(getTestStorage()["jiannuo:drafts"]!)).toEqual({
      eoac: { ...EMPTY_DRAFT, action: "每通电话结束前复述客户的需求", kind: "team", confidence: 8 },
    });
  });

  it.each([
    [
      "zh-CN",
      "只有我的培训师",
      "只有培训师能看到你写的内容和你的名字。给你单位的报告只统计数量和进展，不写内容，也不写名字。",
      "我们这一期的同学",
      "同学们会在承诺墙上看到你写的内容；培训师选择显示名字时，才显示你的名字。给你单位的报告会写出内容；你同意署名时，才写你的名字。",
    ],
    [
      "en",
      "Only my trainer",
      "Only your trainer sees what you wrote and your name. The report for your company counts it with its progress, without your words or your name.",
      "My whole workshop group",
      "Your workshop group sees what you wrote on the live wall, with your name only if the trainer shows names. The report for your company shows your words, with your name only if you agreed to be named in it.",
    ],
  ] as const)(
    "says under each visibility who sees the words, who sees the name and what the company's report shows (%s)",
    (locale, privateLabel, privateHelp, cohortLabel, cohortHelp) => {
      stubServer();
      renderForm(locale);
      for (const [label, help] of [
        [privateLabel, privateHelp],
        [cohortLabel, cohortHelp],
      ] as const) {
        const radio = screen.getByRole("radio", { name: label });
        expect(radio.getAttribute("aria-describedby")).toBeTruthy();
        expect(document.getElementById(radio.getAttribute("aria-describedby")!)?.textContent).toBe(help);
      }
    },
  );

  it("coaches in Chinese once typing pauses, warnings apart from tips", async () => {
    stubServer();
    renderForm();
    type("action", "尽量多微笑");
    // Not on every keystroke: the advice waits for a pause.
    expect(document.querySelector('[data-coach-finding="vague-wording"]')).toBeNull();
    const vague = await finding("vague-wording");
    expect(vague.closest("#action-hint")?.getAttribute("aria-live")).toBe("polite");
    expect(control("action").getAttribute("aria-describedby")).toContain("action-hint");
    expect(vague.className).toContain("coach-warning");
    expect(vague.textContent).toContain("请留意");
    expect(vague.textContent).toContain("“尽量”不好检验");
    const trigger = await finding("no-trigger");
    expect(trigger.closest("#trigger-hint")).not.toBeNull();
    expect(trigger.className).toContain("coach-tip");
    expect(trigger.textContent).toContain("小建议");
  });

  it("coaches in English on the English page", async () => {
    stubServer();
    renderForm("en");
    expect(screen.getByLabelText("The one thing I will do")).toBe(control("action"));
    type("action", "Try to be friendlier");
    const vague = await finding("vague-wording");
    expect(vague.textContent).toContain("Watch out");
    expect(vague.textContent).toMatch(/“Try to” is hard to check/i);
    expect((await finding("no-measure")).textContent).toContain("How will you know it worked?");
  });

  it("below 7 asks what would make it a 7, adds the answer to support, and offers a smaller action", async () => {
    stubServer();
    renderForm();
    type("action", "每通电话结束前复述客户的需求");
    type("support", "组长");
    pick("confidence", 5);
    expect((await finding("low-confidence")).textContent).toContain("5 分");
    const prompt = await screen.findByText("怎样能让把握到 7 分或更高？");
    expect(prompt.tagName).toBe("LABEL");
    type("confidenceHelp", "先请组长陪我练一次");
    fireEvent.click(document.querySelector("[data-add-to-support]")!);
    expect(control("support").value).toBe("组长；先请组长陪我练一次");
    expect($drafts.get()["eoac"]?.support).toBe("组长；先请组长陪我练一次");
    fireEvent.click(document.querySelector("[data-edit-action]")!);
    await waitFor(() => expect(document.activeElement).toBe(control("action")));
    pick("confidence", 7);
    await waitFor(() => expect(document.querySelector("[data-low-confidence]")).toBeNull());
  });
});

describe("submitting", () => {
  it("shows required-field errors and sends nothing", async () => {
    stubServer();
    signIn();
    renderForm();
    fireEvent.submit(control("action").form!);
    const error = await appears("#action-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toBe("请写下你要做的那一件事。");
    expect(control("action").getAttribute("aria-invalid")).toBe("true");
    expect(control("action").getAttribute("aria-describedby")).toContain("action-error");
    expect(document.getElementById("confidence-error")?.textContent).toBe("请选一个 1 到 10 之间的分数。");
    await waitFor(() => expect(document.activeElement).toBe(control("action")));
  });

  it("submits the draft the form filled, empties the form and shows it sent", async () => {
    stubServer();
    signIn();
    renderForm();
    type("action", "每通电话结束前复述客户的需求");
    type("trigger", "当客户说完需求时，我会复述一遍");
    type("dueOn", "2026-12-24");
    pick("confidence", 8);
    pick("visibility", "cohort");
    // What the submit action then puts in the outbox: tests/unit/commitment-submit.test.ts.
    expect($drafts.get()["eoac"]).toEqual({
      ...EMPTY_DRAFT,
      action: "每通电话结束前复述客户的需求",
      trigger: "当客户说完需求时，我会复述一遍",
      dueOn: "2026-12-24",
      confidence: 8,
      visibility: "cohort",
    });
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);

    await waitFor(() => expect($outbox.get()).toHaveLength(1));
    expect($outbox.get()[0]!.fields.module).toBe("eoac");
    expect(control("action").value).toBe("");
    const status = document.querySelector<HTMLElement>("[data-commit-status]")!;
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(status.textContent).toContain("收到了");
    const sent = await appears('[data-delivery-state="sent"]');
    expect(sent.textContent).toContain("已发送");
  });

  it("offers the research-based cadence first, in plain words, and sends the one chosen with weekends", async () => {
    const server = stubServer();
    signIn();
    renderForm();
    const cadence = [...document.querySelectorAll<HTMLInputElement>('[data-commitment-form] [name="cadence"]')];
    expect(cadence.map((r) => [r.value, r.checked])).toEqual([
      ["steady", true],
      ["weekly", false],
      ["light", false],
    ]);
    expect(cadence[0]!.closest("label")!.textContent).toContain("常问问（推荐）：下一个工作日、第 3 天");
    expect(control("weekends").checked).toBe(false);
    type("action", "每通电话结束前复述客户的需求");
    pick("confidence", 8);
    pick("cadence", "weekly");
    fireEvent.click(control("weekends"));
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);
    await waitFor(() => expect(server.sent("POST", "/api/collections/commitments/records")).toHaveLength(1));
    expect(server.sent("POST", "/api/collections/commitments/records")[0]!.body).toMatchObject({
      cadence: "weekly",
      weekends: true,
    });
  });

  it("keeps an offline commitment on the device and says so", async () => {
    noNetwork();
    signIn();
    renderForm("en");
    type("action", "Repeat the request back before each call ends");
    pick("confidence", 9);
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);
    const waiting = await appears('[data-delivery-state="waiting"]');
    expect(waiting.textContent).toContain("On this device only, will send when online");
  });
});

describe("strength of commitment", () => {
  /** The English form with an action and a confidence, once the scale has loaded; the stubbed server. */
  async function onEnglishForm() {
    const server = stubServer();
    signIn();
    renderForm("en");
    type("action", "Repeat the request back before each call ends");
    pick("confidence", 9);
    await appears("[data-field=strength]");
    return server;
  }

  it("is asked once the participant is on the form, five statements from disagree to agree", async () => {
    stubServer();
    signIn();
    renderForm();
    // Not with the page: it loads with the coach when the participant starts on the form.
    expect(document.querySelector("[data-field=strength]")).toBeNull();
    type("action", "每通电话结束前复述客户的需求");
    const scale = await appears("[data-field=strength]");
    expect(scale.querySelector("legend")?.textContent).toBe("我对这个承诺有多坚定（选填）");
    const items = [...scale.querySelectorAll<HTMLFieldSetElement>("fieldset[data-item]")];
    expect(items.map((item) => item.querySelector("legend")?.textContent)).toEqual([
      "说实话，我很难把这个承诺当回事。",
      "坦白说，这个承诺做不做得到，我不太在乎。",
      "我下定决心要做到这个承诺。",
      "稍微遇到点事，我就可能放弃这个承诺。",
      "我认为这是一个值得努力的目标。",
    ]);
    expect(screen.getAllByRole("radio", { name: "非常同意" })).toHaveLength(5);
    expect(items[0]!.textContent).toBe("说实话，我很难把这个承诺当回事。非常不同意不同意说不准同意非常同意");
  });

  it("says that a partly answered scale does not count, and sends the answers with the commitment", async () => {
    const server = await onEnglishForm();
    pick("strength1", 1);
    pick("strength3", 5);
    expect((await appears("[data-strength-partial]")).textContent).toBe(
      "2 of 5 answered: the strength counts only when all five are.",
    );
    pick("strength2", 2);
    pick("strength4", 1);
    pick("strength5", 4);
    await waitFor(() => expect(document.querySelector("[data-strength-partial]")).toBeNull());
    expect(document.querySelector<HTMLInputElement>('[name="strength3"][value="5"]')?.checked).toBe(true);
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);
    await appears('[data-delivery-state="sent"]');
    expect(server.sent("POST")[0]?.body).toMatchObject({
      strength1: 1,
      strength2: 2,
      strength3: 5,
      strength4: 1,
      strength5: 4,
    });
  });

  it("can be cleared, and then nothing of it is sent", async () => {
    const server = await onEnglishForm();
    for (const item of [1, 2, 3, 4, 5]) pick(`strength${item}`, 3);
    fireEvent.click(screen.getByRole("button", { name: "Clear my answers" }));
    await waitFor(() =>
      expect(document.querySelectorAll<HTMLInputElement>("[data-field=strength] input:checked")).toHaveLength(0),
    );
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);
    await appears('[data-delivery-state="sent"]');
    expect(Object.keys(server.sent("POST")[0]!.body as object).filter((k) => k.startsWith("strength"))).toEqual([]);
  });
});

describe("over-commitment", () => {
  it("with three open commitments, offers to replace one and drops it when the new one is submitted", async () => {
    stubServer(OPEN);
    signIn();
    renderForm();
    type("action", "每通电话结束前复述客户的需求");
    const warning = await finding("too-many-open");
    expect(warning.textContent).toContain("你已经有 3 个还在进行的承诺了");
    const options = document.querySelectorAll<HTMLInputElement>('[data-over-commitment] input[name="replace"]');
    expect(options).toHaveLength(4);
    expect(options[0]!.checked).toBe(true); // keep them all, unless the participant chooses
    expect(document.querySelector("[data-over-commitment]")?.textContent).toContain(OPEN[1]!.action);
    pick("replace", OPEN[1]!.id);
    pick("confidence", 8);
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);

    // The PATCH this sends, and the one commitment in the outbox: tests/unit/commitment-submit.test.ts.
    await screen.findByText(`已经把「${OPEN[1]!.action}」标记为放弃。`);
  });

  it("keeping them all drops nothing", async () => {
    const server = stubServer(OPEN);
    signIn();
    renderForm();
    type("action", "每通电话结束前复述客户的需求");
    await finding("too-many-open");
    pick("confidence", 8);
    fireEvent.click(document.querySelector("[data-submit-commitment]")!);
    await waitFor(() => expect($outbox.get()).toHaveLength(1));
    // A drop would have begun with the submit (it is marked before any request goes out).
    expect($drops.get()).toEqual({});
    await appears('[data-delivery-state="sent"]');
    expect(server.sent("PATCH")).toEqual([]);
  });
});

describe("not joined yet", () => {
  it("keeps the draft and asks to join first, with a link back here", async () => {
    const server = stubServer();
    renderForm();
    type("action", "每通电话结束前复述客户的需求");
    expect($drafts.get()["eoac"]?.action).toBe("每通电话结束前复述客户的需求");
    expect(document.querySelector("[data-submit-commitment]")).toBeNull();
    const notice = document.querySelector("[data-join-first]")!;
    expect(notice.textContent).toContain("先加入你的工作坊");
    expect(notice.querySelector("a")?.getAttribute("href")).toBe(
      `/join/?next=${encodeURIComponent("/modules/eoac/#commitment-form")}`,
    );
    await finding("no-measure"); // the coach works without joining
    expect(server.requests).toEqual([]);
  });
});

describe("delivery states", () => {
  it("shows this module's commitments from the outbox in plain words, and fixes a refused one", async () => {
    const server = stubServer();
    server.offline = true; // the waiting one stays waiting
    signIn();
    $outbox.set([
      outboxEntry("waiting", "等待中的承诺"),
      outboxEntry("sent", "已经发出的承诺内容"),
      outboxEntry("failed", "被退回的承诺", { errors: { action: "errors.validation_max_text_constraint" } }),
      {
        ...outboxEntry("sent", "别的课的承诺啊啊"),
        fields: { ...EMPTY_DRAFT, module: "belonging", action: "别的课的承诺", confidence: 8 },
      },
    ]);
    renderForm();
    const states = [...document.querySelectorAll<HTMLElement>("[data-delivery-state]")];
    expect(states.map((li) => li.dataset["deliveryState"])).toEqual(["waiting", "sent", "failed"]);
    expect(states[0]!.textContent).toContain("只保存在这台设备上，联网后自动发送");
    expect(states[1]!.textContent).toContain("已发送");
    expect(states[2]!.textContent).toContain("发送失败：内容太长了，请写短一点。");

    server.offline = false;
    // A refused commitment's controls load with it (a chunk of their own).
    const edit = await appears('[data-delivery-state="failed"] [data-edit-entry]');
    fireEvent.click(edit);
    fireEvent.change(states[2]!.querySelector('[name="fix-action"]')!, { target: { value: "改短了的承诺" } });
    fireEvent.click(states[2]!.querySelector("[data-resend]")!);
    await waitFor(() => expect(server.sent("POST").some((c) => c.body.action === "改短了的承诺")).toBe(true));
  });

  it("discards a refused commitment only on a second tap", async () => {
    noNetwork();
    signIn();
    $outbox.set([outboxEntry("failed", "被退回的承诺", { errors: { form: "errors.server" } })]);
    renderForm("en");
    const button = await appears("[data-discard-entry]");
    fireEvent.click(button);
    expect($outbox.get()).toHaveLength(1);
    expect(button.textContent).toBe("Tap again to discard");
    fireEvent.click(button);
    expect($outbox.get()).toEqual([]);
  });
});

describe("next participant", () => {
  it("after an in-page confirmation, forgets this participant and opens the join page", async () => {
    stubServer();
    signIn();
    $outbox.set([outboxEntry("sent", "已经发出的承诺内容")]);
    renderForm();
    fireEvent.click(document.querySelector("button[data-next-participant]")!);
    const question = document.getElementById("next-question")!;
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(question.textContent).toContain("赵敏");
    const confirm = document.querySelector<HTMLButtonElement>("[data-confirm-next]")!;
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(goTo).toHaveBeenCalledWith("/join/"));
    expect($session.get()).toBeNull();
    expect($outbox.get()).toEqual([]);
  });

  it("can be cancelled, giving focus back to the button", async () => {
    stubServer();
    signIn();
    $outbox.set([outboxEntry("sent", "已经发出的承诺内容")]);
    renderForm();
    fireEvent.click(document.querySelector("button[data-next-participant]")!);
    fireEvent.click(screen.getByRole("button", { name: "先不换" }));
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector("button[data-next-participant]")));
    expect($session.get()).not.toBeNull();
  });

  it("waits until nothing of this participant is left unsent on the device", async () => {
    const server = stubServer();
    server.offline = true;
    signIn();
    $outbox.set([outboxEntry("waiting", "等待中的承诺")]);
    editDraft("service-mindset", { action: "还没写完的承诺" });
    renderForm();
    fireEvent.click(document.querySelector("button[data-next-participant]")!);
    const confirm = document.querySelector<HTMLButtonElement>("[data-confirm-next]")!;
    expect(confirm.disabled).toBe(true);
    expect(document.querySelector('[data-blocked="waiting"]')?.textContent).toContain("还有 1 个承诺没发到培训师那里");
    expect(document.querySelector('[data-blocked="drafts"]')?.textContent).toContain("以客户为中心的服务思维");

    fireEvent.click(document.querySelector("[data-clear-drafts]")!);
    expect(document.querySelector('[data-blocked="drafts"]')).toBeNull();
    server.offline = false;
    fireEvent.click(document.querySelector("[data-send-now]")!);
    await waitFor(() => expect(confirm.disabled).toBe(false));
    expect(document.querySelector('[data-delivery-state="sent"]')).not.toBeNull();
  });
});

describe("the stand-alone page", () => {
  it("takes the module from ?module= and offers the modules by title", () => {
    stubServer();
    window.history.replaceState(null, "", "/commit/?module=eoac");
    renderForm("zh-CN", null);
    const select = screen.getByLabelText<HTMLSelectElement>("这是哪一节课的承诺");
    expect(select.value).toBe("eoac");
    expect([...select.options].map((o) => o.textContent)).toEqual(MODULES.map((m) => m.title));
    fireEvent.change(select, { target: { value: "action-commitment" } });
    expect(window.location.search).toBe("?module=action-commitment");
    expect(document.querySelector("[data-commitment-form]")?.getAttribute("data-module")).toBe("action-commitment");
  });

  it("asks for a module when the address names none", () => {
    stubServer();
    window.history.replaceState(null, "", "/commit/");
    renderForm("en", null);
    expect(screen.getByLabelText<HTMLSelectElement>("Which module is this commitment for").value).toBe("");
    expect(document.querySelector('[name="action"]')).toBeNull();
  });
});
