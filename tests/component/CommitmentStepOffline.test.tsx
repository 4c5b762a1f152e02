// A module page's commitment step when the form's code cannot be fetched (no connection before the
// offline copy was saved): the tap brings back the button with why, and nothing else changes.
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import CommitmentStep from "../../src/islands/commitment/CommitmentStep";
import { useFreshDevice } from "../support/device";

vi.mock("../../src/islands/commitment/CommitmentForm", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

useFreshDevice();

describe("the commitment step without the form's code", () => {
  it("says the form did not open and offers the button again", async () => {
    render(
      <CommitmentStep
        locale="zh-CN"
        strings={pickMessages("zh-CN", ISLAND_KEYS.commit)}
        modules={[{ slug: "eoac", title: "EOAC 沟通模式" }]}
        module="eoac"
        joinHref="/join/"
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "开始写承诺" }));
    expect((await screen.findByRole("alert")).textContent).toBe("承诺表没能打开，请检查网络后再点一次。");
    const again = screen.getByRole("button", { name: "开始写承诺" });
    expect((again as HTMLButtonElement).disabled).toBe(false);
    expect(document.querySelector("[data-commitment-form]")).toBeNull();
  });
});
