// "Let my supervisor see my actions" on /me/, in jsdom: nothing is asked of the server until the section
// is opened; naming a supervisor sends exactly the ticked commitments with the consent in plain words;
// one tap withdraws; a trainer's proposal shares nothing until agreed; a refused email is explained in
// Chinese; the supervisors' notes are shown. fetch answers as pocketbase/pb_hooks/lib/supervisors.js does.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SupervisorState } from "../../src/islands/me/supervisor-api";
import { openSection, renderMyPage, useSignedInDevice } from "../support/my-page";
import { fakePocketBase, fieldError, json, list, on, unexpected } from "../support/fake-pocketbase";
import { participantRecord, participantSession } from "../support/records";

const ME = participantRecord({ id: "participant0001" });
const ROUTE = "/api/jiannuo/me/supervisor";
const COMMITMENTS = [
  { id: "commitment00001", action: "离店前问一句还有什么需要", module: "eoac", status: "planned" },
  { id: "commitment00002", action: "每周五给组里一条反馈", module: "eoac", status: "planned" },
];
const empty: SupervisorState = { supervisors: [], commitments: COMMITMENTS, observations: [], channels: ["email"] };
const named = (state: SupervisorLinkState = "active"): SupervisorState => ({
  supervisors: [
    {
      id: "link00000000001",
      name: "王店长",
      contact: "wang@example.com",
      channel: "email",
      state,
      proposedBy: state === "proposed" ? "trainer" : "participant",
      shared: state === "proposed" ? [] : [{ commitment: "commitment00001", consentAt: "2026-12-05 06:00:00.000Z" }],
    },
  ],
  commitments: COMMITMENTS,
  observations: [],
  channels: ["email"],
});
type SupervisorLinkState = "active" | "proposed";

async function openSupervisorSection() {
  await waitFor(() => expect(document.querySelector("[data-supervisor] details")).toBeTruthy());
  await openSection("[data-supervisor]");
}

const formOf = (key: string) =>
  waitFor(() => {
    const form = document.querySelector<HTMLElement>(`[data-supervisor-form="${key}"]`);
    if (!form) throw new Error("not yet");
    return form;
  });

useSignedInDevice(() => participantSession(ME, { token: "participant-token", joinKey: "" }));

describe("my supervisor", () => {
  it("asks nothing until opened, names a supervisor for exactly the ticked commitment, and withdraws in one tap", async () => {
    const server = fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", ROUTE, () => json(200, empty)),
      on("POST", ROUTE, () => json(200, named())),
      on("POST", `${ROUTE}/withdraw`, () => json(200, empty)),
      unexpected,
    );
    renderMyPage();
    await waitFor(() => expect(document.querySelector("[data-supervisor]")).toBeTruthy());
    expect(server.requests.filter((r) => r.path.startsWith(ROUTE))).toEqual([]);

    await openSupervisorSection();
    const form = await formOf("new");
    expect(form.closest("[data-supervisor]")!.textContent).toContain("他们看不到你打卡时写的任何备注");
    fireEvent.change(within(form).getByLabelText("主管的名字"), { target: { value: "王店长" } });
    fireEvent.change(within(form).getByLabelText("主管的邮箱"), { target: { value: "wang@example.com" } });
    fireEvent.click(within(form).getByLabelText("离店前问一句还有什么需要"));
    expect(form.textContent).toContain(
      "我同意：把勾选的承诺（内容、状态、打卡日期）和我的名字给王店长看。随时可以撤回。",
    );
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "保存并同意" })));
    await waitFor(() => expect(screen.getByText("王店长（wang@example.com）可以看到：")).toBeTruthy());
    expect(server.sent("POST", ROUTE).map((r) => r.body)).toEqual([
      { name: "王店长", channel: "email", email: "wang@example.com", commitments: ["commitment00001"] },
    ]);
    const link = await formOf("link00000000001");
    expect(within(link).getByLabelText<HTMLInputElement>("离店前问一句还有什么需要").checked).toBe(true);
    expect(within(link).getByLabelText<HTMLInputElement>("每周五给组里一条反馈").checked).toBe(false);

    await act(async () => fireEvent.click(within(link).getByRole("button", { name: "不再给王店长看" })));
    await waitFor(() => expect(document.querySelector('[data-supervisor-form="link00000000001"]')).toBeNull());
    expect(server.sent("POST", `${ROUTE}/withdraw`).map((r) => r.body)).toEqual([{ link: "link00000000001" }]);
  });

  it("shows a trainer's proposal as sharing nothing until agreed, and the supervisors' notes", async () => {
    const proposal = named("proposed");
    proposal.observations = [
      {
        commitment: "commitment00001",
        kind: "observed",
        week: "2026-W49",
        note: "早会上看到了",
        at: "",
        supervisor: "王店长",
      },
    ];
    fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", ROUTE, () => json(200, proposal)),
      unexpected,
    );
    renderMyPage();
    await openSupervisorSection();
    const form = await formOf("link00000000001");
    expect(form.textContent).toContain(
      "培训师建议由王店长（wang@example.com）关注你的行动。你同意之前，他看不到任何内容。",
    );
    expect(within(form).getByRole("button", { name: "不用了" })).toBeTruthy();
    const notes = document.querySelector<HTMLElement>("[data-supervisor-observations]")!;
    expect(notes.textContent).toContain("王店长：看到你做到了");
    expect(notes.textContent).toContain("早会上看到了");
  });

  it("explains a refused email in Chinese and keeps what was typed", async () => {
    fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => list([])),
      on("GET", ROUTE, () => json(200, empty)),
      on("POST", ROUTE, () => fieldError(400, "email", "jiannuo_email_invalid")),
      unexpected,
    );
    renderMyPage();
    await openSupervisorSection();
    const form = await formOf("new");
    fireEvent.change(within(form).getByLabelText("主管的名字"), { target: { value: "王店长" } });
    fireEvent.change(within(form).getByLabelText("主管的邮箱"), { target: { value: "wang" } });
    await act(async () => fireEvent.submit(form));
    await waitFor(() => expect(form.textContent).toContain("这个邮箱格式不对，请检查一下。"));
    expect(within(form).getByLabelText<HTMLInputElement>("主管的名字").value).toBe("王店长");
  });
});
