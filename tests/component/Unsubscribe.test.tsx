// The unsubscribe page opened from a follow-up email's footer, in jsdom; fetch answers as the route in
// pocketbase/pb_hooks/participant-routes.pb.js does (the route itself is tested against the real server).
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import Unsubscribe from "../../src/islands/unsubscribe/Unsubscribe";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { fakePocketBase, json, pbError } from "../support/fake-pocketbase";

const TOKEN = "U".repeat(43);

/** Answers every request with `answer`; returns the requests made so far, with their query and body. */
function stubUnsubscribeRoute(answer: () => Response = () => json(200, { unsubscribed: true })) {
  const server = fakePocketBase(() => answer());
  return () =>
    server.requests.map(({ method, path, query, body }) => ({ method, path, query: query.toString(), body }));
}

/** Opens the page as an email's link does: the token in the fragment (`#t=...`), or in the query in older emails. */
function openLink(params: string, locale: Locale = "zh-CN", where: "#" | "?" = "#") {
  window.history.replaceState(null, "", `${locale === "en" ? "/en" : ""}/unsubscribe/${where}${params}`);
  return render(
    <Unsubscribe
      strings={pickMessages(locale, ISLAND_KEYS.unsubscribe)}
      meHref={locale === "en" ? "/en/me/" : "/me/"}
    />,
  );
}

describe("unsubscribe", () => {
  it("changes nothing on opening; the button stops the follow-ups and offers to undo it", async () => {
    const calls = stubUnsubscribeRoute();
    openLink(`t=${TOKEN}`);
    const button = document.querySelector<HTMLButtonElement>("button[data-unsubscribe]")!;
    expect(button.textContent).toBe("退订课后提醒");
    expect(calls()).toEqual([]);

    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(document.querySelector("[data-unsubscribed]")).toBeTruthy());
    // The token goes in the body, never in a URL the server could log.
    expect(calls()).toEqual([{ method: "POST", path: "/api/jiannuo/unsubscribe", query: "", body: { t: TOKEN } }]);
    await waitFor(() => expect(screen.getByRole("heading", { name: "已经退订了" })).toBe(document.activeElement));
    expect(screen.getByText(/不会再给这个邮箱发任何课后提醒邮件/)).toBeTruthy();
    expect(screen.getByText(/点错了？可以马上撤销/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "去「我的承诺」" }).getAttribute("href")).toBe("/me/");

    // The undo: the link came to the address, so its owner may take the unsubscribe back.
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "撤销退订" })));
    await waitFor(() => expect(document.querySelector("[data-resubscribed]")).toBeTruthy());
    expect(calls().at(-1)).toEqual({
      method: "POST",
      path: "/api/jiannuo/unsubscribe/undo",
      query: "",
      body: { t: TOKEN },
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "已经恢复了" })).toBe(document.activeElement));
  });

  it("still works from an email sent before tokens moved to the fragment, and takes the token out of the query", async () => {
    const calls = stubUnsubscribeRoute();
    openLink(`t=${TOKEN}`, "zh-CN", "?");
    expect(window.location.search).toBe("");
    expect(window.location.hash).toBe(`#t=${TOKEN}`);
    await act(async () => fireEvent.click(document.querySelector("button[data-unsubscribe]")!));
    await waitFor(() => expect(document.querySelector("[data-unsubscribed]")).toBeTruthy());
    expect(calls()).toEqual([{ method: "POST", path: "/api/jiannuo/unsubscribe", query: "", body: { t: TOKEN } }]);
  });

  it("speaks English on /en/unsubscribe/", async () => {
    stubUnsubscribeRoute();
    openLink(`t=${TOKEN}`, "en");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Stop follow-up emails" })));
    expect(await screen.findByRole("heading", { name: "You are unsubscribed" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to My commitments" }).getAttribute("href")).toBe("/en/me/");
  });

  it("explains an invalid link", async () => {
    stubUnsubscribeRoute(() => pbError(404, "", { t: { code: "jiannuo_token_invalid", message: "" } }));
    openLink(`t=${TOKEN}`);
    await act(async () => fireEvent.click(document.querySelector("button[data-unsubscribe]")!));
    await waitFor(() => expect(document.querySelector('[data-link-problem="invalid"]')).toBeTruthy());
    expect(screen.getByRole("heading", { name: "这个退订链接打不开" })).toBeTruthy();
    expect(document.querySelector("[data-unsubscribed]")).toBeNull();
  });

  it("says a link without its token is invalid, without asking the server", () => {
    const calls = stubUnsubscribeRoute();
    openLink("");
    expect(document.querySelector('[data-link-problem="invalid"]')).toBeTruthy();
    expect(calls()).toEqual([]);
  });

  it("keeps the button for another try when the server has a problem", async () => {
    let broken = true;
    stubUnsubscribeRoute(() => (broken ? pbError(500, "") : json(200, { unsubscribed: true })));
    openLink(`t=${TOKEN}`);
    await act(async () => fireEvent.click(document.querySelector("button[data-unsubscribe]")!));
    expect(await screen.findByRole("alert")).toBeTruthy();
    broken = false;
    await act(async () => fireEvent.click(document.querySelector("button[data-unsubscribe]")!));
    await waitFor(() => expect(document.querySelector("[data-unsubscribed]")).toBeTruthy());
  });
});
