// The page a confirmation email's link opens, in jsdom; fetch answers as POST /api/jiannuo/confirm does
// (the route and the email are tested against the real server in tests/integration/addresses.test.ts).
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages, type Locale } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import ConfirmAddress from "../../src/islands/confirm/ConfirmAddress";
import type { ConfirmView } from "../../src/islands/confirm/confirm-api";
import { fakePocketBase, fieldError, json } from "../support/fake-pocketbase";

const TOKEN = `address00000001${"0".repeat(7)}${"a".repeat(32)}`;
const unconfirmed = (view: Partial<ConfirmView> = {}): ConfirmView => ({
  unsubscribed: false,
  participations: [
    {
      id: "participant0001",
      cohort: { name: "城东支行服务提升班", organization: "示例银行" },
      joinedAt: "2026-11-24 08:00:00.000Z",
      confirmed: false,
    },
  ],
  ...view,
});

/** The route: `answer` gets each request's body; returns the requests so far, each with its query. */
function stubConfirmRoute(answer: (body: Record<string, unknown>) => Response) {
  const server = fakePocketBase((request) => answer(request.body ?? {}));
  return () => server.requests.map(({ path, query, body }) => ({ path, query: query.toString(), body: body ?? {} }));
}

function openLink(hash: string, locale: Locale = "zh-CN") {
  window.history.replaceState(null, "", `${locale === "en" ? "/en" : ""}/confirm/${hash}`);
  return render(
    <ConfirmAddress
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.confirm)}
      signInHref={locale === "en" ? "/en/signin/" : "/signin/"}
    />,
  );
}

describe("the confirmation page", () => {
  it("shows the address's workshops on opening, changing nothing; one tap confirms one", async () => {
    let confirmed = false;
    const calls = stubConfirmRoute((body) => {
      if (body["action"] === "confirm") confirmed = true;
      return json(200, unconfirmed({ participations: [{ ...unconfirmed().participations[0]!, confirmed }] }));
    });
    openLink(`#t=${TOKEN}`);
    await waitFor(() => expect(document.querySelector("[data-confirm-ready]")).toBeTruthy());
    // The token goes in the body, never in the address the server logs.
    expect(calls()).toEqual([{ path: "/api/jiannuo/confirm", query: "", body: { t: TOKEN, action: "view" } }]);
    expect(document.body.textContent).toContain("城东支行服务提升班");
    expect(document.body.textContent).toContain("示例银行");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "是我，确认" })));
    expect(calls().at(-1)?.body).toEqual({ t: TOKEN, action: "confirm", participant: "participant0001" });
    await waitFor(() => expect(document.querySelector("[data-confirmed]")?.textContent).toBe("已确认"));
  });

  it("stops every email to the address, and undoes that", async () => {
    let stopped = false;
    const calls = stubConfirmRoute((body) => {
      if (body["action"] === "stop") stopped = true;
      if (body["action"] === "resume") stopped = false;
      return json(200, unconfirmed({ unsubscribed: stopped }));
    });
    openLink(`#t=${TOKEN}`, "en");
    const stop = await screen.findByRole("button", { name: "Never email this address" });
    await act(async () => fireEvent.click(stop));
    await waitFor(() =>
      expect(document.querySelector("[data-address-stopped]")?.textContent).toContain(
        "no more follow-up or confirmation emails",
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Undo: allow emails again" })));
    await waitFor(() => expect(screen.getByRole("button", { name: "Never email this address" })).toBeTruthy());
    expect(calls().map((c) => c.body["action"])).toEqual(["view", "stop", "resume"]);
  });

  it("explains an expired link, offers signing in instead, and still lets the address stop emails", async () => {
    const calls = stubConfirmRoute((body) =>
      body["action"] === "stop"
        ? json(200, unconfirmed({ unsubscribed: true }))
        : fieldError(410, "t", "jiannuo_token_expired"),
    );
    openLink(`#t=${TOKEN}`);
    await waitFor(() => expect(document.querySelector('[data-link-problem="expired"]')).toBeTruthy());
    expect(screen.getByRole("heading", { name: "这个链接已经过期了" })).toBe(document.activeElement);
    expect(screen.getByRole("link", { name: "用邮箱验证码登录" }).getAttribute("href")).toBe("/signin/");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "不再给这个邮箱发邮件" })));
    await waitFor(() => expect(document.querySelector("[data-address-stopped]")).toBeTruthy());
    expect(calls().map((c) => c.body["action"])).toEqual(["view", "stop"]);
  });

  it("says a link without its token does not work, without asking the server", () => {
    const calls = stubConfirmRoute(() => json(200, unconfirmed()));
    openLink("");
    expect(document.querySelector('[data-link-problem="invalid"]')).toBeTruthy();
    expect(calls()).toEqual([]);
  });
});
