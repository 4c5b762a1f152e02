// "My data" in jsdom: consents saved on each change (only the flag is sent), the export download, and
// deleting the participation after an in-page confirmation. fetch answers in PocketBase's shape.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ParticipantsRecord } from "../../src/lib/pocketbase-types";
import { $outbox } from "../../src/stores/outbox";
import { $joinIdentity, $session } from "../../src/stores/session";
import { renderMyPage, useSignedInDevice } from "../support/my-page";
import { fakePocketBase, json, list, on, pbError, type Route, type SentRequest } from "../support/fake-pocketbase";
import { outboxEntry, participantRecord, participantSession } from "../support/records";

const withEmail = participantRecord({
  id: "participant0001",
  email: "zhao@example.com",
  namedInReport: true,
  namedInReportAt: "2026-11-20 08:00:00.000Z",
});

const COMMITMENTS = "/api/collections/commitments/records";

/** The buddy and board sections' own loads (tests/component/MeBuddies.test.tsx), not this file's subject. */
const BUDDY_LOADS = /^\/api\/jiannuo\/me\/(buddies|board)$/;

/** Stubs fetch: an empty commitment list, `answer` for everything else; returns the other requests so far. */
function stubApi(answer: Route) {
  const server = fakePocketBase(
    on("GET", COMMITMENTS, () => list([])),
    answer,
  );
  return () =>
    server.requests
      .filter((r) => r.path !== COMMITMENTS && !BUDDY_LOADS.test(r.path))
      .map(({ method, path, body, authorization }) => ({ method, path, body, authorization }));
}

/** Answers a participant PATCH the way PocketBase does: the record with the change and a server-stamped time. */
function savesConsent({ body }: SentRequest): Response {
  const stamped = Object.fromEntries(
    Object.entries(body ?? {}).map(([flag, given]) => [`${flag}At`, given ? "2026-11-25 09:00:00.000Z" : ""]),
  );
  return json(200, { ...($session.get()?.participant as ParticipantsRecord), ...body, ...stamped });
}

const sessionOf = (participant: ParticipantsRecord) =>
  participantSession(participant, { token: "participant-token", joinKey: "" });
const signIn = (participant: ParticipantsRecord) => $session.set(sessionOf(participant));

/** Renders the page and waits for its signed-in part (a chunk of its own). */
async function renderMe() {
  const view = renderMyPage();
  // The data section comes once the commitment list has loaded (CommitmentList's children).
  await waitFor(() => expect(document.querySelector(".my-data")).not.toBeNull());
  return view;
}

const checkbox = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;

useSignedInDevice(() => sessionOf(withEmail));

describe("consents", () => {
  it("give and withdraw follow-up emails with one tap each, sending only that flag", async () => {
    const calls = stubApi(savesConsent);
    await renderMe();
    expect(checkbox("followUpConsent").checked).toBe(false);
    fireEvent.click(checkbox("followUpConsent"));
    await waitFor(() => expect(screen.getByText("已保存：已打开。")).toBeTruthy());
    expect(calls()).toEqual([
      {
        method: "PATCH",
        path: "/api/collections/participants/records/participant0001",
        body: { followUpConsent: true },
        authorization: "participant-token",
      },
    ]);
    expect($session.get()?.participant.followUpConsent).toBe(true);
    expect(checkbox("followUpConsent").checked).toBe(true);

    fireEvent.click(checkbox("followUpConsent"));
    await waitFor(() => expect(screen.getByText("已保存：已关掉。")).toBeTruthy());
    expect(calls()[1]?.body).toEqual({ followUpConsent: false });
    expect($session.get()?.participant.followUpConsent).toBe(false);
  });

  it("withdraws being named in the report", async () => {
    const calls = stubApi(savesConsent);
    await renderMe();
    expect(checkbox("namedInReport").checked).toBe(true);
    fireEvent.click(checkbox("namedInReport"));
    await waitFor(() => expect(checkbox("namedInReport").checked).toBe(false));
    expect(calls()[0]?.body).toEqual({ namedInReport: false });
  });

  it("explains that follow-up emails need an email, and cannot be switched on without one", async () => {
    signIn(participantRecord({ id: "participant0001", email: "" }));
    stubApi(savesConsent);
    await renderMe();
    expect(checkbox("followUpConsent").disabled).toBe(true);
    expect(document.getElementById("consent-followUpConsent-help")?.textContent).toContain("你加入时没有留邮箱");
    expect(checkbox("namedInReport").disabled).toBe(false);
  });

  it("until the address's owner confirms, says so, and asks for the confirmation email again on request", async () => {
    $session.set(
      participantSession(participantRecord({ id: "participant0001", followUpConsent: true }), {
        token: "participant-token",
        joinKey: "",
        email: "zhao@example.com",
      }),
    );
    const calls = stubApi(() => json(200, { requested: true }));
    await renderMe();
    const waiting = document.querySelector("[data-email-waiting]")!;
    expect(waiting.textContent).toContain("我们会给 zhao@example.com 发一封确认邮件");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "再发一封确认邮件" })));
    await waitFor(() => expect(waiting.textContent).toContain("同一个邮箱一天最多一封"));
    expect(calls()).toEqual([
      { method: "POST", path: "/api/jiannuo/me/confirmation", body: undefined, authorization: "participant-token" },
    ]);
  });

  it("once confirmed, says where follow-ups go", async () => {
    $session.set(
      participantSession(
        participantRecord({
          id: "participant0001",
          followUpConsent: true,
          emailConfirmedAt: "2026-11-25 09:00:00.000Z",
        }),
        { token: "participant-token", joinKey: "", email: "zhao@example.com" },
      ),
    );
    stubApi(savesConsent);
    await renderMe();
    expect(document.querySelector("[data-email-confirmed]")?.textContent).toBe(
      "已确认：提醒邮件会发到 zhao@example.com。",
    );
    expect(document.querySelector("[data-email-waiting]")).toBeNull();
  });

  it("shows the saved value again and says why when saving fails", async () => {
    stubApi(() => pbError(500, "boom"));
    await renderMe();
    fireEvent.click(checkbox("namedInReport"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("服务器暂时出了问题");
    expect(checkbox("namedInReport").checked).toBe(true);
  });
});

describe("download my data", () => {
  it("saves the export route's answer as jiannuo-my-data.json", async () => {
    const exported = { participant: { id: "participant0001", name: "赵敏" }, commitments: [], checkins: [] };
    const calls = stubApi(() => json(200, exported));
    const blobs: Blob[] = [];
    vi.stubGlobal(
      "URL",
      Object.assign(URL, {
        createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), "blob:data")),
        revokeObjectURL: vi.fn(),
      }),
    );
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await renderMe();
    fireEvent.click(document.querySelector("button[data-download-my-data]")!);

    await waitFor(() => expect(names).toEqual(["jiannuo-my-data.json"]));
    expect(calls()).toEqual([
      { method: "GET", path: "/api/jiannuo/me/export", body: undefined, authorization: "participant-token" },
    ]);
    expect(JSON.parse(await blobs[0]!.text())).toEqual(exported);
    expect(screen.getByText("已下载 jiannuo-my-data.json。")).toBeTruthy();
  });
});

describe("delete my participation", () => {
  const entry = (participant: string) =>
    outboxEntry("sent", "已经发出的承诺", { id: `entry${participant}`, participant });

  it("says what goes, asks in the page, then deletes and clears the device", async () => {
    const calls = stubApi(() => new Response(null, { status: 204 }));
    $joinIdentity.set({ id: "pending00000001", joinKey: "k" });
    $outbox.set([entry("participant0001"), entry("participant0002")]);
    await renderMe();
    const open = document.querySelector<HTMLButtonElement>("button[data-delete-participation]")!;
    fireEvent.click(open);
    const question = document.getElementById("delete-participation-question")!;
    await waitFor(() => expect(document.activeElement).toBe(question));
    for (const what of ["你的名字、邮箱", "全部承诺", "练习结果", "提醒邮件", "这台设备也会退出登录"])
      expect(question.textContent).toContain(what);
    fireEvent.click(screen.getByRole("button", { name: "先不删" }));
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector("button[data-delete-participation]")),
    );
    expect(calls()).toEqual([]);

    fireEvent.click(document.querySelector("button[data-delete-participation]")!);
    await act(async () => fireEvent.click(document.querySelector("button[data-delete-participation-confirm]")!));
    const farewell = await screen.findByTestId("participation-deleted");
    expect(calls()).toEqual([
      {
        method: "DELETE",
        path: "/api/collections/participants/records/participant0001",
        body: undefined,
        authorization: "participant-token",
      },
    ]);
    expect($session.get()).toBeNull();
    expect($joinIdentity.get()).toBeNull();
    expect($outbox.get().map((e) => e.participant)).toEqual(["participant0002"]);
    expect(farewell.textContent).toContain("你的参与记录已经删除");
    await waitFor(() => expect(document.activeElement?.id).toBe("farewell-heading"));
  });

  it("keeps everything and says why when the delete fails", async () => {
    stubApi(() => Promise.reject(new TypeError("Failed to fetch")));
    await renderMe();
    fireEvent.click(document.querySelector("button[data-delete-participation]")!);
    await act(async () => fireEvent.click(document.querySelector("button[data-delete-participation-confirm]")!));
    expect((await screen.findByRole("alert")).textContent).toContain("连不上服务器");
    expect($session.get()?.participant.id).toBe("participant0001");
    expect(screen.queryByTestId("participation-deleted")).toBeNull();
  });
});
