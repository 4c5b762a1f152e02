// A module page's commitment step in jsdom: closed until asked for (no form code loaded with the page),
// opened by a tap with the cursor in its first field, and open by itself on a device holding a draft or
// a commitment of the module, or when the address points at the form. The form itself:
// tests/component/CommitmentForm.test.tsx; in a real browser, offline too: tests/e2e/commitment.test.ts.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import CommitmentStep from "../../src/islands/commitment/CommitmentStep";
import { DRAFTS_KEY, OUTBOX_KEY } from "../../src/stores/storage-keys";
import { useFreshDevice } from "../support/device";

useFreshDevice();

const MODULES = [{ slug: "eoac", title: "EOAC 沟通模式" }];

function renderStep(locale: "zh-CN" | "en" = "zh-CN") {
  return render(
    <CommitmentStep
      locale={locale}
      strings={pickMessages(locale, ISLAND_KEYS.commit)}
      modules={MODULES}
      module="eoac"
      joinHref="/join/"
    />,
  );
}

const formShown = () => document.querySelector('[data-commitment-form][data-module="eoac"]');

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/");
});

describe("the commitment step of a module page", () => {
  it("shows one button until asked, then the form with the cursor in its first field", async () => {
    renderStep();
    const open = screen.getByRole("button", { name: "开始写承诺" });
    expect(formShown()).toBeNull();
    fireEvent.click(open);
    await waitFor(() => expect(formShown()).not.toBeNull());
    await waitFor(() => expect(document.activeElement?.getAttribute("name")).toBe("action"));
  });

  it("says it in English on English pages", () => {
    renderStep("en");
    expect(screen.getByRole("button", { name: "Write my commitment" })).toBeTruthy();
  });

  it.each([
    ["a draft of this module", () => localStorage.setItem(DRAFTS_KEY, JSON.stringify({ eoac: { action: "每天" } }))],
    [
      "a commitment of this module in the outbox",
      () => localStorage.setItem(OUTBOX_KEY, JSON.stringify([{ id: "k", fields: { module: "eoac" } }])),
    ],
    ["an address pointing at the form", () => window.history.replaceState(null, "", "/modules/eoac/#commitment-form")],
  ])("opens by itself with %s, and leaves the focus where it was", async (_, arrange) => {
    arrange();
    renderStep();
    await waitFor(() => expect(formShown()).not.toBeNull());
    expect(screen.queryByRole("button", { name: "开始写承诺" })).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it("stays closed when the device holds only other modules' work", async () => {
    localStorage.setItem(DRAFTS_KEY, JSON.stringify({ belonging: { action: "晨会" } }));
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([{ id: "k", fields: { module: "belonging" } }]));
    renderStep();
    // The effect that would open it has run once the island rendered: the button is still the step.
    await waitFor(() => expect(screen.getByRole("button", { name: "开始写承诺" })).toBeTruthy());
    expect(formShown()).toBeNull();
  });
});
