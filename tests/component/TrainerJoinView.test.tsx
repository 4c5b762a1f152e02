// The projected join screen in jsdom: the cohort's code in large type and its QR link as an SVG, both on
// the server's public address (GET /api/jiannuo/site), with a warning when phones could not open it.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import { trainerPb } from "../../src/lib/pocketbase";
import type { CohortsRecord } from "../../src/lib/pocketbase-types";
import { qrMatrix, qrSvgPath } from "../../src/lib/qr";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import TrainerJoinView from "../../src/islands/trainer/join-view/TrainerJoinView";
import { fakePocketBase, json, on, signInTrainer } from "../support/fake-pocketbase";
import { cohortRecord } from "../support/records";

function renderView(locale: Locale = "zh-CN") {
  const screenStrings = {
    "zh-CN": pickMessages("zh-CN", ISLAND_KEYS.joinScreen),
    en: pickMessages("en", ISLAND_KEYS.joinScreen),
  };
  return render(
    <TrainerJoinView
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.joinView)}
      screen={screenStrings}
      workspaceHref={locale === "en" ? "/en/trainer/" : "/trainer/"}
    />,
  );
}

/** The server's public address (APP_URL); a documentation address, never fetched. */
const APP_URL = "http://192.0.2.50:8090";

/** Answers the join view's requests: `record` (or none: 404) and the server's public address. */
function serveCohort(record: CohortsRecord | null, appUrl: string | null = APP_URL) {
  return fakePocketBase(
    ...(record ? [on("GET", `/api/collections/cohorts/records/${record.id}`, () => json(200, record))] : []),
    ...(appUrl === null ? [] : [on("GET", "/api/jiannuo/site", () => json(200, { appUrl, mail: true }))]),
  );
}

beforeEach(() => {
  signInTrainer();
  window.history.replaceState(null, "", "/trainer/join/?cohort=cohort000000001");
});

afterEach(() => {
  Reflect.deleteProperty(document, "fullscreenEnabled");
});

/** The QR code once it is drawn (its encoder loads on first use). */
const drawnQr = () =>
  waitFor(() => {
    const svg = document.querySelector("svg[data-qr]");
    if (!svg) throw new Error("no QR code drawn yet");
    return svg;
  });

describe("TrainerJoinView", () => {
  it("shows the cohort's name, its code and an SVG QR code of the join link on the server's public address", async () => {
    serveCohort(cohortRecord());
    renderView();
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("城东支行服务提升班");
    expect(document.querySelector("[data-join-code]")?.textContent).toBe("AB3K7Q");

    const link = `${APP_URL}/join/?code=AB3K7Q`;
    const svg = await drawnQr();
    expect(svg.getAttribute("data-qr")).toBe(link);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("加入“城东支行服务提升班”的二维码");
    expect(svg.querySelector("path")?.getAttribute("d")).toBe(qrSvgPath(qrMatrix(link)));
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${qrMatrix(link).length} ${qrMatrix(link).length}`);

    expect(document.querySelector("[data-join-address]")?.textContent).toBe("192.0.2.50:8090/join");
    expect(document.querySelector(".join-screen-address")?.textContent).toBe(
      "也可以在浏览器打开 192.0.2.50:8090/join，再输入加入码",
    );
    expect(document.querySelector("[data-address-warning]")).toBeNull();
    expect(screen.getByRole("link", { name: "返回工作台" }).getAttribute("href")).toBe("/trainer/");
  });

  it.each([
    ["zh-CN", "http://127.0.0.1:8090", "大家的手机打不开这个地址", "127.0.0.1:8090/join 只有这台电脑自己能打开"],
    [
      "en",
      "http://localhost:8090",
      "Phones cannot open this address",
      "localhost:8090/join opens only on this computer",
    ],
    ["en", "http://0.0.0.0:8090", "Phones cannot open this address", "0.0.0.0:8090/join opens only on this computer"],
    ["zh-CN", "http://[::1]:8090", "大家的手机打不开这个地址", "[::1]:8090/join 只有这台电脑自己能打开"],
  ] as const)(
    "warns in %s when the address (%s) opens only on this computer, and says what to do",
    async (locale, appUrl, title, body) => {
      serveCohort(cohortRecord(), appUrl);
      renderView(locale);
      const warning = await screen.findByRole("alert");
      expect(warning.getAttribute("lang")).toBe(locale);
      expect(warning.textContent).toContain(title);
      expect(warning.textContent).toContain(body);
      expect(warning.querySelector("code")?.textContent).toBe("npm start -- --lan");
      expect(warning.textContent).toContain("APP_URL");
      expect((await drawnQr()).getAttribute("data-qr")).toBe(`${appUrl}/join/?code=AB3K7Q`);
    },
  );

  it("falls back to the browser's own address when the server cannot say, and warns if that is local", async () => {
    serveCohort(cohortRecord(), null); // the site route answers 404
    renderView();
    await screen.findByText("城东支行服务提升班");
    expect((await drawnQr()).getAttribute("data-qr")).toBe(`${window.location.origin}/join/?code=AB3K7Q`);
    expect(document.querySelector("[data-address-warning]")).not.toBeNull(); // jsdom runs on localhost
  });

  it("speaks the cohort's language on screen and links to the English join page", async () => {
    serveCohort(cohortRecord({ locale: "en", name: "Eastside branch" }));
    renderView("zh-CN");
    await screen.findByText("Eastside branch");
    expect((await drawnQr()).getAttribute("data-qr")).toBe(`${APP_URL}/en/join/?code=AB3K7Q`);
    expect(document.querySelector("[data-join-screen]")?.getAttribute("lang")).toBe("en");
    expect(screen.getByText("Join code")).toBeTruthy();
    // The trainer's controls stay in the page's language.
    expect(screen.getByRole("link", { name: "返回工作台" })).toBeTruthy();
  });

  it("warns the trainer when the cohort is archived", async () => {
    serveCohort(cohortRecord({ archived: true }));
    renderView();
    expect((await screen.findByRole("alert")).textContent).toContain("已归档");
  });

  it("goes full screen with the screen itself, where the browser can", async () => {
    Object.defineProperty(document, "fullscreenEnabled", { configurable: true, value: true });
    serveCohort(cohortRecord());
    renderView();
    const button = await screen.findByRole("button", { name: "全屏显示" });
    const section = document.querySelector<HTMLElement>("[data-join-screen]")!;
    const requestFullscreen = vi.fn(async () => {
      Object.defineProperty(document, "fullscreenElement", { configurable: true, value: section });
      document.dispatchEvent(new Event("fullscreenchange"));
    });
    section.requestFullscreen = requestFullscreen;
    fireEvent.click(button);
    expect(requestFullscreen).toHaveBeenCalled();
    expect(await screen.findByRole("button", { name: "退出全屏" })).toBeTruthy();
    Reflect.deleteProperty(document, "fullscreenElement");
  });

  it("asks a signed-out visitor to sign in first, without requesting anything", () => {
    trainerPb.authStore.clear();
    const server = serveCohort(cohortRecord());
    renderView();
    expect(screen.getByText("请先以培训师身份登录，再打开投屏加入页。")).toBeTruthy();
    expect(screen.getByRole("link", { name: "培训师登录" }).getAttribute("href")).toBe("/trainer/");
    expect(server.requests).toEqual([]);
  });

  it("explains a missing or unknown cohort", async () => {
    serveCohort(null);
    renderView("en");
    expect(await screen.findByText(/Could not load this cohort/)).toBeTruthy();
  });

  it("explains an address without a cohort", () => {
    window.history.replaceState(null, "", "/trainer/join/");
    serveCohort(null);
    renderView();
    expect(screen.getByText(/这个地址没有指明是哪个工作坊/)).toBeTruthy();
  });
});
