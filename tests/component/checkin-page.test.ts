// The check-in page opened from a follow-up email's answer link (src/islands/checkin/checkin-page.ts, the
// page's DOM module), in jsdom; fetch answers as the routes of pocketbase/pb_hooks/participant-routes.pb.js
// do (the routes themselves are tested against the real server).
import { fireEvent, screen, waitFor } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import { startCheckin } from "../../src/islands/checkin/checkin-page";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import {
  fakePocketBase,
  json,
  networkFailure,
  on,
  pbError,
  type Route,
  type SentRequest,
} from "../support/fake-pocketbase";

const TOKEN = "T".repeat(43);
const COMMITMENT = "commitment00001";
const tokenError = (status: number, code: string, field = "t") =>
  pbError(status, "This link is not valid.", { [field]: { code, message: "" } });

type Answer = {
  status: string;
  needsHelp: boolean;
  note: string;
  shareable: boolean;
  isolation?: { share: number; sure: number } | null;
} | null;

/**
 * A fake of the check-in routes keeping one answer, as the server does per commitment and email. `fail`
 * answers (or throws, for a network failure) before the routes; `hold` delays them.
 */
function stubCheckinRoutes(
  options: { fail?: Route; answer?: Answer; hold?: Route; askIsolation?: boolean } = {},
): SentRequest[] {
  let answer: Answer = options.answer ?? null;
  const view = () => ({
    participant: { name: "赵敏", locale: "zh-CN" },
    askIsolation: options.askIsolation ?? false,
    commitment: {
      id: COMMITMENT,
      action: "每位客人离店前问一句还有什么需要",
      trigger: "客人来前台结账时",
      status: "planned",
    },
    answer,
  });
  const route = "/api/jiannuo/checkin";
  return fakePocketBase(
    ...(options.hold ? [options.hold] : []),
    ...(options.fail ? [options.fail] : []),
    on("POST", `${route}/view`, () => json(200, view())),
    on("POST", route, ({ body }) => {
      const b = body ?? {};
      answer = {
        status: b["s"] === "need_help" ? "in_progress" : String(b["s"]),
        needsHelp: b["s"] === "need_help",
        note: typeof b["note"] === "string" ? b["note"] : (answer?.note ?? ""),
        shareable: typeof b["shareable"] === "boolean" ? b["shareable"] : (answer?.shareable ?? false),
        isolation: "isolation" in b ? (b["isolation"] as never) : (answer?.isolation ?? null),
      };
      return json(200, view());
    }),
  ).requests;
}

/** Opens the page as an email's answer link does: the link's parameters in the fragment (`#t=...`), or in the query in older emails. */
function openLink(params: string, locale: Locale = "zh-CN", where: "#" | "?" = "#") {
  window.history.replaceState(null, "", `${locale === "en" ? "/en" : ""}/checkin/${where}${params}`);
  const root = document.body.appendChild(document.createElement("div"));
  root.className = "checkin";
  root.dataset["checkinPage"] = "";
  void startCheckin(root, pickMessages(locale, ISLAND_KEYS.checkin), locale === "en" ? "/en/me/" : "/me/");
  return { unmount: () => root.remove() };
}

afterEach(() => document.body.replaceChildren());

/** Lets the page's promises (a fake route's answer, then what the page does with it) settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Taps, and waits for what the tap started to settle. */
async function tap(target: Element) {
  fireEvent.click(target);
  await settled();
}

const recorded = (s: string) =>
  waitFor(() => expect(document.querySelector(`[data-answer-recorded="${s}"]`)).toBeTruthy());
/** The answers sent (the page's view request is a POST too, to another path). */
const posts = (calls: SentRequest[]) =>
  calls.filter((c) => c.method === "POST" && c.path === "/api/jiannuo/checkin").map((c) => c.body);
const isAnswer = (call: SentRequest) => call.method === "POST" && call.path === "/api/jiannuo/checkin";

const ready = () => waitFor(() => expect(document.querySelector("[data-checkin-ready]")).toBeTruthy());
const confirm = () => tap(document.querySelector("button[data-confirm]")!);
/** Opens the link and taps Confirm: the email's two taps. */
async function openAndConfirm(query: string, s: string, locale: "zh-CN" | "en" = "zh-CN") {
  openLink(query, locale);
  await ready();
  await confirm();
  await recorded(s);
}

describe("answer link", () => {
  it("shows the chosen answer pre-selected with the commitment, records nothing until Confirm is tapped, then one POST", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the POST back to see the page while the answer is being recorded.
    const calls = stubCheckinRoutes({
      hold: async (call) => (isAnswer(call) ? held.then(() => undefined) : undefined),
    });

    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    expect(document.querySelector("[data-checkin-page]")).toBeTruthy();
    await ready();
    expect(screen.getByText("每位客人离店前问一句还有什么需要")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "你选择了：做到了" })).toBeTruthy();
    expect(document.querySelector('button[data-answer="done"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector('button[data-answer="planned"]')?.getAttribute("aria-pressed")).toBe("false");
    // Loaded and waiting for the person: the page read the commitment and wrote nothing. The token
    // travels in request bodies, never in a URL a server could log.
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/jiannuo/checkin/view"]);
    expect(calls[0]?.body).toEqual({ t: TOKEN, c: COMMITMENT });
    expect(document.querySelector("[data-answer-recorded]")).toBeNull();

    await confirm();
    expect(screen.getByRole("button", { name: "正在记录…" })).toHaveProperty("disabled", true);
    release();
    await recorded("done");
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /api/jiannuo/checkin/view",
      "POST /api/jiannuo/checkin",
    ]);
    expect(calls.map((c) => c.query.toString())).toEqual(["", ""]);
    expect(posts(calls)).toEqual([{ t: TOKEN, c: COMMITMENT, s: "done" }]);
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: "谢谢你，赵敏！已经记下了。" })).toBe(document.activeElement),
    );
    expect(screen.getByText("你的回答：做到了")).toBeTruthy();
    expect(document.querySelector('button[data-answer="done"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector<HTMLInputElement>("input[name=shareable]")?.checked).toBe(false);
  });

  it("takes the answer of the request the page's inline script started, for this link only", async () => {
    const view = {
      participant: { name: "赵敏", locale: "zh-CN" },
      commitment: { id: COMMITMENT, action: "页面先问到的承诺", trigger: "", status: "planned" },
      answer: null,
    };
    // FirstFrame.astro's script left its request for this link: the island asks nothing more.
    let calls = stubCheckinRoutes();
    window.jiannuoEarlyView = {
      t: TOKEN,
      c: COMMITMENT,
      response: Promise.resolve(new Response(JSON.stringify(view))),
    };
    const first = openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    await ready();
    expect(screen.getByText("页面先问到的承诺")).toBeTruthy();
    expect(calls).toEqual([]);
    expect(window.jiannuoEarlyView).toBeUndefined();
    first.unmount();

    // One left for another link is not this link's answer: the island asks the server itself.
    calls = stubCheckinRoutes();
    window.jiannuoEarlyView = { t: TOKEN, c: "commitment00002", response: Promise.resolve(new Response("{}")) };
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    await ready();
    expect(screen.getByText("每位客人离店前问一句还有什么需要")).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/jiannuo/checkin/view"]);
  });

  it("lets another answer be chosen before Confirm, which then records that one", async () => {
    const calls = stubCheckinRoutes();
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    await ready();
    fireEvent.click(document.querySelector('button[data-answer="planned"]')!);
    expect(screen.getByRole("heading", { name: "你选择了：还没开始" })).toBeTruthy();
    expect(document.querySelector('button[data-answer="planned"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(posts(calls)).toEqual([]);
    await confirm();
    await recorded("planned");
    expect(posts(calls)).toEqual([{ t: TOKEN, c: COMMITMENT, s: "planned" }]);
  });

  it("changes the answer with another POST, and says the trainer will see a call for help", async () => {
    const calls = stubCheckinRoutes();
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "done");
    expect(screen.queryByText(/培训师会看到你需要帮助/)).toBeNull();

    fireEvent.click(document.querySelector('button[data-answer="need_help"]')!);
    await recorded("need_help");
    expect(posts(calls)).toEqual([
      { t: TOKEN, c: COMMITMENT, s: "done" },
      { t: TOKEN, c: COMMITMENT, s: "need_help" },
    ]);
    expect(screen.getByText("你的回答：需要帮助")).toBeTruthy();
    expect(screen.getByText(/培训师会看到你需要帮助/)).toBeTruthy();
    // A reload or a language switch keeps the corrected answer (in the fragment, with the token).
    expect(window.location.search).toBe("");
    expect(Object.fromEntries(new URLSearchParams(window.location.hash.slice(1)))).toEqual({
      t: TOKEN,
      c: COMMITMENT,
      s: "need_help",
    });
  });

  it("saves the note and the permission to quote it with a second POST that repeats the answer", async () => {
    const calls = stubCheckinRoutes();
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=in_progress`, "in_progress");

    fireEvent.input(document.querySelector("textarea[name=note]")!, {
      target: { value: "  有位老客人说，第一次有人主动问他。 " },
    });
    fireEvent.click(document.querySelector("input[name=shareable]")!);
    await tap(document.querySelector("button[data-save-note]")!);
    await waitFor(() => expect(document.querySelector("[data-note-saved]")).toBeTruthy());
    expect(posts(calls)[1]).toEqual({
      t: TOKEN,
      c: COMMITMENT,
      s: "in_progress",
      note: "有位老客人说，第一次有人主动问他。",
      shareable: true,
    });

    // Editing again takes the "saved" message away until the next save.
    fireEvent.input(document.querySelector("textarea[name=note]")!, { target: { value: "改一下" } });
    expect(document.querySelector("[data-note-saved]")).toBeNull();
  });

  it("keeps a note over the limit on the page and says so, without sending it", async () => {
    const calls = stubCheckinRoutes();
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "done");
    fireEvent.input(document.querySelector("textarea[name=note]")!, { target: { value: "好".repeat(1001) } });
    fireEvent.click(document.querySelector("button[data-save-note]")!);
    expect(screen.getByRole("alert").textContent).toBe("最多 1000 个字，请写短一点。");
    expect(posts(calls)).toHaveLength(1);
  });

  it("shows an earlier note and its permission when the link is clicked again and confirmed", async () => {
    stubCheckinRoutes({ answer: { status: "done", needsHelp: false, note: "客人很惊喜", shareable: true } });
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "done");
    expect(document.querySelector<HTMLTextAreaElement>("textarea[name=note]")?.value).toBe("客人很惊喜");
    expect(document.querySelector<HTMLInputElement>("input[name=shareable]")?.checked).toBe(true);
  });

  it("keeps the chosen answer and Confirm when the page could not reach the server, and records once it can", async () => {
    let offline = true;
    const calls = stubCheckinRoutes({ fail: networkFailure(() => offline) });
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=planned`);
    await screen.findByText("连不上服务器，请检查网络后再试一次，你填的内容都还在。");
    expect(document.querySelector("[data-answer-recorded]")).toBeNull();

    offline = false;
    await confirm();
    await recorded("planned");
    expect(posts(calls)).toEqual([{ t: TOKEN, c: COMMITMENT, s: "planned" }]);
  });

  it.each([
    ["zh-CN", "尝试次数太多了，请过几分钟再试。"],
    ["en", "Too many attempts. Please wait a few minutes and try again."],
  ] as const)(
    "asks to wait (%s) when the server limits failed link guesses from this network (429)",
    async (locale, message) => {
      const limited = () => pbError(429, "Too many failed attempts from your network.");
      stubCheckinRoutes({ fail: limited });
      openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`, locale);
      await screen.findByText(message);
      expect(document.querySelector("[data-link-problem]")).toBeNull();
      expect(document.querySelector("[data-answer-recorded]")).toBeNull();
    },
  );

  it("lets the participant choose when the link carries no known answer", async () => {
    const calls = stubCheckinRoutes();
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=maybe`);
    await screen.findByRole("heading", { name: "这个承诺现在怎么样了？" });
    expect(posts(calls)).toEqual([]);
    fireEvent.click(document.querySelector('button[data-answer="in_progress"]')!);
    await recorded("in_progress");
    expect(posts(calls)).toEqual([{ t: TOKEN, c: COMMITMENT, s: "in_progress" }]);
  });

  it("still works from an email sent before tokens moved to the fragment, and takes the token out of the query", async () => {
    const calls = stubCheckinRoutes();
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "zh-CN", "?");
    await ready();
    await confirm();
    await recorded("done");
    expect(posts(calls)).toEqual([{ t: TOKEN, c: COMMITMENT, s: "done" }]);
    expect(window.location.pathname).toBe("/checkin/");
    expect(window.location.search).toBe("");
    expect(Object.fromEntries(new URLSearchParams(window.location.hash.slice(1)))).toEqual({
      t: TOKEN,
      c: COMMITMENT,
      s: "done",
    });
    expect(calls.map((c) => c.query.toString())).toEqual(["", ""]);
  });

  it("speaks English on /en/checkin/", async () => {
    stubCheckinRoutes();
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=need_help`, "en");
    await ready();
    expect(screen.getByRole("heading", { name: "You chose: Need help" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Confirm" })).toBeTruthy();
    await confirm();
    await recorded("need_help");
    expect(screen.getByRole("heading", { name: "Thank you, 赵敏! Your answer is saved." })).toBeTruthy();
    expect(screen.getByText("Your answer: Need help")).toBeTruthy();
    expect(screen.getByText(/Your trainer will see that you need help/)).toBeTruthy();
    expect(screen.getByLabelText("What changed for your customers? (optional)")).toBeTruthy();
    expect(screen.getByLabelText("My trainer may quote this in the report")).toBeTruthy();
  });
});

describe("isolation estimate", () => {
  const tile = (name: string, step: number) =>
    document.querySelector<HTMLInputElement>(`[data-isolation] [name="isolation-${name}"][value="${step}"]`)!;

  it("is asked only at a follow-up from day 45 on", async () => {
    stubCheckinRoutes();
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "done");
    // The note form is there; the estimate is not (a later marker than the recorded answer).
    await waitFor(() => expect(document.querySelector("button[data-save-note]")).toBeTruthy());
    expect(document.querySelector("[data-isolation]")).toBeNull();
  });

  it("sends share and confidence with the answer, and asks for both", async () => {
    const calls = stubCheckinRoutes({ askIsolation: true });
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=in_progress`, "in_progress");
    const form = await screen.findByRole("heading", { name: "估一估：变化有多少来自你（选填）" });
    expect(form.closest("[data-isolation]")?.textContent).toContain("这些变化里，有多少是因为你做了这个承诺？");
    fireEvent.click(tile("share", 60));
    await tap(document.querySelector("button[data-save-isolation]")!);
    expect(screen.getByText("请两个问题都选一个百分比。")).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);
    fireEvent.click(tile("sure", 80));
    await tap(document.querySelector("button[data-save-isolation]")!);
    await screen.findByText("估计已保存，谢谢！");
    expect(posts(calls).at(-1)).toEqual({
      t: TOKEN,
      c: COMMITMENT,
      s: "in_progress",
      isolation: { share: 60, sure: 80 },
    });
  });

  it("shows an earlier estimate, and takes it back with null", async () => {
    const calls = stubCheckinRoutes({
      askIsolation: true,
      answer: { status: "done", needsHelp: false, note: "", shareable: false, isolation: { share: 0, sure: 90 } },
    });
    await openAndConfirm(`t=${TOKEN}&c=${COMMITMENT}&s=done`, "done");
    await screen.findByRole("button", { name: "撤回我的估计" });
    expect(tile("share", 0).checked).toBe(true);
    expect(tile("sure", 90).checked).toBe(true);
    await tap(screen.getByRole("button", { name: "撤回我的估计" }));
    await screen.findByText("估计已撤回。");
    expect(posts(calls).at(-1)).toEqual({ t: TOKEN, c: COMMITMENT, s: "done", isolation: null });
    expect(tile("share", 0).checked).toBe(false);
  });
});

describe("links that cannot be used", () => {
  it.each([
    ["a tampered or unknown token", () => tokenError(404, "jiannuo_token_invalid"), "invalid", "这个链接打不开"],
    [
      "a commitment that is not theirs",
      () => tokenError(404, "jiannuo_token_invalid", "c"),
      "invalid",
      "这个链接打不开",
    ],
    ["an expired token", () => tokenError(410, "jiannuo_token_expired"), "expired", "这个链接已经过期了"],
  ])("explains %s and records nothing", async (_, answer, problem, heading) => {
    const calls = stubCheckinRoutes({ fail: answer });
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    await waitFor(() => expect(document.querySelector(`[data-link-problem="${problem}"]`)).toBeTruthy());
    await waitFor(() => expect(screen.getByRole("heading", { name: heading })).toBe(document.activeElement));
    expect(screen.getByText(/在「我的承诺」里记录进展/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "去「我的承诺」" }).getAttribute("href")).toBe("/me/");
    expect(posts(calls)).toEqual([]);
  });

  it("shows the expired page when the token expires between opening and answering", async () => {
    stubCheckinRoutes({ fail: (call) => (isAnswer(call) ? tokenError(410, "jiannuo_token_expired") : undefined) });
    openLink(`t=${TOKEN}&c=${COMMITMENT}&s=done`);
    await ready();
    await confirm();
    await waitFor(() => expect(document.querySelector('[data-link-problem="expired"]')).toBeTruthy());
  });

  it("says a link without its token is invalid, without asking the server", async () => {
    const calls = stubCheckinRoutes();
    openLink(`c=${COMMITMENT}&s=done`, "en");
    expect(await screen.findByRole("heading", { name: "This link does not work" })).toBeTruthy();
    expect(document.querySelector('[data-link-problem="invalid"]')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it("keeps the built first frame's broken-link panel instead of drawing it again (no later largest paint)", async () => {
    stubCheckinRoutes();
    window.history.replaceState(null, "", "/checkin/");
    const root = document.body.appendChild(document.createElement("div"));
    root.innerHTML = `<section data-first-frame="usual" inert></section>
      <section class="panel checkin-panel" data-first-frame="no-link"><h2 tabindex="-1">这个链接打不开</h2></section>`;
    const built = root.querySelector('[data-first-frame="no-link"]');
    await startCheckin(root, pickMessages("zh-CN", ISLAND_KEYS.checkin), "/me/");
    expect(root.children).toHaveLength(1);
    expect(root.firstElementChild).toBe(built);
    expect(built?.getAttribute("data-link-problem")).toBe("invalid");
    expect(built?.hasAttribute("data-first-frame")).toBe(false);
    expect(document.activeElement).toBe(built?.querySelector("h2"));
    root.remove();
  });
});
